import { describe, expect, it } from 'vitest';
import { Doc } from '../src/pipeline/document.js';
import { figures } from '../src/pipeline/figures.js';
import { segment } from '../src/pipeline/segment.js';
import type { Figure } from '../src/types.js';

/**
 * Money's sub-units, measures, magnitudes without a number, currencies and the numbers that are no
 * figure, in wire, British, sports and business styles. All sentences are invented.
 */
function figuresOf(text: string): Figure[] {
  const doc = new Doc(text);
  segment.run(doc);
  doc.excluded = [];
  figures.run(doc);
  return doc.figures;
}

type Expected = Pick<Figure, 'text' | 'value' | 'unit' | 'counts'> & { high?: number; qualifier?: string | null };

/** [sentence, its figures in order]; `qualifier` is checked only where given. */
const CASES: [string, Expected[]][] = [
  // A change in points then a level in another measure is two figures, not a range.
  ['Output rose 2.5 percentage points to 42 km of new road.', [
    { text: '2.5 percentage points', value: 2.5, unit: 'percentage points', counts: null },
    { text: '42', value: 42, unit: null, counts: 'km' },
  ]],
  // Sub-units are counted, not converted: 40p is 40 pence, not 0.40 GBP.
  ['Shares in the grocer rose 3 per cent to 512 pence.', [
    { text: '3 per cent', value: 3, unit: 'percent', counts: null },
    { text: '512', value: 512, unit: null, counts: 'pence' },
  ]],
  ['Diesel now costs 40p a litre more than in spring.', [{ text: '40p', value: 40, unit: null, counts: 'pence' }]],
  ['The brewer closed down 12p at 1,340p.', [
    { text: '12p', value: 12, unit: null, counts: 'pence' },
    { text: '1,340p', value: 1340, unit: null, counts: 'pence' },
  ]],
  ['A download costs 99 cents in the store.', [{ text: '99', value: 99, unit: null, counts: 'cents' }]],
  ['The price of a stamp rose to 15c.', [{ text: '15c', value: 15, unit: null, counts: 'cents' }]],
  ['Highs of 31c are forecast for the weekend.', [{ text: '31c', value: 31, unit: null, counts: '°C' }]],
  // Magnitudes without a number: a null value, never an invented one.
  ['The league signed a multimillion-dollar deal with the network.', [{ text: 'multimillion-dollar', value: null, unit: 'USD', counts: 'deal' }]],
  ['The network agreed a billion-dollar deal with the league.', [{ text: 'billion-dollar', value: null, unit: 'USD', counts: 'deal' }]],
  ['He bought a million-pound house near the coast.', [{ text: 'million-pound', value: null, unit: 'GBP', counts: 'house' }]],
  ['She turned down a six-figure salary at the bank.', [{ text: 'six-figure', value: null, unit: null, counts: 'salary' }]],
  ['Hundreds of fans queued outside the ground.', [{ text: 'Hundreds', value: null, unit: null, counts: 'fans' }]],
  ['Tens of thousands of people marched on Saturday.', [{ text: 'Tens of thousands', value: null, unit: null, counts: 'people' }]],
  ['The scheme lost hundreds of millions of dollars.', [{ text: 'hundreds of millions of dollars', value: null, unit: 'USD', counts: null }]],
  ['Several thousand protesters gathered in the square.', [{ text: 'Several thousand', value: null, unit: null, counts: 'protesters' }]],
  ['A dozen protesters were held overnight.', [{ text: 'A dozen', value: 12, unit: null, counts: 'protesters' }]],
  // Percentages, points and ranges.
  ['The jobless rate rose 2.5 percentage points in March.', [{ text: '2.5 percentage points', value: 2.5, unit: 'percentage points', counts: null }]],
  ['The central bank cut rates by 25 basis points.', [{ text: '25 basis points', value: 25, unit: 'basis points', counts: null }]],
  ['Rents are up 4.5% year on year.', [{ text: '4.5%', value: 4.5, unit: 'percent', counts: null }]],
  ['The levy rises to 3pc next April.', [{ text: '3pc', value: 3, unit: 'percent', counts: null }]],
  ['The index was down 0.3 points at the close.', [{ text: '0.3', value: 0.3, unit: null, counts: 'points' }]],
  ['Between 200 and 300 people attended the vigil.', [{ text: 'Between 200 and 300', value: 200, high: 300, unit: null, counts: 'people' }]],
  ['The group expects sales of $4.1 billion to $4.3 billion.', [{ text: '$4.1 billion to $4.3 billion', value: 4.1e9, high: 4.3e9, unit: 'USD', counts: null }]],
  ['The cylinder holds 10-15kg of gas.', [{ text: '10-15kg', value: 10, high: 15, unit: null, counts: 'kg' }]],
  // Measures: what the figure counts.
  ['The route covers 42 km of coastline.', [{ text: '42', value: 42, unit: null, counts: 'km' }]],
  ['Customs seized 5kg of cocaine at the port.', [{ text: '5kg', value: 5, unit: null, counts: 'kg' }]],
  ['The wind farm will generate 500 MW of power.', [{ text: '500', value: 500, unit: null, counts: 'MW' }]],
  ['Temperatures hit 40°C in the south.', [{ text: '40°C', value: 40, unit: null, counts: '°C' }]],
  ['Forecasters expect temperatures of -5C overnight.', [{ text: '-5C', value: -5, unit: null, counts: '°C' }]],
  ['The car reached 120 mph on the motorway.', [{ text: '120', value: 120, unit: null, counts: 'mph' }]],
  ['Ministers promised 10,000 more police officers.', [{ text: '10,000', value: 10000, unit: null, counts: 'officers' }]],
  // Currencies.
  ['The watchmaker earned CHF 120 million last year.', [{ text: 'CHF 120 million', value: 120e6, unit: 'CHF', counts: null }]],
  ['The state spent Rs 500 crore on rural roads.', [{ text: 'Rs 500 crore', value: 5e9, unit: 'INR', counts: null }]],
  ['The council set aside ₹2 lakh for each school.', [{ text: '₹2 lakh', value: 2e5, unit: 'INR', counts: null }]],
  ['The miner raised 300 million Australian dollars.', [{ text: '300 million Australian dollars', value: 300e6, unit: 'AUD', counts: null }]],
  ['The bank set aside 100 million Swiss francs.', [{ text: '100 million Swiss francs', value: 100e6, unit: 'CHF', counts: null }]],
  ['The fund paid 40 million South African rand.', [{ text: '40 million South African rand', value: 40e6, unit: 'ZAR', counts: null }]],
  ['The carmaker booked 2 trillion won in profit.', [{ text: '2 trillion won', value: 2e12, unit: 'KRW', counts: null }]],
  ['Swedish exports reached SEK 3 billion.', [{ text: 'SEK 3 billion', value: 3e9, unit: 'SEK', counts: null }]],
  // Names and places that hold a number, next to real counts.
  ['Three Wall Street banks settled; 3 Wall Street firms paid fines.', [
    { text: 'Three', value: 3, unit: null, counts: 'banks' },
    { text: '3', value: 3, unit: null, counts: 'firms' },
  ]],
  ['Of the 50 patients, 34, or 68 percent, recovered.', [
    { text: '50', value: 50, unit: null, counts: 'patients' },
    { text: '34', value: 34, unit: null, counts: null },
    { text: '68 percent', value: 68, unit: 'percent', counts: null },
  ]],
];

