import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadEngine } from '../src/cli/engine.js';
import { main } from '../src/cli/main.js';
import { frontMatterDate } from '../src/cli/markdown/front-matter.js';
import { maskMarkdown } from '../src/cli/markdown/mask.js';
import type { AnalysisResult } from '../src/types.js';
import { fakeIo, tempDir } from './helpers/fake-io.js';
import { spanViolations } from './helpers/spans.js';

/** An invented Markdown article with every kind of markup the masker knows. */
const ARTICLE = [
  '# Harbor bridge *reopens* after repairs',
  '',
  '**PORT ELLIS** — The [Harbor Council](https://example.org/council_news_2023) voted on Tuesday to reopen the bridge, a $44 million project.',
  '',
  '"We cannot wait for another winter," said **Mara Quint**, the council\'s transport chair.',
  '',
  '> "It is a relief for the *whole* town," said _Tomas Reyne_, who runs a `ferry_service` near the pier.',
  '',
  '- The repair cost rose by 12 percent.',
  '- Work began in March 2021.',
  '',
  '![A photo of the bridge](https://example.org/bridge.jpg)',
  '',
  '[council]: https://example.org/council',
  '',
].join('\n');

/** An invented article with front matter, a table and inline HTML. */
const FRONT_MATTER_ARTICLE = [
  '---',
  'title: "Ferry crossings to resume"',
  'date: 2024-03-14T09:00:00Z',
  'tags: [harbor, ferries]',
  'author: Lina Marsh',
  '---',
  '',
  'PORT ELLIS — The <span class="org">Harbor Authority</span> finished repairs to the north pier yesterday.',
  '',
  '| Operator | Crossings a day | Change |',
  '| --- | :---: | ---: |',
  '| Island Ferry Company | 14 | 40 percent |',
  '| Bay Water Taxis | 6 | 12 percent |',
  '',
  '"We will not close the harbor again this winter," said Mara Quint<br>the authority\'s director.',
  '',
  '<!-- editors: check the figures -->',
  'The pier closed last week after a storm, Quint said.',
  '',
].join('\n');

let dir: string;

beforeAll(async () => {
  dir = tempDir();
  writeFileSync(join(dir, 'bridge.md'), ARTICLE);
  writeFileSync(join(dir, 'bridge.txt'), ARTICLE);
  writeFileSync(join(dir, 'ferries.md'), FRONT_MATTER_ARTICLE);
  await loadEngine();
});

async function analyzeJson(argv: string[], stdin?: string): Promise<{ code: number; result: AnalysisResult; stderr: string }> {
  const fake = fakeIo({ cwd: dir, ...(stdin === undefined ? {} : { stdin }) });
  const code = await main(['--json', '--jobs', '1', ...argv], fake.io);
  return { code, result: JSON.parse(fake.stdout()) as AnalysisResult, stderr: fake.stderr() };
}

