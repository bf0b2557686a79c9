import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadEngine } from '../src/cli/engine.js';
import { main } from '../src/cli/main.js';
import { SPEAKER_COLOURS } from '../src/format/html/palette.js';
import { FORMATTERS, type ErrorRecord, type FormatOptions } from '../src/format/index.js';
import type { AnalysisResult } from '../src/types.js';
import { HTML_ARTICLE } from './helpers/articles.js';
import { fakeIo, tempDir } from './helpers/fake-io.js';
import { emptyResult, spanOf, SPEECH_TEXT, speechResult } from './helpers/speech.js';

const html = FORMATTERS.html;
const ONE: FormatOptions = { color: false, columns: 80, batch: false };
const BATCH: FormatOptions = { ...ONE, batch: true };
const missing: ErrorRecord = { source: 'gone<1>.txt', error: { code: 'not-found', message: 'no such file' } };

function dom(page: string): Document {
  return parseHTML(page).document as unknown as Document;
}

function texts(doc: Document, selector: string): string[] {
  return [...doc.querySelectorAll(selector)].map((e) => e.textContent ?? '');
}

/** Every `<span>` closed in the order it was opened: the marks nest. */
function spansBalance(markup: string): boolean {
  let depth = 0;
  for (const tag of markup.match(/<\/?span\b/g) ?? []) {
    depth += tag === '<span' ? 1 : -1;
    if (depth < 0) return false;
  }
  return depth === 0;
}

