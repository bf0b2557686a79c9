import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { Doc } from '../src/pipeline/document.js';
import { figures } from '../src/pipeline/figures.js';
import { segment } from '../src/pipeline/segment.js';
import type { Figure } from '../src/types.js';

/** The figures stage alone, after segmentation, so other stages' changes cannot move these tests. */
function figuresOf(text: string, excluded: { start: number; end: number }[] = []): Figure[] {
  const doc = new Doc(text);
  segment.run(doc);
  doc.excluded = excluded;
  figures.run(doc);
  return doc.figures;
}

type Expected = Pick<Figure, 'text' | 'value' | 'unit' | 'counts' | 'qualifier'> & { high?: number };

/** [sentence, the one figure expected in it] */
const POSITIVES: [string, Expected][] = [
  ['Police hold DNA from 44 million individuals, the group said.', { text: '44 million', value: 44e6, unit: null, counts: 'individuals', qualifier: null }],
  ['Of the samples in the archive, only 1.5 million were tested.', { text: '1.5 million', value: 1.5e6, unit: null, counts: 'samples', qualifier: 'only' }],
  ['Some 513,000 entries were stored separately.', { text: '513,000', value: 513000, unit: null, counts: 'entries', qualifier: 'some' }],
  ['The lender lost 1.2bn in the quarter.', { text: '1.2bn', value: 1.2e9, unit: null, counts: null, qualifier: null }],
  ['The city approved a $3.4 billion budget on Monday.', { text: '$3.4 billion', value: 3.4e9, unit: 'USD', counts: 'budget', qualifier: null }],
  ['The club paid €40m for the striker.', { text: '€40m', value: 40e6, unit: 'EUR', counts: null, qualifier: null }],
  ['The council borrowed £30m from the bank.', { text: '£30m', value: 30e6, unit: 'GBP', counts: null, qualifier: null }],
  ['Output shrank -2.3% in the first quarter.', { text: '-2.3%', value: -2.3, unit: 'percent', counts: null, qualifier: null }],
  ['Turnout fell 12 percent in the north.', { text: '12 percent', value: 12, unit: 'percent', counts: null, qualifier: null }],
  ['The bank raised its rate to 3.5%.', { text: '3.5%', value: 3.5, unit: 'percent', counts: null, qualifier: null }],
  ['Two dozen protesters gathered outside the court.', { text: 'Two dozen', value: 24, unit: null, counts: 'protesters', qualifier: null }],
  ['Three in 10 voters backed the plan.', { text: 'Three in 10', value: 0.3, unit: null, counts: 'voters', qualifier: null }],
  ['Nearly one in five households lacks heat.', { text: 'one in five', value: 0.2, unit: null, counts: 'households', qualifier: 'nearly' }],
  ['She sold two hundred loaves on Monday.', { text: 'two hundred', value: 200, unit: null, counts: 'loaves', qualifier: null }],
  ['Five hundred and twenty people signed it.', { text: 'Five hundred and twenty', value: 520, unit: null, counts: 'people', qualifier: null }],
  ['Three-quarters of voters backed the plan.', { text: 'Three-quarters', value: 0.75, unit: null, counts: 'voters', qualifier: null }],
  ['A third of the households lack running water.', { text: 'A third', value: 1 / 3, unit: null, counts: 'households', qualifier: null }],
  ['Half of the respondents said no.', { text: 'Half', value: 0.5, unit: null, counts: 'respondents', qualifier: null }],
  ['Nearly 4,000 workers lost their jobs.', { text: '4,000', value: 4000, unit: null, counts: 'workers', qualifier: 'nearly' }],
  ['More than 100 people were injured.', { text: '100', value: 100, unit: null, counts: 'people', qualifier: 'more than' }],
  ['Officials expect 10 to 15 new cases a day.', { text: '10 to 15', value: 10, high: 15, unit: null, counts: 'cases', qualifier: null }],
  ['A ticket costs between 5 and 7 euros.', { text: 'between 5 and 7 euros', value: 5, high: 7, unit: 'EUR', counts: null, qualifier: null }],
  ['Analysts forecast growth of 2 to 3 percent.', { text: '2 to 3 percent', value: 2, high: 3, unit: 'percent', counts: null, qualifier: null }],
  ['The district needs 10 to 15 million litres of water.', { text: '10 to 15 million', value: 10e6, high: 15e6, unit: null, counts: 'litres', qualifier: null }],
  ['Rents rose 10-15% in the capital.', { text: '10-15%', value: 10, high: 15, unit: 'percent', counts: null, qualifier: null }],
  ['The agency signed multimillion-dollar contracts.', { text: 'multimillion-dollar', value: null, unit: 'USD', counts: 'contracts', qualifier: null }],
  ['The police issued multimillion dollar tenders.', { text: 'multimillion dollar', value: null, unit: 'USD', counts: 'tenders', qualifier: null }],
  ['The firm spent US$5 million on lobbying.', { text: 'US$5 million', value: 5e6, unit: 'USD', counts: null, qualifier: null }],
  ['The fund is now worth ¥2 trillion.', { text: '¥2 trillion', value: 2e12, unit: 'JPY', counts: null, qualifier: null }],
  ['Exports reached 3 billion yuan.', { text: '3 billion yuan', value: 3e9, unit: 'CNY', counts: null, qualifier: null }],
  ['Two of the officers were suspended.', { text: 'Two', value: 2, unit: null, counts: 'officers', qualifier: null }],
  ['The storm destroyed 2019 homes.', { text: '2019', value: 2019, unit: null, counts: 'homes', qualifier: null }],
  ['He never saved a quarter of a million dollars.', { text: 'a quarter of a million dollars', value: 250000, unit: 'USD', counts: null, qualifier: null }],
  ['The museum drew 1.5m visitors.', { text: '1.5m', value: 1.5e6, unit: null, counts: 'visitors', qualifier: null }],
  ['The report runs to a 300-page annex.', { text: '300', value: 300, unit: null, counts: 'page', qualifier: null }],
  ['At least 74 percent of likely voters agreed.', { text: '74 percent', value: 74, unit: 'percent', counts: 'voters', qualifier: 'at least' }],
  ['Half of the city’s bridges need repair.', { text: 'Half', value: 0.5, unit: null, counts: 'bridges', qualifier: null }],
  ['The mill will cut its payroll by a third by 2030.', { text: 'a third', value: 1 / 3, unit: null, counts: null, qualifier: null }],
  ['Water use fell by nearly two-thirds, the utility said.', { text: 'two-thirds', value: 2 / 3, unit: null, counts: null, qualifier: 'nearly' }],
  ['Waiting lists were cut by half in the spring.', { text: 'half', value: 0.5, unit: null, counts: null, qualifier: null }],
  ['The ferry operator raised fares by a quarter.', { text: 'a quarter', value: 0.25, unit: null, counts: null, qualifier: null }],
  ['Support for the levy grew 4 to 9 percent.', { text: '4 to 9 percent', value: 4, high: 9, unit: 'percent', counts: null, qualifier: null }],
  ['The plant adds a 20-MW turbine.', { text: '20', value: 20, unit: null, counts: 'MW', qualifier: null }],
];

