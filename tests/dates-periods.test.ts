import { describe, expect, it } from 'vitest';
import { dates } from '../src/pipeline/dates.js';
import { Doc } from '../src/pipeline/document.js';
import { segment } from '../src/pipeline/segment.js';

/**
 * Quarters and halves of a year, the edges of a period ("by the end of the year"), and an audit of
 * the forms wire, British and business copy use most. All sentences are invented.
 */
const REF = '2025-05-14'; // a Wednesday

function datesOf(text: string, referenceDate: string | null = REF) {
  const doc = new Doc(text, referenceDate);
  segment.run(doc);
  dates.run(doc);
  for (const d of doc.dates) expect(text.slice(d.start, d.end)).toBe(d.text);
  return doc.dates;
}

const found = (text: string, referenceDate: string | null = REF) =>
  datesOf(text, referenceDate).map((d) => (d.endValue === undefined ? [d.text, d.value] : [d.text, d.value, d.endValue]));

/** [sentence, [text, value, endValue?][]]: ISO has no quarter, so a quarter or half gets the year that holds it, as "Q3 2024" does. */
type Case = [string, (string | null)[][]];

const QUARTERS_AND_HALVES: Case[] = [
  ['Profits rose in the third quarter, the company said.', [['third quarter', '2025']]],
  ['Sales slowed in the first half of the year, the retailer said.', [['first half of the year', '2025']]],
  ['Revenue fell 4 percent last quarter.', [['last quarter', '2025']]],
  ['The bank expects a rebound in the fourth quarter of 2024.', [['fourth quarter of 2024', '2024']]],
  ['Growth should pick up in the second half of 2025, the central bank said.', [['second half of 2025', '2025']]],
  ['Margins improved this quarter, analysts said.', [['this quarter', '2025']]],
  ['The group will publish its accounts next quarter.', [['next quarter', '2025']]],
  ['The economy shrank in the first quarter of this year.', [['first quarter of this year', '2025']]],
  ['Exports fell in the final quarter of last year.', [['final quarter of last year', '2024']]],
  ['Demand picked up in the second half of last year.', [['second half of last year', '2024']]],
  ['Profits fell 3% in the first quarter of fiscal 2025.', [['first quarter of fiscal 2025', '2025']]],
  ['The carmaker sold 400,000 cars in the fourth quarter 2024.', [['fourth quarter 2024', '2024']]],
  ['The deal is expected to close in the first half of 2026.', [['first half of 2026', '2026']]],
  ['Sales in the 4th quarter rose, the chain said.', [['4th quarter', '2024']]],
  // A past quarter not yet reached this year is last year's (read in May, the fourth quarter has not begun).
  ['Fourth-quarter profit rose 10 percent.', [['Fourth-quarter', '2024']]],
  ['Analysts expect profits to rise in the fourth quarter.', [['fourth quarter', '2025']]],
  ['The company expects a rebound in the second half.', [['second half', '2025']]],
  ['Sales rose in the January-March quarter.', [['January-March', '2025-01', '2025-03']]],
  ['Sales in Q3 2024 fell sharply.', [['2024', '2024']]],
];

/** [reference day, sentence, value]: a quarter without a year leans like a month named alone. */
const QUARTER_YEARS: [string, string, string][] = [
  ['2025-02-10', 'Profits fell in the fourth quarter, the bank said.', '2024'],
  ['2025-02-10', 'Revenue fell 4 percent last quarter.', '2024'],
  ['2025-11-20', 'The lender will raise its dividend next quarter.', '2026'],
  ['2025-08-01', 'Profits rose in the second quarter.', '2025'],
  ['2025-06-02', 'The retailer expects sales to grow in the fourth quarter.', '2025'],
  ['2025-01-15', 'Revenue rose this past quarter.', '2024'],
];

const EDGES: Case[] = [
  ['The merger should close by the end of the year.', [['end of the year', '2025']]],
  ['Rents are due at the end of the month.', [['end of the month', '2025-05']]],
  ['Prices spiked earlier this year.', [['earlier this year', '2025']]],
  ['The report is expected later this month.', [['later this month', '2025-05']]],
  ['The plant will reopen early next year.', [['early next year', '2026']]],
  ['The union struck late last year.', [['late last year', '2024']]],
  ['The ruling, issued late last week, was appealed.', [['late last week', '2025-05']]],
  ['The rules take effect at the start of 2026.', [['2026', '2026']]],
  ['The consultation closes at the end of March.', [['March', '2025-03']]],
  ['The index has risen 20% since the start of the year.', [['start of the year', '2025']]],
  ['Sales were flat for the rest of the year.', [['rest of the year', '2025']]],
  ['Rates may rise later in the year, the governor said.', [['later in the year', '2025']]],
  ['He will retire at the end of the week.', [['end of the week', '2025-05']]],
  ['The bank aims to sell the unit by year-end.', [['year-end', '2025']]],
  ['The bank aims to sell the unit by year-end 2026.', [['year-end 2026', '2026']]],
  ['The carmaker will cut prices at the start of next month.', [['next month', '2025-06']]],
  ['Talks collapsed at the end of last year.', [['last year', '2024']]],
];

