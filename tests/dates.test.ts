import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { dates } from '../src/pipeline/dates.js';
import { Doc } from '../src/pipeline/document.js';
import { segment } from '../src/pipeline/segment.js';

const REF = '2017-05-17'; // a Wednesday

/** The dates stage alone, after segmentation, so other stages' changes cannot move these tests. */
function runDates(text: string, referenceDate: string | null = REF): Doc {
  const doc = new Doc(text, referenceDate);
  segment.run(doc);
  dates.run(doc);
  return doc;
}

function datesOf(text: string, referenceDate: string | null = REF) {
  return runDates(text, referenceDate).dates;
}

/** [sentence, expected mention text, expected value, expected endValue?] */
const POSITIVES: [string, string, string | null, string?][] = [
  // Absolute calendar dates
  ['The law took effect in November 2016, officials said.', 'November 2016', '2016-11'],
  ['The vote was held on Nov. 5, 2016, in the capital.', 'Nov. 5, 2016', '2016-11-05'],
  ['The treaty was signed on 5 November 2016 in Geneva.', '5 November 2016', '2016-11-05'],
  ['The deadline is Sept. 30, 2018, the ministry said.', 'Sept. 30, 2018', '2018-09-30'],
  ['The company filed its report on Tuesday, May 9, 2017.', 'Tuesday, May 9, 2017', '2017-05-09'],
  ['The 4th of July 2015 parade drew crowds.', '4th of July 2015', '2015-07-04'],
  ['Records dated 2016-03-14 were released.', '2016-03-14', '2016-03-14'],
  ['A memo dated 03/14/2016 was leaked.', '03/14/2016', '2016-03-14'],
  ['Protests began in March of 2011.', 'March of 2011', '2011-03'],
  // Month and day without a year: the year nearest the reference day
  ['The council will meet again on November 5.', 'November 5', '2017-11-05'],
  ['The strike started on April 28 and ended a week later.', 'April 28', '2017-04-28'],
  ['Survivors of the Sept. 11 attacks gathered downtown.', 'Sept. 11', '2001-09-11'],
  ['The funds ran out in February, aides said.', 'February', '2017-02'],
  ['Talks resumed in early May.', 'May', '2017-05'],
  // Years and decades
  ['The plant has been closed since 2019.', '2019', '2019'],
  ['In 2015, the city approved the plan.', '2015', '2015'],
  ["The 2016 election reshaped the party.", '2016', '2016'],
  ["2019's budget cut school funding.", '2019', '2019'],
  ['The bridge was built in the 1990s.', '1990s', '199'],
  ['Crime fell sharply in the ’90s.', '’90s', '199'],
  ['Prices doubled from 2010 to 2015, the study found.', 'from 2010 to 2015', '2010', '2015'],
  ['Output grew between 2001 and 2004.', 'between 2001 and 2004', '2001', '2004'],
  ['The 2010-2015 plan was scrapped.', '2010-2015', '2010', '2015'],
  ['The 2016-17 season ended early.', '2016-17', '2016', '2017'],
  ['Exports recovered by mid-2016.', '2016', '2016'],
  // Relative dates, reference Wednesday 2017-05-17
  ['The scheme began last September with a health check.', 'last September', '2016-09'],
  ['The group said yesterday that it would appeal.', 'yesterday', '2017-05-16'],
  ['The minister resigned on Tuesday.', 'Tuesday', '2017-05-16'],
  ['The minister spoke on Wednesday.', 'Wednesday', '2017-05-17'],
  ['Police said on Friday that two men were held.', 'Friday', '2017-05-12'],
  ['The board will vote on Friday.', 'Friday', '2017-05-19'],
  ['The rebels attacked last Wednesday.', 'last Wednesday', '2017-05-10'],
  ['Parliament reconvenes next Monday.', 'next Monday', '2017-05-22'],
  ['Sales fell last year.', 'last year', '2016'],
  ['Sales rose this year.', 'this year', '2017'],
  ['The index rose 3 percent this month.', 'this month', '2017-05'],
  ['The index fell earlier this month.', 'earlier this month', '2017-05'],
  ['The plant closed last month.', 'last month', '2017-04'],
  ['The deal could close next year.', 'next year', '2018'],
  ['The court ruled two weeks ago.', 'two weeks ago', '2017-05-03'],
  ['The firm collapsed three years ago.', 'three years ago', '2014'],
  ['The accord was signed a decade ago.', 'a decade ago', '2007'],
  ['Two officers were hurt last night.', 'last night', '2017-05-16'],
  ['The team arrived today.', 'today', '2017-05-17'],
  ['The drought began last summer.', 'last summer', '2016'],
  ['Protests spread last week across the north.', 'last week', '2017-05'],
  ['The clinic opened in June, staff said.', 'June', '2017-06'],
  // A prefix joined by a hyphen, a quarter or half before the year, a day range before the month
  ['Oil prices have slid since mid-January.', 'January', '2017-01'],
  ['Repairs dragged on until late-March.', 'March', '2017-03'],
  ['Sales in Q3 2015 fell sharply.', '2015', '2015'],
  ['The chain expects a loss in H2 2016.', '2016', '2016'],
  ['The festival ran 3-5 March 2016 in the old port.', '3-5 March 2016', '2016-03-03', '2016-03-05'],
  ['Talks were held 12 to 14 June 2015 in Oslo.', '12 to 14 June 2015', '2015-06-12', '2015-06-14'],
  ['The fair was held 2–4 April.', '2–4 April', '2017-04-02', '2017-04-04'],
];