/** [sentence, the figures expected in it, in order]: changes, tallies and phone numbers next to figures. */
const SEVERAL: [string, string[]][] = [
  ['Shares in the miner rose 3.4 per cent to 512 pence.', ['3.4 per cent', '512']],
  ['Yields climbed 0.5% to 4 in the morning session.', ['0.5%', '4']],
  ['The assembly passed the bill 218 to 210 after 40 minutes of debate.', []],
  ['The board voted 7 to 2 against the merger.', []],
  ['Fans can call 0161 496 0722 or pay £40 at the gate.', ['£40']],
  ['Dial +1 212 555 0143 to donate $25.', ['$25']],
  ['Quote reference 4471-AB when paying the £12 fee.', ['£12']],
  ['The form 2231-B asks for 3 signatures.', ['3']],
  ['Turnout rose from 12 to 14 percent.', ['12', '14 percent']],
  ['The ruling party fell 30 to 25 seats.', ['30', '25']],
];

/** Sentences with no figure in them. */
const NEGATIVES: string[] = [
  'The meeting starts at 10:30 a.m. on the second floor.',
  'The ferry leaves at 5 p.m. every day.',
  'She finished 3rd in the final.',
  'Call 555-0134 for details.',
  'Call (202) 555-0134 after noon.',
  'The photo uyghur-file-05172017.jpg was attached.',
  'See http://example.com/page/42 for more.',
  'One of the officers declined to comment.',
  'No one was hurt in the blast.',
  'Article 5 of the treaty binds the allies.',
  'The Level 3 warning stayed in place.',
  'Smith, 45, was arrested at the border.',
  'He served for three years in the army.',
  'The 45-year-old driver was detained.',
  'The plant opened in 2015.',
  'The court ruled 5-4 in favor of the state.',
  'The COVID-19 ward closed.',
  'The F-35 program is over budget.',
  'The firm won a third term.',
  'The firm posted a third-quarter loss.',
  'The runner won the 100m sprint.',
  'The Big Ten conference voted.',
  'It happened two weeks ago.',
  'Version 2.0.1 fixed the bug.',
  'He is 6\'3" tall, his doctor wrote.',
  'The 1990s were calm.',
  'Prices peaked on Nov. 5, 2016.',
  'Steps were listed as (1) wait and (2) leave.',
  'The group was ranked No. 1 by the magazine.',
  'The ruling covers the 2010 Dodd-Frank rules.',
  'The firm was sold by a third party.',
  'The lead grew by half an hour of pressure.',
  'The score was level by half-time.',
  'The Senate confirmed her 52 to 47 on Thursday.',
  'For help, ring 020 7946 0018 today.',
  'Tickets carry the code 3321-ZX on the back.',
];