/** Wire, British and business copy: the date forms news uses most. */
const AUDIT: Case[] = [
  ['The minister resigned on Tuesday after a week of protests.', [['Tuesday', '2025-05-13']]],
  ['Police arrested two men last Friday in the port city.', [['last Friday', '2025-05-09']]],
  ['The hearing is set for March 3, the court said.', [['March 3', '2025-03-03']]],
  ['The election will be held on 3 March 2025, the commission announced.', [['3 March 2025', '2025-03-03']]],
  ['The company was founded in the 1990s.', [['1990s', '199']]],
  ['Home prices peaked in mid-2023 before falling.', [['2023', '2023']]],
  ['Inflation averaged 5 percent from 2019 to 2021.', [['from 2019 to 2021', '2019', '2021']]],
  ['The council approved the plan two weeks ago.', [['two weeks ago', '2025-04-30']]],
  ['The airline plans to resume flights next spring.', [['next spring', '2026']]],
  ['Shares fell 3% this week.', [['this week', '2025-05']]],
  ['The Sept. 11, 2001, attacks killed nearly 3,000 people.', [['Sept. 11, 2001', '2001-09-11']]],
  ['Voters head to the polls for the 2024 election.', [['2024', '2024']]],
  ['Survivors of the 9/11 attacks met in New York.', [['9/11', '2001-09-11']]],
  ['The rally marked the anniversary of 9/11.', [['9/11', '2001-09-11']]],
  ['A 48-hour ceasefire began on Sunday.', [['Sunday', '2025-05-11']]],
  ['She was born on 12 June 1958 in Leeds.', [['12 June 1958', '1958-06-12']]],
  ['The ruling came on Monday, Jan. 6.', [['Monday, Jan. 6', '2025-01-06']]],
  ['The museum reopens on Saturday 14 June.', [['Saturday 14 June', '2025-06-14']]],
  ['The ceasefire was agreed on Friday, 9 May 2025, in Doha.', [['Friday, 9 May 2025', '2025-05-09']]],
  ['The Bank of England held rates on Thursday.', [['Thursday', '2025-05-08']]],
  ['Third-quarter results are due on Thursday.', [['Third-quarter', '2025'], ['Thursday', '2025-05-15']]],
  ['The payment is due on Thursday.', [['Thursday', '2025-05-15']]],
  ['The inquiry, which opened in 2022, will report in the autumn.', [['2022', '2022'], ['autumn', '2025']]],
  ['The rate was last raised in the summer.', [['summer', '2024']]],
  ['Ministers met over the weekend.', [['weekend', '2025-05']]],
  ['Fans will gather at the weekend.', [['weekend', '2025-05']]],
  ['Officials will meet this weekend.', [['this weekend', '2025-05']]],
  ['The group had revenue of 1.2 billion euros in fiscal 2024.', [['2024', '2024']]],
  ['He joined the club aged 17 in the summer of 2015.', [['2015', '2015']]],
  ['The policy dates back to the 1970s and ’80s.', [['1970s', '197'], ['’80s', '198']]],
  ['The vote is scheduled for Nov. 5.', [['Nov. 5', '2025-11-05']]],
  ['The MP’s 1997 victory was a landslide.', [['1997', '1997']]],
  ['The project, scheduled for 2027, was delayed.', [['2027', '2027']]],
  ['The Covid-19 inquiry opened on 13 June 2023.', [['13 June 2023', '2023-06-13']]],
  ['The trial began in early 2024 and ended in late 2024.', [['2024', '2024'], ['2024', '2024']]],
  ['The rules were tightened in April last year.', [['April last year', '2024-04']]],
  ['The plant closed on June 3 last year.', [['June 3 last year', '2024-06-03']]],
  ['Parliament will sit in May this year.', [['May this year', '2025-05']]],
  ['Theresa May last year said she would stay.', [['last year', '2024']]],
  ['The firm should have acted in March.', [['March', '2025-03']]],
];

