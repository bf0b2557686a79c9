import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadEngine } from '../src/cli/engine.js';
import { main } from '../src/cli/main.js';
import { collectMarks, type Mark } from '../src/format/article/marks.js';
import { nestMarks } from '../src/format/article/nest.js';
import { quoteStyle, SPEAKER_HUES } from '../src/format/highlight/look.js';
import { wrapRuns } from '../src/format/highlight/runs.js';
import { FORMATTERS, type ErrorRecord, type FormatOptions } from '../src/format/index.js';
import { displayWidth } from '../src/format/table/width.js';
import type { AnalysisResult } from '../src/types.js';
import { HTML_ARTICLE } from './helpers/articles.js';
import { builtCli } from './helpers/build.js';
import { fakeIo, tempDir } from './helpers/fake-io.js';
import { emptyResult, spanOf, SPEECH_TEXT, speechResult } from './helpers/speech.js';

const highlight = FORMATTERS.highlight;
const PLAIN: FormatOptions = { color: false, columns: 60, batch: false };
const COLOUR: FormatOptions = { ...PLAIN, color: true };
const ESC = '\u001b';
/** A colour code: ESC, `[`, numbers, `m` (built from ESC so that no control character stands in a regex literal). */
const SGR = new RegExp(`${ESC}\\[[\\d;]*m`, 'g');
const missing: ErrorRecord = { source: 'gone.txt', error: { code: 'not-found', message: 'no such file' } };

function stripAnsi(text: string): string {
  return text.replace(SGR, '');
}

/** The article part of one document's output: between the source line's blank line and the legend. */
function articleOf(output: string): string {
  const lines = output.split('\n');
  return lines.slice(2, lines.lastIndexOf('Legend') - 1).join('\n');
}

/** A one-paragraph result over `text` with the given quotes (speaker by name, or null) and people. */
function tiny(text: string, quotes: [string, string | null][], people: string[] = []): AnalysisResult {
  return {
    ...emptyResult('tiny.txt'),
    quotes: quotes.map(([needle, name]) => ({
      ...spanOf(text, needle),
      kind: 'direct' as const,
      speaker: name === null ? null : { name, type: 'person' as const, start: 0, end: 1, surface: 'x', resolvedBy: 'name' as const },
      cue: null,
    })),
    people: people.map((needle) => {
      const s = spanOf(text, needle);
      return { name: needle, aliases: [], roles: [], gender: null, mentions: [{ start: s.start, end: s.end }] };
    }),
  };
}

