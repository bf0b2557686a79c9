import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { Doc } from '../src/pipeline/document.js';
import { segment } from '../src/pipeline/segment.js';
import { findDateline } from '../src/pipeline/structure/dateline.js';
import { spanViolations } from './helpers/spans.js';

// Issue 9: no pattern can be made to backtrack. The linter proves it for regex literals
// (regexp/no-super-linear-backtracking and no-super-linear-move, eslint.config.js); this file feeds
// the ambiguous parts of the patterns, repeated tens of thousands of times, to the analysis, and
// to the dateline patterns that are built from strings (which the linter cannot see). Each string
// takes well under half a second when the patterns are linear; backtracking would take minutes.

const BOUND_MS = 3_000;
const N = 50_000;

/** [what it attacks, the hostile text]. */
const HOSTILE: [string, string][] = [
  ['dateline city words: capitals, dots, apostrophes and hyphens', `A${"A.'-".repeat(N)} —`],
  ['dateline: a city of endless words', `PORT ${'ELLIS '.repeat(N)}— text`],
  ['dateline region after the comma', `PORT ELLIS, ${'Aa. '.repeat(N)}— text`],
  ['dateline agency never closed', `WASHINGTON (${'A '.repeat(N)}`],
  ['dateline months', `LONDON, ${'Sept. '.repeat(N)}`],
  ['date line: weekday after weekday', `Published on: ${'Monday, '.repeat(N)}`],
  ['photo caption file name without its extension', `${'a.'.repeat(N)}jpgx`],
  ['"Follow … on" prompts that never name the network', `Follow ${'a '.repeat(150)}on Twit\n\n`.repeat(300)],
  ['date ranges: links of spaces and "to"', `2010   to    `.repeat(N / 5)],
  ['range leads: "from" over and over', 'from   from   2010 '.repeat(N / 5)],
  ['a quote that is all parentheses', `"(${')x'.repeat(N)}"`],
  ['quoted words joined by apostrophes', `"${"a'".repeat(N)}" said Mara Quint.`],
  ['a quote of capitals before a colon', `"${'AB '.repeat(N)}:"`],
  ['phone and version shapes', '555.'.repeat(N) + ' ' + '1-2'.repeat(N)],
  ['heights and ratios', `${"6'3".repeat(N)} ${'2-to-'.repeat(N)}`],
  ['"of the" before hyphenated counts', `of the ${'a-'.repeat(20)}`.repeat(N / 20)],
  ['an abstract-noun ending never reached', `${'Aaaa'.repeat(N)}tio`],
  ['Arabic name prefixes', 'al-'.repeat(N)],
  ['dotted initials', 'U.'.repeat(N)],
  ['acronym characters', 'A&/-'.repeat(N)],
  ['possessives', "Quint's".repeat(N)],
  ['whitespace then one letter', `${' \t\n'.repeat(N)}x`],
];

describe('hostile strings run through analyze() in linear time', () => {
  it.each(HOSTILE)('%s', (_what, text) => {
    const started = performance.now();
    const result = analyze(text);
    expect(performance.now() - started).toBeLessThan(BOUND_MS);
    expect(spanViolations(result, text)).toEqual([]);
  });
});

/** The dateline patterns are assembled with `new RegExp`: each bounded piece attacked directly. */
const DATELINE_ATTACKS: [string, string][] = [
  ['a city piece at its bound, repeated', `${'ABCDEFGHIJKLMNOPQRSTUVWXYZABCD '.repeat(2_000)}`],
  ['city, region and month pieces that almost fit', `PORT ELLIS, ${'Aaaaaaaaaaaaaaaaaaaa '.repeat(3)}Septemberr 3 (${'A'.repeat(40)}`],
  ['a date line with a time that never ends', `Updated: Monday, May 17, 2017, at 10:30 ${'PM '.repeat(N)}`],
  ['a date line of digits', `${'1'.repeat(N)}-05-17`],
];

describe('the dateline patterns built from strings', () => {
  it.each(DATELINE_ATTACKS)('%s: answered at once', (_what, text) => {
    const doc = new Doc(text);
    segment.run(doc);
    const started = performance.now();
    const dateline = findDateline(doc, doc.paragraphs);
    expect(performance.now() - started).toBeLessThan(BOUND_MS);
    if (dateline) expect(text.slice(dateline.start, dateline.end)).toBe(dateline.text);
  });

  it.each([
    ['PORT ELLIS — The council met.', 'PORT ELLIS —'],
    ['LONDON, May 17 (Reuters) - Talks resumed.', 'LONDON, May 17 (Reuters) -'],
    ['Published May 17, 2017', 'Published May 17, 2017'],
  ])('still finds %j', (text, expected) => {
    const doc = new Doc(text);
    segment.run(doc);
    expect(findDateline(doc, doc.paragraphs)?.text).toBe(expected);
  });
});