/** Text in which nothing is a date. */
const NEGATIVES: string[] = [
  'Nurses began a 24-hour strike at midnight.',
  'The singer, in his 70s, still tours the country.',
  'Traffic backed up for miles on Route 66.',
  'The carrier grounded its Boeing 737 fleet.',
  'The chair costs $2,019 at the store.',
  'The company reported a 12-month high.',
  'The FTSE 100 closed at 8,200 points.',
  'The measure passed 52-48 in the Senate.',
  // Quarters and halves of games, of a city, of a share register.
  'The Celtics pulled away in the fourth quarter.',
  'Smith scored 14 points in the third quarter, and the team’s revenue rose.',
  'Lewis struck in the second half to seal the win.',
  'He will be back in the second half of the season.',
  'The first half of the film drags.',
  'The last quarter of the century saw great change.',
  'Over the last quarter, sales rose 3%.',
  'Stocks rallied in the last quarter of an hour of trading.',
  'The firm owns a quarter of the shares.',
  'Three quarters of staff voted to strike.',
  'The first quarter-final ended in a draw.',
  'The second half-century came off 40 balls.',
  'Residents of the Jewish Quarter protested.',
  'The Q3 engine was recalled by the maker.',
  // Ends that are not of a year, month or week.
  'Growth slowed at the end of the day, traders said.',
  'She will stay until the end of the war.',
  'The end of the season is near.',
  'The start of the year-long audit was delayed.',
  // Seasons that name an event or a habit, or a fall that is no autumn.
  'The group met after the summer recess.',
  'Students work full time in the summer and part time in term.',
  'After the fall of the regime, exiles returned.',
  'The Spring Festival drew crowds.',
  'Weekend traffic was heavy.',
  'The weekend-long festival ended.',
  // Numbers around a slash that are not the attacks.
  'The ratio was 9/11.5 in the sample.',
  'The form was dated 29/9/11 by hand.',
];

describe('dates: quarters and halves', () => {
  it.each(QUARTERS_AND_HALVES)('%s', (sentence, expected) => {
    expect(found(sentence)).toEqual(expected);
  });

  it.each(QUARTER_YEARS)('%s: %s', (ref, sentence, value) => {
    expect(datesOf(sentence, ref).map((d) => d.value)).toEqual([value]);
  });

  it('keeps the span of a quarter with no reference day, without a value', () => {
    expect(datesOf('Profits rose in the third quarter, the company said.', null).map((d) => [d.text, d.value, d.relative]))
      .toEqual([['third quarter', null, true]]);
    expect(datesOf('The bank expects a rebound in the fourth quarter of 2024.', null).map((d) => [d.text, d.value, d.relative]))
      .toEqual([['fourth quarter of 2024', '2024', false]]);
  });
});

describe('dates: edges of a period', () => {
  it.each(EDGES)('%s', (sentence, expected) => {
    expect(found(sentence)).toEqual(expected);
  });

  it('gives "the year" no value when the sentence names another year', () => {
    expect(found('In 2019, the company went bust by the end of the year.')).toEqual([['2019', '2019'], ['end of the year', null]]);
    expect(found('In 2019, sales fell in the first half of the year.')).toEqual([['2019', '2019'], ['first half of the year', null]]);
    expect(found('In 2019, profits rose in the third quarter.')).toEqual([['2019', '2019'], ['third quarter', null]]);
    expect(found('In March, staff were told they would be paid by the end of the month.'))
      .toEqual([['March', '2025-03'], ['end of the month', null]]);
  });

  it('has no value without a reference day', () => {
    expect(datesOf('The merger should close by the end of the year.', null).map((d) => [d.text, d.value, d.relative]))
      .toEqual([['end of the year', null, true]]);
  });

  it('gives winter no value: it straddles two years', () => {
    expect(found('Workers will strike during the winter.')).toEqual([['winter', null]]);
  });
});

describe('dates: audit of news forms', () => {
  it.each(AUDIT)('%s', (sentence, expected) => {
    expect(found(sentence)).toEqual(expected);
  });
});

describe('dates: not dates (periods and audit)', () => {
  it.each(NEGATIVES)('%s', (sentence) => {
    expect(datesOf(sentence)).toEqual([]);
  });
});

describe('dates: phrases in one unbroken range', () => {
  it('stays linear over 760 kB with no sentence break', () => {
    const text = 'profits rose in the third quarter and '.repeat(20000);
    const started = performance.now();
    const doc = new Doc(text, REF);
    dates.run(doc);
    expect(doc.dates.length).toBe(20000);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