describe('highlight without colour: bracket markers', () => {
  test('the whole view of the invented article, wrapped to 60 columns', () => {
    expect(highlight.render([speechResult()], PLAIN, [SPEECH_TEXT])).toBe(
      [
        'tolls.txt',
        '',
        'Dockworkers & pilots split over night tolls',
        '',
        '{L:LOWMOUTH} — "[[S1:We will not pay twice for the same',
        'tide,]]" said {P:Ines Carrow}, who chairs the',
        '{O:{L:Lowmouth} Pilots Guild}, on {D:Friday}.',
        '',
        '"[[S1:The port can wait until {D:March 2025},]]" {P:Carrow}',
        'added.',
        '',
        'Port director {P:Abel Sato} said [[S2:the toll of {F:$12}',
        'per vessel would stay]]. "[[S2:It is fair,]]" {P:Sato} said.',
        '',
        '"[[?:Nobody asked the crews,]]" read a sign at the gate.',
        '',
        'Legend',
        '  [[S1:…]]\u00a0Ines Carrow (person): 2 quotes, 16 quoted words',
        '  [[S2:…]]\u00a0Abel Sato (person): 2 quotes, 3 quoted words',
        '  [[?:…]]\u00a0no speaker found: 1 quote',
        '  {P:…}\u00a0person · {O:…}\u00a0organization · {L:…}\u00a0place ·',
        '  {F:…}\u00a0figure · {D:…}\u00a0date',
        '',
      ].join('\n'),
    );
  });

  test.each([
    ['a date inside a quote', '[[S1:The port can wait until {D:March 2025},]]'],
    ['a figure inside reported speech', '[[S2:the toll of {F:$12}'],
    ['a place inside an organization', '{O:{L:Lowmouth} Pilots Guild}'],
    ['a quote with no speaker', '[[?:Nobody asked the crews,]]'],
  ])('%s', (_name, expected) => {
    const wide = highlight.render([speechResult()], { ...PLAIN, columns: 200 }, [SPEECH_TEXT]);
    expect(wide).toContain(expected);
  });

  test.each([
    // A name that runs past the quote's end is closed with the quote and opened again after it.
    ['crossing marks nest properly', 'He said "ask Mara" Quint told us.', tiny('He said "ask Mara" Quint told us.', [['ask Mara', 'Lia Bo']], ['Mara" Quint']), 'He said "[[S1:ask {P:Mara}]]{P:" Quint} told us.'],
    ['a name exactly over a quote sits inside it', 'Then "Lia Bo" spoke.', tiny('Then "Lia Bo" spoke.', [['Lia Bo', 'Ann Ek']], ['Lia Bo']), 'Then "[[S1:{P:Lia Bo}]]" spoke.'],
    ['speakers are numbered by first quote, not by the summary', '"One," said A. "Two," said B.', { ...tiny('"One," said A. "Two," said B.', [['One,', 'Al Ay'], ['Two,', 'Bo Be']]), speakers: [{ name: 'Bo Be', type: 'person', quotes: 1, words: 1 }, { name: 'Al Ay', type: 'person', quotes: 1, words: 1 }] }, '"[[S1:One,]]" said A. "[[S2:Two,]]" said B.'],
  ] as [string, string, AnalysisResult, string][])('%s', (_name, text, result, expected) => {
    expect(articleOf(highlight.render([result], PLAIN, [text]))).toBe(expected);
  });

  test.each([
    ['a quote whose text is not the article\'s slice', (r: AnalysisResult) => ({ ...r, people: [], quotes: [{ ...r.quotes[0]!, text: 'Something else' }] })],
    ['a mention past the end of the text', (r: AnalysisResult) => ({ ...r, quotes: [], people: [{ ...r.people[0]!, mentions: [{ start: 5, end: 500 }] }] })],
    ['a mention with start after end', (r: AnalysisResult) => ({ ...r, quotes: [], people: [{ ...r.people[0]!, mentions: [{ start: 9, end: 3 }] }] })],
  ])('never marks %s', (_name, change) => {
    const text = 'Then "Lia Bo" spoke.';
    const out = articleOf(highlight.render([change(tiny(text, [['Lia Bo', 'Ann Ek']], ['Lia Bo']))], PLAIN, [text]));
    expect(out).toBe(text);
  });

  test.each([
    ['an empty article', '', '(The article is empty.)'],
    ['blank lines only', '\n\n  \n', '(The article is empty.)'],
  ])('%s says so, and the legend says no quotes', (_name, text, notice) => {
    const out = highlight.render([emptyResult()], PLAIN, [text]);
    expect(out).toBe(`empty.txt\n\n${notice}\n\nLegend\n  No quotes found.\n  {P:…}\u00a0person · {O:…}\u00a0organization · {L:…}\u00a0place ·\n  {F:…}\u00a0figure · {D:…}\u00a0date\n`);
  });

  test('without its text a result still gets its legend, and says the text is missing', () => {
    const out = highlight.render([speechResult()], PLAIN);
    expect(out).toContain('(The article text was not given to this view.)');
    expect(out).toContain('[[S1:…]]\u00a0Ines Carrow (person): 2 quotes');
  });
});