describe('maskMarkdown', () => {
  // [markdown, masked]: same length, markup replaced by spaces, visible text in place.
  const cases: [string, string][] = [
    ['# Title', '  Title'],
    ['## Title ##', '   Title   '],
    ['said *Mara Quint* on', 'said  Mara Quint  on'],
    ['said **Mara Quint** on', 'said   Mara Quint   on'],
    ['said _Mara Quint_ on', 'said  Mara Quint  on'],
    ['said __Mara__ on', 'said   Mara   on'],
    ['a ***strong*** claim', 'a    strong    claim'],
    ['the `ferry_service` code', 'the  ferry_service  code'],
    ['the [Harbor Council](https://x.org/a_b) voted', `the  Harbor Council${' '.repeat(21)}voted`],
    ['the [Harbor Council][hc] voted', `the  Harbor Council${' '.repeat(6)}voted`],
    ['see ![a pier](p.jpg) here', 'see                  here'],
    ['see <https://x.org> here', 'see  https://x.org  here'],
    ['> "Yes," she said.', '  "Yes," she said.'],
    ['- First item', '  First item'],
    ['* First item', '  First item'],
    ['1. First item', '   First item'],
    ['a \\*literal\\* star', 'a  *literal * star'],
    ['Title\n=====', 'Title\n     '],
    ['one\n\n***\n\ntwo', 'one\n\n   \n\ntwo'],
    ['```\nx = *y*\n```', '   \nx = *y*\n   '],
    ['[hc]: https://x.org', '                   '],
    ['*PORT ELLIS* —\r\nline', ' PORT ELLIS  —\r\nline'],
    ['~~gone~~ now', '  gone   now'],
    // Front matter: masked, but for the title's value (unquoted), which the analysis reads as the title.
    ['---\ntitle: Pier reopens\ndate: 2024-03-14\n---\nBody.', '   \n       Pier reopens\n                \n   \nBody.'],
    ['---\ntitle: "Pier reopens"\r\nslug: pier\r\n---\r\nBody.', '   \n        Pier reopens \r\n          \r\n   \r\nBody.'],
    // …all of it when the first heading repeats the title.
    ['---\ntitle: Pier reopens\n---\n\n# Pier *reopens*\n', '   \n                   \n   \n\n  Pier  reopens \n'],
    ['---\ntitle: >\n  Folded title\n---\nBody.', '   \n        \n              \n   \nBody.'],
    // Tables: the delimiter row masked, a pipe between cells a line break, so cells never run together.
    ['| Name | Role |\n| --- | :-: |\n| Mara Quint | *chair* |', '  Name \n Role  \n             \n  Mara Quint \n  chair   '],
    ['Name | Role\n--- | ---\nMara Quint | chair\n\nAfter.', 'Name \n Role\n         \nMara Quint \n chair\n\nAfter.'],
    ['| x \\| y | z |\n|---|---|', '  x  | y \n z  \n         '],
    // Inline HTML: tags and comments show nothing; a <br> or a block tag ends the line.
    ['said <span class="name">Mara Quint</span> on', `said ${' '.repeat(19)}Mara Quint${' '.repeat(8)}on`],
    ['Mara Quint<br/>Harbor Council', 'Mara Quint\n    Harbor Council'],
    ['a <!-- note --> b', `a ${' '.repeat(13)} b`],
    ['<p>Mara Quint</p>', '\n  Mara Quint\n   '],
  ];
  test.each(cases)('%j', (markdown, masked) => {
    expect(maskMarkdown(markdown)).toBe(masked);
    expect(maskMarkdown(markdown)).toHaveLength(markdown.length);
  });

  // Characters that look like markup but are text: left as written.
  const unchanged = [
    'it costs 5 * 3 dollars',
    'the file_name_here stays',
    'a lone * star and a lone _ line',
    '#MeToo was trending',
    'the price [sic] was high',
    'a `lone backtick',
    'snake_case and _another',
    '2 ** 8 is 256',
    '[a](((((((((( never closed',
    '1 < 2 and 3 > 2',
    'an arrow <- here, a heart <3 there',
    'a | b with no delimiter row',
    '| a | b |\n| --- |',
  ];
  test.each(unchanged)('leaves %j as text', (text) => {
    expect(maskMarkdown(text)).toBe(text);
  });

  test('stays linear on pathological input', () => {
    const started = performance.now();
    for (const unit of ['[a](', '*a_', '`', '[', '**x', '![', '<https://', '<a ', '<a title="', '<!--', '<!--a-->', '<!--\n\n', '|', '| a |\n']) maskMarkdown(unit.repeat(200_000));
    maskMarkdown(`| a | b |\n| --- | --- |\n${'| x | y |\n'.repeat(100_000)}`);
    maskMarkdown(`---\n${'key: value\n'.repeat(100_000)}---\n`);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('front matter dates', () => {
  // [file, reference date]
  const cases: [string, string | null][] = [
    ['---\ndate: 2024-03-14\n---\nText', '2024-03-14'],
    ['---\ntitle: x\ndate: "2024-03-14T09:00:00+01:00"\n---\n', '2024-03-14'],
    ["---\npublished: '2024-03-14'\n---\n", '2024-03-14'],
    ['---\nDate: 2024-03-14 09:00\n---\n', '2024-03-14'],
    ['---\ndate: 2024-02-30\n---\n', null],
    ['---\ndate: March 14, 2024\n---\n', null],
    ['---\ndate: 2024-03-14\n', null],
    ['Text\n---\ndate: 2024-03-14\n---\n', null],
    ['---\nNot yaml at all.\ndate: 2024-03-14\n---\n', null],
    ['', null],
  ];
  test.each(cases)('%j → %j', (file, date) => expect(frontMatterDate(file)).toBe(date));
});

describe('analyze on Markdown', () => {
  test('markup does not break names or sentences; spans slice the file as read', async () => {
    const { code, result } = await analyzeJson(['bridge.md']);
    expect(code).toBe(0);
    expect(spanViolations(result, ARTICLE)).toEqual([]);
    expect(result.title).toBe('Harbor bridge reopens after repairs');
    expect(result.speakers.map((s) => s.name)).toEqual(expect.arrayContaining(['Mara Quint', 'Tomas Reyne']));
    expect(result.people.map((p) => p.name)).toEqual(expect.arrayContaining(['Mara Quint', 'Tomas Reyne']));
    const quote = result.quotes.find((q) => q.text.startsWith('It is a relief'));
    // A span keeps the markup inside it: its text is the file's, not the masked text.
    expect(quote?.text).toBe('It is a relief for the *whole* town,');
    expect(quote?.speaker?.name).toBe('Tomas Reyne');
    expect(result.figures.map((f) => f.text)).toEqual(expect.arrayContaining(['$44 million', '12 percent']));
  });

  test.each([[['bridge.txt']], [['--input-format', 'text', 'bridge.md']]])('read as text (%j) the markup stays in the analysis', async (argv) => {
    const { result } = await analyzeJson(argv);
    expect(spanViolations(result, ARTICLE)).toEqual([]);
    expect(result.title).not.toBe('Harbor bridge reopens after repairs');
  });

  test('analyze check reads a .md article as Markdown', async () => {
    writeFileSync(join(dir, 'bridge.expected.json'), '{}');
    const first = fakeIo({ cwd: dir });
    expect(await main(['check', '--update', 'bridge.md'], first.io)).toBe(0);
    const expected = JSON.parse(readFileSync(join(dir, 'bridge.expected.json'), 'utf8')) as AnalysisResult;
    expect(expected.title).toBe('Harbor bridge reopens after repairs');
    const again = fakeIo({ cwd: dir });
    expect(await main(['check', 'bridge.md'], again.io)).toBe(0);
  });

  test('--input-format markdown reads standard input as Markdown', async () => {
    const { code, result } = await analyzeJson(['--input-format', 'markdown', '-'], ARTICLE);
    expect(code).toBe(0);
    expect(result.title).toBe('Harbor bridge reopens after repairs');
    expect(spanViolations(result, ARTICLE)).toEqual([]);
  });

  test('--print-text prints the file as read: the text the offsets refer to', async () => {
    const fake = fakeIo({ cwd: dir });
    expect(await main(['--print-text', 'bridge.md'], fake.io)).toBe(0);
    expect(fake.stdout()).toBe(ARTICLE);
  });

  test('front matter gives the title and the reference date; a table and inline HTML break no name', async () => {
    const { code, result } = await analyzeJson(['ferries.md']);
    expect(code).toBe(0);
    expect(spanViolations(result, FRONT_MATTER_ARTICLE)).toEqual([]);
    expect(result.title).toBe('Ferry crossings to resume');
    expect(result.referenceDate).toBe('2024-03-14');
    expect(result.dates.find((d) => d.text === 'yesterday')?.value).toBe('2024-03-13');
    expect(result.organizations.map((o) => o.name)).toEqual(expect.arrayContaining(['Harbor Authority', 'Island Ferry Company']));
    for (const name of [...result.organizations, ...result.people].map((e) => e.name)) expect(name).not.toMatch(/Company Bay|Operator|Quint the/u);
    expect(result.quotes[0]?.speaker?.name).toBe('Mara Quint');
    expect(result.figures.map((f) => f.text)).toEqual(expect.arrayContaining(['40 percent', '12 percent']));
    const overridden = await analyzeJson(['--reference-date', '2017-05-17', 'ferries.md']);
    expect(overridden.result.referenceDate).toBe('2017-05-17');
    expect(overridden.result.dates.find((d) => d.text === 'yesterday')?.value).toBe('2017-05-16');
  });

  test('worker threads give the same result', async () => {
    const one = await analyzeJson(['bridge.md', 'bridge.md']);
    const fake = fakeIo({ cwd: dir });
    await main(['--json', '--jobs', '2', 'bridge.md', 'bridge.md'], fake.io);
    expect(fake.stdout()).toBe(JSON.stringify(one.result, null, 2) + '\n');
  });
});