describe('figures: forms news writes', () => {
  it.each(POSITIVES)('%s', (sentence, expected) => {
    const found = figuresOf(sentence);
    expect(found).toHaveLength(1);
    const { text, value, unit, counts, qualifier, high } = found[0]!;
    const got: Expected = { text, value, unit, counts, qualifier };
    if (high !== undefined) got.high = high;
    expect(got).toEqual(expected);
  });
});

describe('figures: several in a sentence', () => {
  it.each(SEVERAL)('%s', (sentence, expected) => {
    const found = figuresOf(sentence);
    expect(found.map((f) => f.text)).toEqual(expected);
    for (const f of found) expect(sentence.slice(f.start, f.end)).toBe(f.text);
  });

  it('a change in percent is two figures, not a range', () => {
    expect(figuresOf('Shares in the miner rose 3.4 per cent to 512 pence.').map((f) => [f.value, f.high, f.unit])).toEqual([
      [3.4, undefined, 'percent'],
      [512, undefined, null],
    ]);
  });
});

describe('figures: not figures', () => {
  it.each(NEGATIVES)('%s', (sentence) => {
    expect(figuresOf(sentence).map((f) => f.text)).toEqual([]);
  });
});

describe('figures: document rules', () => {
  it('skips excluded regions', () => {
    const text = 'Share this with 12 friends\n\nThe fire destroyed 40 homes.';
    expect(figuresOf(text, [{ start: 0, end: 26 }]).map((f) => f.text)).toEqual(['40']);
  });

  it('keeps changes as two figures, not a range', () => {
    expect(figuresOf('Support rose from 5 percent to 7 percent.').map((f) => [f.value, f.high])).toEqual([[5, undefined], [7, undefined]]);
  });
});

describe('figures: seed article', () => {
  const seedPath = fileURLToPath(new URL('../../shared/seeds/000_5586bdfcea82f77e.txt', import.meta.url));
  const text = readFileSync(seedPath, 'utf8');
  const result = analyze(text, { referenceDate: '2017-05-17' });

  it('finds the three counted figures and the multimillion tenders', () => {
    expect(result.figures.map((f) => [f.text, f.value, f.counts])).toEqual([
      ['44 million', 44000000, 'individuals'],
      ['1.5 million', 1500000, 'entries'],
      ['513,000', 513000, 'entries'],
      ['multimillion dollar', null, 'tenders'],
    ]);
  });

  it('every span slices back to its text, in order', () => {
    let last = -1;
    for (const f of result.figures) {
      expect(text.slice(f.start, f.end)).toBe(f.text);
      expect(f.start).toBeGreaterThanOrEqual(last);
      last = f.start;
    }
  });
});