describe('highlight with colour', () => {
  const out = highlight.render([speechResult()], { ...COLOUR, columns: 200 }, [SPEECH_TEXT]);

  test('each speaker in their colour by order of first quote, no speaker in grey', () => {
    expect(out).toContain(`${ESC}[32mWe will not pay twice for the same tide,${ESC}[39m`);
    expect(out).toContain(`${ESC}[36mIt is fair,${ESC}[39m`);
    expect(out).toContain(`${ESC}[90mNobody asked the crews,${ESC}[39m`);
    expect(out).toContain(`${ESC}[32m■ Ines Carrow${ESC}[39m (person): 2 quotes, 16 quoted words`);
  });

  test.each([
    ['person: underlined', `${ESC}[4mInes Carrow${ESC}[24m`],
    ['organization: bold, a place inside it italic', `${ESC}[1m${ESC}[3mLowmouth${ESC}[23m${ESC}[22m${ESC}[1m Pilots Guild${ESC}[22m`],
    ['a date inside a quote keeps the speaker\'s colour', `${ESC}[32m${ESC}[100mMarch 2025${ESC}[49m${ESC}[39m`],
    ['a figure inside a quote: reversed, in the colour', `${ESC}[36m${ESC}[7m$12${ESC}[27m${ESC}[39m`],
  ])('%s', (_name, expected) => {
    expect(out).toContain(expected);
  });

  test('no markers, and without the codes the article reads as written', () => {
    expect(out).not.toContain('[[');
    expect(articleOf(stripAnsi(out))).toBe(SPEECH_TEXT);
  });

  test('colours come round again after twelve speakers', () => {
    expect(SPEAKER_HUES).toHaveLength(12);
    expect([quoteStyle(0), quoteStyle(11), quoteStyle(12), quoteStyle(null)]).toEqual(['q0', 'q11', 'q0', 'q?']);
  });

  test('a style never runs past the end of a line', () => {
    const narrow = highlight.render([speechResult()], { ...COLOUR, columns: 24 }, [SPEECH_TEXT]);
    for (const line of narrow.split('\n')) {
      const codes = line.match(SGR) ?? [];
      const opened = codes.filter((c) => !['39', '22', '23', '24', '27', '49'].includes(c.slice(2, -1))).length;
      expect(codes.length - opened).toBe(opened);
    }
  });
});

