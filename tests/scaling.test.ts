import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { dates } from '../src/pipeline/dates.js';
import { Doc } from '../src/pipeline/document.js';
import { figures } from '../src/pipeline/figures.js';
import { segment } from '../src/pipeline/segment.js';

// Lookups that replaced scans for speed (issue 8) must give exactly what the scans gave. All text
// is invented.

const ARTICLE = [
  'PORT ELLIS, March 3, 2024 — The Harbor Authority (HA) voted 5-2 on Tuesday to spend $14.5 million on the pier.',
  '"We cannot wait for another winter," said Mara Quint, the council\'s transport chair. Quint said the work would start in May.',
  'Prices rose 3.5 percent between 2019 and 2023, and about 12,000 people use the ferry every month.',
  'Mr. Quint, her brother, said last week that the vote came two years late. Mrs. Quint disagreed.',
].join('\n\n');

describe('the date scan shared by figures and dates', () => {
  it('gives the dates stage the same dates whether or not figures ran first', () => {
    const alone = new Doc(ARTICLE, '2024-03-05');
    segment.run(alone);
    dates.run(alone);
    const shared = new Doc(ARTICLE, '2024-03-05');
    segment.run(shared);
    figures.run(shared);
    dates.run(shared);
    expect(shared.dates).toEqual(alone.dates);
    expect(shared.dates.map((d) => d.text)).toEqual(['March 3, 2024', 'Tuesday', 'May', 'between 2019 and 2023', 'last week']);
  });

  it('scans afresh when the sentences were replaced since', () => {
    const doc = new Doc('Talks resumed on March 3, 2024. They ended in May.', '2024-03-05');
    segment.run(doc);
    figures.run(doc);
    doc.sentences = doc.sentences.slice(1);
    dates.run(doc);
    expect(doc.dates.map((d) => d.text)).toEqual(['May']);
  });
});

/** [text, people as name → mention count], as the scan over every person gave them. */
const GROUPING: [string, Record<string, number>][] = [
  ['Mara Quint spoke first. Quint said the pier was late. Tomas Quint, her cousin, agreed. Quint added a word.', { 'Mara Quint': 2, 'Tomas Quint': 2 }],
  ['Bill Reyne spoke. William Reyne later wrote a letter. Reyne said it was fair.', { 'Bill Reyne': 3 }],
  ['Mr. Addo spoke. Ruth Addo, a council member, said no. Mrs. Addo said it again.', { Addo: 1, 'Ruth Addo': 2 }],
];

describe('people grouped through the name index', () => {
  it.each(GROUPING)('%s', (text, expected) => {
    const people = analyze(text).people;
    expect(Object.fromEntries(people.map((p) => [p.name, p.mentions.length]))).toEqual(expected);
  });

  it('keeps every mention of hundreds of people, each apart', () => {
    const surnames = Array.from({ length: 300 }, (_, i) => `Tarn${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}son`);
    const text = surnames.map((s) => `Ilse ${s} spoke on Tuesday. ${s} said the plan was fair.`).join('\n\n');
    const people = analyze(text).people;
    expect(people).toHaveLength(300);
    expect(people.every((p) => p.mentions.length === 2)).toBe(true);
  });
});
