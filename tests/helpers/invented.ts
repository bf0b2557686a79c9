import type { AnalysisResult, TextSpan } from '../../src/types.js';

/**
 * An invented news article and a hand-made result for it, to test the formatters and the schema
 * while the pipeline stages are still being written. Every span is found with indexOf, so its
 * offsets slice back to its text by construction.
 */
export const HARBOR_TEXT = [
  'Harbor council approves $44 million bridge repair',
  '',
  'PORT ELLIS — The Port Ellis harbor council voted on Tuesday to spend $44 million repairing the Calder Street bridge, which carries about 513,000 vehicles a month.',
  '',
  '"We cannot wait for another winter," said Mara Quint, the council\'s transport chair. "The steel is tired."',
  '',
  'The Harbor Authority of Port Ellis (HAPE) said the work would begin last September\'s deferred schedule in March 2024 and take 10 to 15 months.',
  '',
  'Quint called the plan "a promise we can keep."',
].join('\n');

function span(text: string, needle: string, from = 0): TextSpan {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`invented fixture: "${needle}" not in text`);
  return { text: needle, start, end: start + needle.length };
}

export function harborResult(source = 'samples/harbor.txt'): AnalysisResult {
  const t = HARBOR_TEXT;
  const q1 = span(t, 'We cannot wait for another winter,');
  const q2 = span(t, 'The steel is tired.');
  const q3 = span(t, 'a promise we can keep.');
  const maraQuint = span(t, 'Mara Quint');
  const quint = span(t, 'Quint called');
  const hape = span(t, 'The Harbor Authority of Port Ellis');
  return {
    schemaVersion: 1,
    source,
    offsetUnit: 'utf16',
    referenceDate: '2023-11-14',
    title: 'Harbor council approves $44 million bridge repair',
    dateline: span(t, 'PORT ELLIS'),
    authors: [],
    quotes: [
      {
        ...q1,
        kind: 'direct',
        speaker: { name: 'Mara Quint', type: 'person', start: maraQuint.start, end: maraQuint.end, surface: 'Mara Quint', resolvedBy: 'name' },
        cue: span(t, 'said'),
      },
      {
        ...q2,
        kind: 'direct',
        speaker: { name: 'Mara Quint', type: 'person', start: maraQuint.start, end: maraQuint.end, surface: 'Mara Quint', resolvedBy: 'continuation' },
        cue: null,
      },
      {
        ...q3,
        kind: 'partial',
        speaker: { name: 'Mara Quint', type: 'person', start: quint.start, end: quint.start + 5, surface: 'Quint', resolvedBy: 'surname' },
        cue: span(t, 'called'),
      },
    ],
    speakers: [{ name: 'Mara Quint', type: 'person', quotes: 3, words: 15 }],
    people: [
      {
        name: 'Mara Quint',
        aliases: ['Quint'],
        roles: ["the council's transport chair"],
        gender: null,
        mentions: [{ start: maraQuint.start, end: maraQuint.end }, { start: quint.start, end: quint.start + 5 }],
      },
    ],
    organizations: [
      { name: 'Harbor Authority of Port Ellis', aliases: ['HAPE'], mentions: [{ start: hape.start + 4, end: hape.end }] },
    ],
    places: [{ name: 'Port Ellis', mentions: [{ start: span(t, 'Port Ellis harbor').start, end: span(t, 'Port Ellis harbor').start + 10 }] }],
    figures: [
      { ...span(t, '$44 million', 100), value: 44000000, unit: 'USD', counts: 'bridge repair', qualifier: null },
      { ...span(t, 'about 513,000'), value: 513000, unit: null, counts: 'vehicles a month', qualifier: 'about' },
      { ...span(t, '10 to 15 months'), value: 10, high: 15, unit: 'month', counts: null, qualifier: null },
    ],
    dates: [
      { ...span(t, 'Tuesday'), value: '2023-11-14', relative: true },
      { ...span(t, 'March 2024'), value: '2024-03', relative: false },
    ],
  };
}
