import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadEngine } from '../src/cli/engine.js';
import { main } from '../src/cli/main.js';
import { FORMATTERS, type ErrorRecord, type FormatOptions } from '../src/format/index.js';
import { markdownCell, markdownText } from '../src/format/markdown.js';
import type { AnalysisResult } from '../src/types.js';
import { fakeIo, tempDir } from './helpers/fake-io.js';
import { emptyResult, SPEECH_TEXT, speechResult } from './helpers/speech.js';

const markdown = FORMATTERS.markdown;
const PLAIN: FormatOptions = { color: false, columns: 80, batch: false };
const missing: ErrorRecord = { source: 'gone.txt', id: 'a|7', error: { code: 'not-found', message: 'no such file' } };

/** The cells of a table row, split at the pipes that are not escaped. */
function cells(row: string): string[] {
  return row.slice(2, -2).split(/(?<!\\) \| /);
}

describe('markdownText and markdownCell', () => {
  test.each([
    ['plain words', 'plain words', 'plain words'],
    ['a | b', 'a \\| b', 'a \\| b'],
    ['*bold* _it_ `code` ~~x~~', '\\*bold\\* \\_it\\_ \\`code\\` \\~\\~x\\~\\~', '\\*bold\\* \\_it\\_ \\`code\\` \\~\\~x\\~\\~'],
    ['[link](http://x.example)', '\\[link\\](http://x.example)', '\\[link\\](http://x.example)'],
    ['<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>', '\\<script\\>alert(1)\\</script\\>'],
    ['AT&T &amp; co', 'AT\\&T \\&amp; co', 'AT\\&T \\&amp; co'],
    ['$44 million and $3', '\\$44 million and \\$3', '\\$44 million and \\$3'],
    ['back\\slash', 'back\\\\slash', 'back\\\\slash'],
    ['two\nlines\r\nthree', 'two lines three', 'two<br>lines<br>three'],
    // The escape's own backslash is escaped too: the rendered page shows `\x1b`.
    ['esc \u001b[31m bidi \u202e', 'esc \\\\x1b\\[31m bidi \\\\u202e', 'esc \\\\x1b\\[31m bidi \\\\u202e'],
    ['tab\there', 'tab here', 'tab here'],
    ['# not a heading', '# not a heading', '# not a heading'],
  ])('%j', (input, text, cell) => {
    expect([markdownText(input), markdownCell(input)]).toEqual([text, cell]);
  });
});