/** [reference day, sentence, value]: a month named without a year takes the nearest year. */
const NEAREST_YEAR: [string, string, string][] = [
  ['2016-09-12', 'The ceremony marked Sept. 11 with a minute of silence.', '2016-09-11'],
  ['2017-01-10', 'The fire broke out on December 20.', '2016-12-20'],
  ['2016-11-02', 'Voters go to the polls on Jan. 8.', '2017-01-08'],
  ['2016-03-02', 'The office reopened in September.', '2015-09'],
  ['2016-09-20', "The envoy's successor is to take over on Jan. 1.", '2017-01-01'],
  ['2016-10-02', 'She had bought the farm in February.', '2016-02'],
  ['2016-09-08', 'The mayor has held rallies since February.', '2016-02'],
  ['2016-09-08', 'The plan will be ready by March of next year.', '2017-03'],
  ['2016-10-02', 'The campaign started on June 16th of last year.', '2015-06-16'],
];

/** [reference day, sentence, value, endValue]: ranges. */
const RANGES: [string, string, string, string][] = [
  ['2016-09-29', 'Police counted 900 victims between January 1 and September 26.', '2016-01-01', '2016-09-26'],
  ['2016-09-25', 'The poll was conducted from Sept. 19 to 22 by phone.', '2016-09-19', '2016-09-22'],
  ['2016-09-25', 'The survey ran September 16-19, the pollster said.', '2016-09-16', '2016-09-19'],
  ['2016-09-25', 'Fares rose from November 2014 to March 2015.', '2014-11', '2015-03'],
];

/** Text in which nothing is a date. */
const NEGATIVES: string[] = [
  'The two sides may appeal the ruling.',
  'Protesters march through the capital every week.',
  'May I ask a question, the senator said.',
  'March organizers said the route would change.',
  'The survey covered 2019 people in four provinces.',
  'He served for three years in the army.',
  'Over the last year, prices have risen sharply.',
  'In the past two weeks, talks have stalled.',
  'The fund holds 1,500 shares and 2,019 bonds.',
  'The photo file uyghur-file-05172017.jpg was attached.',
  'See www.example.com/2016/report for details.',
  'Theresa May spoke to reporters outside parliament.',
  'Shoppers crowded malls on Black Friday deals.',
  'Call 555-2016 for tickets.',
  'The F-2016 prototype never flew.',
  'He earned 2000 dollars a month.',
  'Temperatures stayed in the 90s all afternoon.',
  'Between 1800 and 2000 people attended the rally.',
  'The Level 3 warning covered 12 counties.',
  'A reporter for USA Today spotted the candidate.',
  'The manager told CBS This Morning that the campaign was ready.',
  'She read the USA TODAY analysis twice.',
  'The mid-Atlantic states braced for snow.',
  'The Q3 engine was recalled by the maker.',
  'The visitors won 5-3 and moved up the table.',
];