describe('one document', () => {
  const page = html.render([speechResult()], ONE, [SPEECH_TEXT]);
  const doc = dom(page);

  test('one self-contained page: no script, nothing fetched, a policy that forbids it anyway', () => {
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(page.endsWith('</html>\n')).toBe(true);
    expect(page).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    expect(page.match(/\b(?:src|href)="[^"]*"/g) ?? []).toEqual([]);
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toContain("default-src 'none'");
    expect(doc.querySelectorAll('style')).toHaveLength(1);
  });

  test('the article reads exactly as written, every quote and mention a span', () => {
    expect(doc.querySelector('.article')?.textContent).toBe(SPEECH_TEXT);
    expect(texts(doc, '.article .q')).toEqual(speechResult().quotes.map((q) => q.text));
    expect(spansBalance(doc.querySelector('.article')?.innerHTML ?? '')).toBe(true);
  });

  test.each([
    ['first speaker', 0, 'q s0', 'Ines Carrow (person) · direct · cue: said'],
    ['same speaker, same colour', 1, 'q s0', 'Ines Carrow (person) · direct · cue: added'],
    ['second speaker', 2, 'q s1', 'Abel Sato (person) · indirect · cue: said'],
    ['no speaker found', 4, 'q none', 'No speaker found · direct · no cue'],
  ])('%s: colour class and tooltip', (_name, index, className, tip) => {
    const quote = doc.querySelectorAll('.article .q')[index];
    expect(quote?.getAttribute('class')).toBe(className);
    expect(quote?.getAttribute('data-tip')).toBe(tip);
    expect(quote?.getAttribute('tabindex')).toBe('0');
  });

  test.each([
    ['a date inside a quote', '.q .m-date', 0, 'March 2025', 'date: 2025-03'],
    ['a figure inside reported speech', '.q .m-figure', 0, '$12', 'figure: 12 USD · counts: vessel'],
    ['a place inside an organization', '.m-organization .m-place', 0, 'Lowmouth', 'place: Lowmouth'],
    ['a person', '.article .m-person', 0, 'Ines Carrow', 'person: Ines Carrow'],
    ['a person by surname, titled with the full name', '.article .m-person', 1, 'Carrow', 'person: Ines Carrow'],
  ])('%s', (_name, selector, index, text, title) => {
    const element = doc.querySelectorAll(selector)[index];
    expect([element?.textContent, element?.getAttribute('title')]).toEqual([text, title]);
  });

  test('the legend names each speaker with their colour and quote count', () => {
    expect(texts(doc, '.legend[aria-label="Speakers"] li')).toEqual(['Ines Carrow (person): 2 quotes', 'Abel Sato (person): 2 quotes', 'no speaker found: 1 quote']);
    expect(texts(doc, '.legend[aria-label="Marks"] li')).toEqual(['person', 'organization', 'place', 'figure', 'date']);
  });

  test('share of voice: quoted words per speaker, bars scaled to the most quoted', () => {
    expect(texts(doc, '.voice .name')).toEqual(['Ines Carrow', 'Abel Sato']);
    expect(texts(doc, '.voice .value')).toEqual(['16 words · 2 quotes · 84.2%', '3 words · 2 quotes · 15.8%']);
    expect([...doc.querySelectorAll('.voice .bar')].map((b) => b.getAttribute('style'))).toEqual(['width:100.0%', 'width:18.8%']);
    expect(page).toContain('1 quote with no speaker found is not counted.');
  });

  test.each([
    ['Quotes (5)', ['1', 'Ines Carrow', 'direct', 'We will not pay twice for the same tide,', 'said']],
    ['People (2)', ['Ines Carrow', 'Carrow', 'chair of the Lowmouth Pilots Guild', '2']],
    ['Organizations (1)', ['Lowmouth Pilots Guild', 'LPG', '1']],
    ['Places (1)', ['Lowmouth', '2']],
    ['Figures (1)', ['$12', '12', 'USD', 'vessel', '—']],
    ['Dates (2)', ['Friday', '2024-11-08', 'yes']],
  ])('table %s', (title, firstRow) => {
    const heading = [...doc.querySelectorAll('h2')].find((h) => h.textContent === title);
    const table = heading?.nextElementSibling;
    expect(table?.tagName).toBe('TABLE');
    expect(texts(table as unknown as Document, 'tbody tr:first-child td')).toEqual(firstRow);
  });

  test('deterministic: the same bytes every time', () => {
    expect(html.render([speechResult()], ONE, [SPEECH_TEXT])).toBe(page);
  });
});

describe('escaping: nothing from the article becomes markup', () => {
  const text = 'Tags & <b>bold</b>\n\n"<script>alert(1)</script> & more," said Ana "<img src=x onerror=alert(2)>" Ruiz.';
  const quote = spanOf(text, '<script>alert(1)</script> & more,');
  const name = 'Ana "<img src=x onerror=alert(2)>" Ruiz';
  const result: AnalysisResult = {
    ...emptyResult('<script>src.txt'),
    title: '<script>alert(3)</script>',
    quotes: [{ ...quote, kind: 'direct', speaker: { name, type: 'person', start: 0, end: 1, surface: 'x', resolvedBy: 'name' }, cue: spanOf(text, 'said') }],
    speakers: [{ name, type: 'person', quotes: 1, words: 4 }],
    people: [{ name, aliases: ["O'Ruiz & co"], roles: ['<i>role</i>'], gender: null, mentions: [spanOf(text, name)] }],
    organizations: [{ name: 'A&B', aliases: ['<A>'], mentions: [] }],
  };
  const page = html.render([result], ONE, [text]);
  const doc = dom(page);

  test('no element, attribute or entity comes from the input', () => {
    expect(page).not.toMatch(/<script|<img|<b>|<i>/i);
    expect([...doc.querySelectorAll('*')].flatMap((e) => e.getAttributeNames()).filter((a) => a.startsWith('on'))).toEqual([]);
    expect(doc.querySelectorAll('script, img, b, i')).toHaveLength(0);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; more,');
    expect(page).toContain('Tags &amp; &lt;b&gt;bold&lt;/b&gt;');
  });

  test('and it all still reads as written', () => {
    expect(doc.querySelector('.article')?.textContent).toBe(text);
    expect(doc.querySelector('.q')?.getAttribute('data-tip')).toBe(`${name} (person) · direct · cue: said`);
    expect(doc.querySelector('title')?.textContent).toBe('<script>src.txt · analyze');
    expect(doc.querySelector('h1')?.textContent).toBe('<script>src.txt');
    expect(texts(doc, 'td')).toContain("O'Ruiz & co");
  });

  test('control and bidirectional characters are shown escaped', () => {
    const sneaky = 'Total \u202e05$ \u0007 paid.';
    const out = html.render([emptyResult()], ONE, [sneaky]);
    expect(out).toContain('Total \\u202e05$ \\x07 paid.');
    expect([out.includes('\u202e'), out.includes('\u0007')]).toEqual([false, false]);
  });
});

describe('edge cases', () => {
  test.each([
    ['an empty article', '', 'The article is empty.'],
    ['no text given', null, 'The article text was not given to this view.'],
  ])('%s', (_name, text, notice) => {
    const doc = dom(html.render([emptyResult()], ONE, [text]));
    expect(doc.querySelector('.article')).toBeNull();
    expect(texts(doc, 'p.muted')).toContain(notice);
    expect(texts(doc, 'p.muted')).toContain('No quotes with a speaker found.');
    expect(texts(doc, 'p.muted')).toContain('No figures found.');
  });

  test('crossing marks are split so that every element closes inside its parent', () => {
    const text = 'He said "ask Mara" Quint told us.';
    const result: AnalysisResult = {
      ...emptyResult(),
      quotes: [{ ...spanOf(text, 'ask Mara'), kind: 'direct', speaker: null, cue: null }],
      people: [{ name: 'Mara Quint', aliases: [], roles: [], gender: null, mentions: [spanOf(text, 'Mara" Quint')] }],
    };
    const doc = dom(html.render([result], ONE, [text]));
    const article = doc.querySelector('.article');
    expect(article?.textContent).toBe(text);
    expect(texts(doc, '.article .m-person')).toEqual(['Mara', '" Quint']);
    expect(texts(doc, '.article .q .m-person')).toEqual(['Mara']);
  });

  test('only reported speech: no words to chart, said plainly', () => {
    const r = speechResult();
    const indirect: AnalysisResult = { ...r, quotes: [r.quotes[2]!], speakers: [{ name: 'Abel Sato', type: 'person', quotes: 1, words: 0 }] };
    expect(html.render([indirect], ONE, [SPEECH_TEXT])).toContain('No words quoted directly: the speakers are reported, not quoted.');
  });

  test('more speakers than colours: the colours come round again', () => {
    const names = Array.from({ length: 14 }, (_, i) => `Speaker${String.fromCharCode(65 + i)}`);
    const text = names.map((n) => `"Line ${n}," said ${n}.`).join('\n');
    const result: AnalysisResult = {
      ...emptyResult(),
      quotes: names.map((n) => ({ ...spanOf(text, `Line ${n},`), kind: 'direct' as const, speaker: { name: n, type: 'person' as const, start: 0, end: 1, surface: n, resolvedBy: 'name' as const }, cue: null })),
      speakers: names.map((n) => ({ name: n, type: 'person' as const, quotes: 1, words: 2 })),
    };
    const classes = [...dom(html.render([result], ONE, [text])).querySelectorAll('.article .q')].map((q) => q.getAttribute('class'));
    expect(classes.slice(10)).toEqual(['q s10', 'q s11', 'q s0', 'q s1']);
    expect(SPEAKER_COLOURS).toHaveLength(12);
  });
});

describe('batches', () => {
  const records = [speechResult('a.txt'), missing, speechResult('b.txt')];
  const page = html.render(records, BATCH, [SPEECH_TEXT, null, SPEECH_TEXT]);
  const doc = dom(page);

  test('one page, a list of contents and a section per document, in order', () => {
    expect(page.match(/<!DOCTYPE html>/g)).toHaveLength(1);
    expect(doc.querySelector('h1')?.textContent).toBe('3 documents');
    expect(texts(doc, 'nav li')).toEqual(['a.txt (5 quotes)', 'gone<1>.txt (error)', 'b.txt (5 quotes)']);
    expect([...doc.querySelectorAll('section.doc')].map((s) => s.getAttribute('id'))).toEqual(['doc-1', 'doc-2', 'doc-3']);
    expect(texts(doc, 'section.doc > h2')).toEqual(['a.txt', 'gone<1>.txt', 'b.txt']);
    expect(doc.querySelectorAll('.article')).toHaveLength(2);
  });

  test('an error record is shown as such, in its place', () => {
    const failed = doc.querySelector('#doc-2');
    expect(failed?.getAttribute('class')).toBe('doc failed');
    expect(failed?.querySelector('.error')?.textContent).toBe('Error: no such file [not-found]');
  });

  test('a batch of one is still a batch page (like JSON\'s array)', () => {
    expect(dom(html.render([speechResult()], BATCH, [SPEECH_TEXT])).querySelector('h1')?.textContent).toBe('1 document');
  });

  test('html holds every record for one page: no streamed pieces', () => {
    expect(html.renderOne).toBeUndefined();
    expect(html.needsText).toBe(true);
  });
});

describe('from the command line', () => {
  let dir: string;
  beforeAll(async () => {
    dir = tempDir('analyze-html-');
    writeFileSync(join(dir, 'tolls.txt'), SPEECH_TEXT);
    writeFileSync(join(dir, 'page.html'), HTML_ARTICLE);
    await loadEngine();
  });

  async function run(argv: string[]) {
    const fake = fakeIo({ cwd: dir, stdoutIsTTY: true });
    const code = await main(argv, fake.io);
    return { code, stdout: fake.stdout(), stderr: fake.stderr() };
  }

  test('an HTML input: the extracted text, not the page\'s markup', async () => {
    const { code, stdout } = await run(['--format', 'html', 'page.html']);
    expect(code).toBe(0);
    const doc = dom(stdout);
    expect(doc.querySelector('.article')?.textContent).toContain('“We held the price for six years,” said Irene Falk');
    expect(texts(doc, '.article .q')).toContain('We held the price for six years,');
  });

  test('a batch with a missing file: one page, the error in its place, exit code 2', async () => {
    const { code, stdout, stderr } = await run(['--format', 'html', 'tolls.txt', 'gone.txt', 'page.html']);
    expect(code).toBe(2);
    expect(stderr).toContain('gone.txt: no such file');
    const doc = dom(stdout);
    expect(texts(doc, 'section.doc > h2')).toEqual(['tolls.txt', 'gone.txt', 'page.html']);
    expect(doc.querySelector('#doc-2 .error')?.textContent).toBe('Error: no such file [not-found]');
  });

  test('never coloured, even on a terminal with --color', async () => {
    const { stdout } = await run(['--format', 'html', '--color', 'tolls.txt']);
    expect(stdout).not.toContain('\u001b');
  });
});