/** Sentences with no figure: ranks, scores, ages, times, addresses, numbers to dial, products. */
const NEGATIVES: string[] = [
  'The firm reported a loss in the third quarter.',
  'She is ranked No. 2 in the world.',
  'It was the 10th time the club had won the cup.',
  'United won 2-1 at the weekend.',
  'The motion passed on a 52-48 vote.',
  'The home side won 112-104 in overtime.',
  'He died aged 72 at his home.',
  'A 19-year-old man was arrested.',
  'Police said the victim, 34, was taken to hospital.',
  'The mayor, 61, said she would run again.',
  'The press conference is set for 5 p.m. on Friday.',
  'The rally starts at 5p.m. outside the hall.',
  'The office is at 221 Baker Street in the capital.',
  'She lives at 10 Downing Street.',
  'Call 911 in an emergency.',
  'The hotline number is 1-800-555-0199.',
  'The deadline is March 15, 2024.',
  'The airline grounded its Boeing 737 fleet.',
  'The COVID-19 ward reopened.',
  'Leaders of the G7 met on Friday.',
  'The iPhone 15 sold out.',
  'The 2-for-1 deal ended.',
  'The camera records 1080p video.',
  'The reactor ran at 250C for an hour.',
  'The country has spent hundreds of years fighting.',
  'Jets scrambled hundreds of times last year.',
  'Hundreds of thousands marched in the capital.',
  'Scores of 6-4 and 6-3 sealed the match.',
  'The team signed a striker for an undisclosed fee.',
];

describe('figures audit: what news writes', () => {
  it.each(CASES)('%s', (sentence, expected) => {
    const found = figuresOf(sentence);
    const got = found.map((f, n) => {
      const e = expected[n];
      const row: Expected = { text: f.text, value: f.value, unit: f.unit, counts: f.counts };
      if (f.high !== undefined) row.high = f.high;
      if (e?.qualifier !== undefined) row.qualifier = f.qualifier;
      return row;
    });
    expect(got).toEqual(expected);
    for (const f of found) expect(sentence.slice(f.start, f.end)).toBe(f.text);
  });
});

describe('figures audit: not figures', () => {
  it.each(NEGATIVES)('%s', (sentence) => {
    expect(figuresOf(sentence).map((f) => f.text)).toEqual([]);
  });
});