describe('wrapping', () => {
  const long = Array.from({ length: 12 }, (_, i) => `Paragraph ${i} says "the harbour ${'quay '.repeat(i)}must stay open," said Ines Carrow on Friday.`).join('\n\n');

  test.each([20, 33, 60, 80, 120])('to %d columns: no line wider, no word split, paragraphs kept', (columns) => {
    const out = highlight.render([emptyResult()], { ...COLOUR, columns }, [long]);
    const article = articleOf(stripAnsi(out));
    for (const line of article.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(columns);
    expect(article.split(/\s+/)).toEqual(long.split(/\s+/));
    expect(article.split('\n\n')).toHaveLength(12);
  });

  test('a word wider than the line is broken, never lost', () => {
    expect(wrapRuns([{ text: 'abcdefghij kl', style: 'q0' }], 5)).toEqual([
      [{ text: 'abcde', style: 'q0' }],
      [{ text: 'fghij', style: 'q0' }],
      [{ text: 'kl', style: 'q0' }],
    ]);
    expect(wrapRuns([{ text: 'abcdefgh kl', style: 'q0' }], 4)).toEqual([
      [{ text: 'abcd', style: 'q0' }],
      [{ text: 'efgh', style: 'q0' }],
      [{ text: 'kl', style: 'q0' }],
    ]);
    expect(wrapRuns([{ text: 'abcdefghi jk', style: 'q0' }], 4)).toEqual([
      [{ text: 'abcd', style: 'q0' }],
      [{ text: 'efgh', style: 'q0' }],
      [{ text: 'i', style: 'q0' }, { text: ' ', style: 'q0' }, { text: 'jk', style: 'q0' }],
    ]);
  });

  test('the space between two words keeps the style around it (an underlined name stays one line)', () => {
    expect(wrapRuns([{ text: 'said ', style: null }, { text: 'Ines Carrow', style: 'person' }, { text: ' today', style: null }], 80)).toEqual([
      [{ text: 'said', style: null }, { text: ' ', style: null }, { text: 'Ines', style: 'person' }, { text: ' ', style: 'person' }, { text: 'Carrow', style: 'person' }, { text: ' ', style: null }, { text: 'today', style: null }],
    ]);
  });
});

describe('what an article cannot do to a terminal', () => {
  const text = 'Alarm \u001b[2J "clear \u202eevil" said Ines Carrow.\tTab\r\nNext line.';
  const result = tiny(text, [['clear \u202eevil', 'Ines Carrow']]);

  test('control and bidirectional characters are shown escaped, with colour and without', () => {
    const plain = highlight.render([result], { ...PLAIN, columns: 100 }, [text]);
    expect(plain).toContain('Alarm \\x1b[2J "[[S1:clear \\u202eevil]]" said Ines Carrow. Tab\nNext line.');
    expect(plain).not.toContain(ESC);
    const coloured = highlight.render([result], COLOUR, [text]);
    // Every ESC left is one of ours: the start of a colour code.
    expect(coloured.replace(SGR, '')).not.toContain(ESC);
    expect(coloured).not.toContain('\u202e');
  });
});

describe('batches and error records', () => {
  const records = [speechResult('a.txt'), missing, speechResult('b.txt')];
  const texts = [SPEECH_TEXT, null, SPEECH_TEXT];

  test('render equals the streamed pieces concatenated, a blank line between documents', () => {
    for (const options of [PLAIN, COLOUR]) {
      const whole = highlight.render(records, options, texts);
      expect(records.map((r, i) => highlight.renderOne!(r, i, options, texts[i])).join('')).toBe(whole);
    }
  });

  test('an error record is one line in its place', () => {
    const out = highlight.render(records, PLAIN, texts);
    expect(out).toContain('\n\ngone.txt: error: no such file [not-found]\n\nb.txt\n');
    expect(highlight.render(records, COLOUR, texts)).toContain(`${ESC}[31mgone.txt: error: no such file [not-found]${ESC}[39m`);
  });

  test('deterministic: the same bytes every time', () => {
    expect(highlight.render(records, COLOUR, texts)).toBe(highlight.render(records, COLOUR, texts));
  });
});

describe('nestMarks', () => {
  const mark = (kind: Mark['kind'], start: number, end: number, index = 0): Mark => ({ kind, start, end, index });
  const shape = (text: string, marks: Mark[]) =>
    nestMarks(text, marks)
      .map((p) => (p.type === 'text' ? p.text : p.type === 'open' ? `<${p.mark.kind}>` : `</${p.mark.kind}>`))
      .join('');

  test.each([
    ['nothing marked', 'abcdef', [], 'abcdef'],
    ['one inside another', 'abcdef', [mark('quote', 0, 6), mark('date', 2, 4)], '<quote>ab<date>cd</date>ef</quote>'],
    ['the same span: the quote outside', 'abcdef', [mark('date', 1, 3), mark('quote', 1, 3)], 'a<quote><date>bc</date></quote>def'],
    ['crossing: the later one is split', 'abcdef', [mark('quote', 0, 4), mark('person', 2, 6)], '<quote>ab<person>cd</person></quote><person>ef</person>'],
    ['touching marks stay apart', 'abcdef', [mark('person', 0, 3), mark('place', 3, 6)], '<person>abc</person><place>def</place>'],
  ] as [string, string, Mark[], string][])('%s', (_name, text, marks, expected) => {
    expect(shape(text, marks)).toBe(expected);
  });

  test('every text piece lists the marks around it, outer first, and the pieces give back the text', () => {
    const result = speechResult();
    const pieces = nestMarks(SPEECH_TEXT, collectMarks(result, SPEECH_TEXT));
    expect(pieces.map((p) => (p.type === 'text' ? p.text : '')).join('')).toBe(SPEECH_TEXT);
    const inDate = pieces.find((p) => p.type === 'text' && p.text === 'March 2025');
    expect(inDate?.type === 'text' && inDate.active.map((m) => m.kind)).toEqual(['quote', 'date']);
  });
});

describe('from the command line', () => {
  let dir: string;
  beforeAll(async () => {
    dir = tempDir('analyze-highlight-');
    writeFileSync(join(dir, 'tolls.txt'), SPEECH_TEXT);
    writeFileSync(join(dir, 'page.html'), HTML_ARTICLE);
    writeFileSync(join(dir, 'story.md'), '# Quay fees rise\n\n"We *will* pay," said Ines Carrow of the Lowmouth Pilots Guild on Friday.\n');
    await loadEngine();
  });

  async function run(argv: string[], env: Record<string, string> = {}, stdoutIsTTY = false) {
    const fake = fakeIo({ cwd: dir, env, stdoutIsTTY });
    const code = await main(argv, fake.io);
    return { code, stdout: fake.stdout(), stderr: fake.stderr() };
  }

  test.each([
    ['a terminal', [], {}, true, true],
    ['NO_COLOR on a terminal', [], { NO_COLOR: '1' }, true, false],
    ['--no-color on a terminal', ['--no-color'], {}, true, false],
    ['a pipe', [], {}, false, false],
    ['--color to a pipe', ['--color'], {}, false, true],
  ] as [string, string[], Record<string, string>, boolean, boolean][])('%s: colour %s', async (_name, flags, env, tty, coloured) => {
    const { code, stdout } = await run(['--format', 'highlight', ...flags, 'tolls.txt'], env, tty);
    expect(code).toBe(0);
    expect(stdout.includes(ESC)).toBe(coloured);
    expect(stdout.includes('[[S1:')).toBe(!coloured);
  });

  test('HTML: the extracted text is shown, the one the offsets point into', async () => {
    const { stdout } = await run(['--format', 'highlight', '--no-color', 'page.html']);
    expect(stdout).not.toContain('<p>');
    expect(stdout).toContain('“[[S2:We held the price for six years,]]” said {P:Irene Falk}');
  });

  test('Markdown: the file as read, markup and all', async () => {
    const { stdout } = await run(['--format', 'highlight', '--no-color', 'story.md']);
    expect(stdout).toContain('# Quay fees rise');
    expect(stdout).toMatch(/\[\[S1:We \*will\* pay,\]\]/);
  });

  test('--jobs 2 gives the same bytes as --jobs 1: the text stays with its record (spawned, built)', async () => {
    const bin = builtCli();
    mkdirSync(join(dir, 'many'));
    for (let i = 0; i < 12; i++) writeFileSync(join(dir, 'many', `s${String(i).padStart(2, '0')}.txt`), `Story ${i}\n\n${SPEECH_TEXT.replace('Ines', i % 2 ? 'Irene' : 'Ines')}\n`);
    const spawned = (args: string[]) =>
      new Promise<string>((resolve, reject) => {
        const env = { ...process.env };
        delete env.FORCE_COLOR;
        const child = spawn(process.execPath, [bin, ...args], { cwd: dir, env, stdio: ['ignore', 'pipe', 'ignore'] });
        const out: Buffer[] = [];
        child.stdout.on('data', (b: Buffer) => out.push(b));
        child.on('error', reject);
        child.on('close', () => resolve(Buffer.concat(out).toString('utf8')));
      });
    for (const format of ['highlight', 'html']) {
      const one = await spawned(['--jobs', '1', '--format', format, 'many']);
      const two = await spawned(['--jobs', '2', '--format', format, 'many']);
      expect(two).toBe(one);
      expect(one).toContain('Story 11');
    }
  }, 120_000);
});