describe('dates: forms news writes', () => {
  it.each(POSITIVES)('%s', (sentence, text, value, endValue) => {
    const found = datesOf(sentence);
    expect(found.map((d) => d.text)).toEqual([text]);
    expect(found[0]!.value).toBe(value);
    expect(found[0]!.endValue).toBe(endValue);
  });
});

describe('dates: year of a month named alone', () => {
  it.each(NEAREST_YEAR)('%s: %s', (ref, sentence, value) => {
    expect(datesOf(sentence, ref).map((d) => d.value)).toEqual([value]);
  });

  it('lists of months and years are separate mentions', () => {
    expect(datesOf('Officials met in March and again in April.').map((d) => d.value)).toEqual(['2017-03', '2017-04']);
    expect(datesOf('Floods hit in 2010, 2012 and 2014.').map((d) => d.value)).toEqual(['2010', '2012', '2014']);
  });
});

describe('dates: ranges', () => {
  it.each(RANGES)('%s: %s', (ref, sentence, value, endValue) => {
    expect(datesOf(sentence, ref).map((d) => [d.value, d.endValue])).toEqual([[value, endValue]]);
  });
});

describe('dates: not dates', () => {
  it.each(NEGATIVES)('%s', (sentence) => {
    expect(datesOf(sentence)).toEqual([]);
  });
});

describe('dates: relative flag and missing reference', () => {
  it('marks relative dates and leaves them unresolved without a reference day', () => {
    const found = datesOf('The mayor resigned yesterday, a year after the 2016 election.', null);
    expect(found.map((d) => [d.text, d.value, d.relative])).toEqual([
      ['yesterday', null, true],
      ['2016', '2016', false],
    ]);
  });

  it('takes the reference day from a "Published" line when none is given', () => {
    const text = 'Dam plans shelved\n\nPublished March 3, 2017\n\nThe ministry shelved the dam last month.';
    const doc = runDates(text, null);
    expect(doc.referenceDate).toBe('2017-03-03');
    expect(doc.dates.find((d) => d.text === 'last month')?.value).toBe('2017-02');
  });

  it('takes the reference day from the dateline', () => {
    const text = 'GENEVA, Oct. 4, 2016 (Reuters) — Talks resumed on Monday.';
    const doc = new Doc(text, null);
    segment.run(doc);
    doc.dateline = doc.textSpan(0, 34);
    dates.run(doc);
    expect(doc.referenceDate).toBe('2016-10-04');
    expect(doc.dates.map((d) => [d.text, d.value])).toEqual([['Oct. 4, 2016', '2016-10-04'], ['Monday', '2016-10-03']]);
  });

  it('keeps the given reference day over one the article states', () => {
    const text = 'Updated: 2017-03-03\n\nThe ministry shelved the dam last month.';
    expect(datesOf(text, '2017-06-10').at(-1)?.value).toBe('2017-05');
  });

  it('never falls back to the clock', () => {
    const doc = runDates('Officials met on Tuesday.', null);
    expect(doc.referenceDate).toBeNull();
    expect(doc.dates[0]?.value).toBeNull();
  });
});

describe('dates: seed article', () => {
  const seedPath = fileURLToPath(new URL('../../shared/seeds/000_5586bdfcea82f77e.txt', import.meta.url));
  const text = readFileSync(seedPath, 'utf8');
  const result = analyze(text, { referenceDate: REF });

  it('finds exactly November 2016 and last September', () => {
    expect(result.dates.map((d) => [d.text, d.value])).toEqual([
      ['November 2016', '2016-11'],
      ['last September', '2016-09'],
    ]);
  });

  it('every span slices back to its text, in order', () => {
    let last = -1;
    for (const d of result.dates) {
      expect(text.slice(d.start, d.end)).toBe(d.text);
      expect(d.start).toBeGreaterThanOrEqual(last);
      last = d.start;
    }
  });
});