describe('markdown', () => {
  test('one document: a heading, its facts, and the table view\'s tables', () => {
    expect(markdown.render([speechResult()], PLAIN)).toBe(
      [
        '## tolls.txt',
        '',
        '- **Title:** Dockworkers \\& pilots split over night tolls',
        '- **Reference date:** 2024-11-08',
        '- **Dateline:** LOWMOUTH',
        '- **Authors:** none',
        '',
        '### Quotes (5)',
        '',
        '| # | Speaker | Kind | Quote | Cue |',
        '| ---: | --- | --- | --- | --- |',
        '| 1 | Ines Carrow | direct | We will not pay twice for the same tide, | said |',
        '| 2 | Ines Carrow | direct | The port can wait until March 2025, | added |',
        '| 3 | Abel Sato | indirect | the toll of \\$12 per vessel would stay | said |',
        '| 4 | Abel Sato | direct | It is fair, | said |',
        '| 5 | — | direct | Nobody asked the crews, | — |',
        '',
        '### Speakers (2)',
        '',
        '| Speaker | Type | Quotes | Words |',
        '| --- | --- | ---: | ---: |',
        '| Ines Carrow | person | 2 | 16 |',
        '| Abel Sato | person | 2 | 3 |',
        '',
        '### People (2)',
        '',
        '| Name | Aliases | Roles | Mentions |',
        '| --- | --- | --- | ---: |',
        '| Ines Carrow | Carrow | chair of the Lowmouth Pilots Guild | 2 |',
        '| Abel Sato | Sato | port director | 2 |',
        '',
        '### Organizations (1)',
        '',
        '| Name | Aliases | Mentions |',
        '| --- | --- | ---: |',
        '| Lowmouth Pilots Guild | LPG | 1 |',
        '',
        '### Places (1)',
        '',
        '| Name | Mentions |',
        '| --- | ---: |',
        '| Lowmouth | 2 |',
        '',
        '### Figures (1)',
        '',
        '| Text | Value | Unit | Counts | Qualifier |',
        '| --- | ---: | --- | --- | --- |',
        '| \\$12 | 12 | USD | vessel | — |',
        '',
        '### Dates (2)',
        '',
        '| Text | Value | Relative |',
        '| --- | --- | --- |',
        '| Friday | 2024-11-08 | yes |',
        '| March 2025 | 2025-03 | no |',
        '',
      ].join('\n'),
    );
  });

  test('pipes and line breaks in a cell keep the table whole', () => {
    const r = speechResult();
    const tricky: AnalysisResult = {
      ...r,
      quotes: [{ ...r.quotes[0]!, text: 'Yes | no\nmaybe' }],
      people: [{ ...r.people[0]!, name: 'Ines | Carrow', roles: ['chair\nof the guild', 'a|b'] }],
    };
    const lines = markdown.render([tricky], PLAIN).split('\n');
    const quoteRow = lines.find((l) => l.startsWith('| 1 |'))!;
    expect(cells(quoteRow)).toEqual(['1', 'Ines Carrow', 'direct', 'Yes \\| no<br>maybe', 'said']);
    const personRow = lines.find((l) => l.startsWith('| Ines \\|'))!;
    expect(cells(personRow)).toEqual(['Ines \\| Carrow', 'Carrow', 'chair<br>of the guild; a\\|b', '2']);
  });

  test('a heading cannot be closed early or turned into markup', () => {
    expect(markdown.render([emptyResult('notes ## <b>x</b>.txt')], PLAIN).split('\n')[0]).toBe('## notes \\#\\# \\<b\\>x\\</b\\>.txt');
  });

  test('an empty result: every kind says none were found', () => {
    const out = markdown.render([emptyResult()], PLAIN);
    for (const kind of ['quotes', 'speakers', 'people', 'organizations', 'places', 'figures', 'dates']) expect(out).toContain(`\n\nNo ${kind} found.`);
    expect(out).not.toContain('|');
  });

  test('a batch: a heading per document, error records in their place, streamed pieces equal the whole', () => {
    const records = [speechResult('a.txt'), missing, speechResult('b.txt')];
    const whole = markdown.render(records, { ...PLAIN, batch: true });
    expect(records.map((r, i) => markdown.renderOne!(r, i, PLAIN)).join('')).toBe(whole);
    expect(whole.match(/^## .*$/gm)).toEqual(['## a.txt', '## gone.txt · id a\\|7', '## b.txt']);
    expect(whole).toContain('## gone.txt · id a\\|7\n\n**Error** (`not-found`): no such file\n\n## b.txt');
  });

  test('does not need the article text, and never colours', () => {
    expect(markdown.needsText).toBeUndefined();
    expect(markdown.render([speechResult()], { ...PLAIN, color: true })).not.toContain('\u001b');
  });
});

describe('from the command line', () => {
  let dir: string;
  beforeAll(async () => {
    dir = tempDir('analyze-markdown-');
    writeFileSync(join(dir, 'tolls.txt'), SPEECH_TEXT);
    await loadEngine();
  });

  test('--format markdown writes the tables, and JSON output is unchanged by the new formats', async () => {
    const fake = fakeIo({ cwd: dir });
    expect(await main(['--format', 'markdown', 'tolls.txt'], fake.io)).toBe(0);
    expect(fake.stdout()).toMatch(/^## tolls\.txt\n\n- \*\*Title:\*\* /);
    expect(fake.stdout()).toContain('### Quotes (');
  });
});
