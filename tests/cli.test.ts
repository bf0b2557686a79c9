import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { beforeAll, describe, expect, test } from 'vitest';
import { shouldColor } from '../src/cli/color.js';
import { decodeBytes } from '../src/cli/decode.js';
import { loadEngine } from '../src/cli/engine.js';
import { fromFileSystem } from '../src/cli/errors.js';
import { decodeEntities } from '../src/cli/html/entities.js';
import { htmlToText } from '../src/cli/html/extract.js';
import { expandPaths } from '../src/cli/inputs.js';
import { readLines } from '../src/cli/jsonl.js';
import { main } from '../src/cli/main.js';
import { parseByteSize } from '../src/cli/options.js';
import type { AnalysisResult } from '../src/types.js';
import { ARTICLES, HTML_ARTICLE, HTML_ARTICLE_EXTRACTED, HTML_ARTICLE_TEXT } from './helpers/articles.js';
import { fakeIo, tempDir, type FakeIoOptions } from './helpers/fake-io.js';
import { spanViolations } from './helpers/spans.js';

const ESC = '\u001b';
const PACKAGE = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

/** A folder with the invented articles, an HTML page, a JSON Lines batch and some non-articles. */
let dir: string;

beforeAll(async () => {
  dir = tempDir();
  for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(join(dir, name), text);
  mkdirSync(join(dir, 'news', 'deep'), { recursive: true });
  mkdirSync(join(dir, 'news', '.git'));
  mkdirSync(join(dir, 'news', 'node_modules'));
  mkdirSync(join(dir, 'empty'));
  writeFileSync(join(dir, 'news', 'b.txt'), ARTICLES['ferry-strike.txt']!);
  writeFileSync(join(dir, 'news', 'a.md'), ARTICLES['library-budget.md']!);
  writeFileSync(join(dir, 'news', 'deep', 'c.html'), HTML_ARTICLE);
  writeFileSync(join(dir, 'news', 'notes.json'), '{}');
  writeFileSync(join(dir, 'news', '.git', 'HEAD.txt'), 'not an article');
  writeFileSync(join(dir, 'news', 'node_modules', 'x.txt'), 'not an article');
  writeFileSync(join(dir, 'page.html'), HTML_ARTICLE);
  writeFileSync(join(dir, 'blob.bin.txt'), Buffer.from([0x47, 0x49, 0x46, 0x00, 0x01, 0x02]));
  writeFileSync(join(dir, 'latin.txt'), Buffer.from([0x93, 0x4f, 0x6b, 0x2c, 0x94, 0x20, 0x73, 0x68, 0x65, 0x20, 0x73, 0x61, 0x69, 0x64, 0x2e]));
  writeFileSync(join(dir, 'bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARTICLES['orchard-frost.txt']!)]));
  const lines = [
    JSON.stringify({ id: 'a1', text: ARTICLES['ferry-strike.txt'] }),
    '',
    JSON.stringify({ id: 'a2', text: ARTICLES['orchard-frost.txt'], referenceDate: '2023-05-02' }),
    '{"id": "broken", "text": ',
    JSON.stringify({ id: 'a4', title: 'no text here' }),
    JSON.stringify({ id: 7, text: 'Numbers are ids too.' }),
    JSON.stringify({ id: 'a6', text: 'Bad date.', referenceDate: '2023-13-01' }),
  ];
  writeFileSync(join(dir, 'batch.jsonl'), `${lines.join('\n')}\n`);
  await loadEngine();
});

async function run(argv: string[], options: FakeIoOptions = {}) {
  const fake = fakeIo({ cwd: dir, ...options });
  const code = await main(argv, fake.io);
  return { code, stdout: fake.stdout(), stderr: fake.stderr(), fake };
}

function parseLines(ndjson: string): Record<string, unknown>[] {
  return ndjson.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('help and version', () => {
  test('--version prints the version from package.json', async () => {
    const { code, stdout, stderr } = await run(['--version']);
    expect([code, stdout, stderr]).toEqual([0, `${PACKAGE.version}\n`, '']);
  });

  test('--help opens with examples, lists every option and the exit codes', async () => {
    const { code, stdout, stderr } = await run(['--help']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.startsWith('Examples:\n  analyze article.txt')).toBe(true);
    for (const option of ['--format', '--json', '--input-format', '--reference-date', '--print-text', '--output', '--max-bytes', '--no-color', '--version']) {
      expect(stdout).toContain(option);
    }
    expect(stdout).toContain('Exit codes: 0 success, 1 a check failed, 2 usage error');
  });

  test('no path on a terminal prints the help to stderr and exits 2', async () => {
    const { code, stdout, stderr, fake } = await run([], { stdinIsTTY: true });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('Usage: analyze [options] [paths...]');
    expect(fake.stdinWasRead()).toBe(false);
  });
});

describe('usage errors: one line on stderr, exit 2', () => {
  test.each([
    [['--bogus', 'a.txt'], "analyze: unknown option '--bogus'\n"],
    [['--format', 'xml', 'a.txt'], "analyze: option '-f, --format <name>' argument 'xml' is invalid. Allowed choices are table, json, ndjson, highlight, html, markdown.\n"],
    [['--input-format', 'csv', 'a.txt'], "analyze: option '--input-format <name>' argument 'csv' is invalid. Allowed choices are auto, text, markdown, jsonl.\n"],
    [['--json', '--format', 'table', 'a.txt'], 'analyze: --json contradicts --format table\n'],
    [['--reference-date', '17/05/2017', 'a.txt'], 'analyze: reference date must be YYYY-MM-DD, got "17/05/2017"\n'],
    [['--reference-date', '2017-02-30', 'a.txt'], 'analyze: reference date is not a calendar day: "2017-02-30"\n'],
    [['--max-bytes', 'lots', 'a.txt'], 'analyze: --max-bytes must be a positive size like 5000000 or 50M, got "lots"\n'],
    [['--output', 'no/such/dir/out.json', 'ferry-strike.txt'], 'analyze: no/such/dir/out.json: no such file\n'],
  ])('%j', async (argv, message) => {
    const { code, stdout, stderr } = await run(argv);
    expect([code, stdout, stderr]).toEqual([2, '', message]);
  });

  test('a close option name is suggested on the same line', async () => {
    const { stderr } = await run(['--formt', 'json', 'a.txt']);
    expect(stderr).toBe("analyze: unknown option '--formt' (Did you mean --format?)\n");
  });
});

describe('unreadable input: one line naming the file, exit 2, never a stack', () => {
  test.each([
    ['nope.txt', 'analyze: nope.txt: no such file\n'],
    ['empty', 'analyze: empty: is a directory with no articles\n'],
    ['blob.bin.txt', 'analyze: blob.bin.txt: binary file, not text\n'],
  ])('%s', async (path, message) => {
    const { code, stdout, stderr } = await run([path]);
    expect([code, stdout, stderr]).toEqual([2, '', message]);
  });

  test.skipIf(process.getuid?.() === 0)('permission denied', async () => {
    const locked = join(dir, 'locked.txt');
    writeFileSync(locked, 'secret');
    chmodSync(locked, 0o000);
    const { code, stderr } = await run(['locked.txt']);
    expect([code, stderr]).toEqual([2, 'analyze: locked.txt: permission denied\n']);
  });

  test.each([
    ['ENOENT', 'not-found', 'no such file'],
    ['EACCES', 'permission-denied', 'permission denied'],
    ['EPERM', 'permission-denied', 'permission denied'],
    ['EIO', 'unreadable', 'cannot read (EIO)'],
  ])('file-system error %s reads as "%s"', (code, expectedCode, message) => {
    const error = fromFileSystem(Object.assign(new Error(`${code}: boom`), { code }));
    expect([error.code, error.message]).toEqual([expectedCode, message]);
  });

  test('--max-bytes refuses a bigger file and a bigger stdin', async () => {
    const file = await run(['--max-bytes', '100', 'ferry-strike.txt']);
    expect([file.code, file.stderr]).toEqual([2, 'analyze: ferry-strike.txt: too large (over --max-bytes 100)\n']);
    const stdin = await run(['--max-bytes', '1K', '-'], { stdin: ['x'.repeat(600), 'y'.repeat(600)] });
    expect([stdin.code, stdin.stderr]).toEqual([2, 'analyze: <stdin>: too large (over --max-bytes 1024)\n']);
  });

  test('an unexpected failure is "internal error", one line, exit 2', async () => {
    const broken = new Writable({
      write() {
        throw new Error('disk on fire');
      },
    });
    const fake = fakeIo({ cwd: dir });
    const code = await main(['ferry-strike.txt'], { ...fake.io, stdout: broken });
    expect(code).toBe(2);
    expect(fake.stderr()).toBe('analyze: internal error: disk on fire\n');
  });

  test('an analysis that throws becomes an error record and the batch goes on', async () => {
    const engine = await loadEngine();
    const original = engine.analyze;
    engine.analyze = (text, options) => {
      if (text.includes('Numbers are ids')) throw new Error('stage exploded\n  at somewhere.ts:1');
      return original(text, options);
    };
    try {
      const { code, stdout, stderr } = await run(['batch.jsonl']);
      expect(code).toBe(2);
      expect(parseLines(stdout).find((r) => r.id === '7')).toEqual({
        source: 'batch.jsonl', id: '7', error: { code: 'internal', message: 'internal error: stage exploded at somewhere.ts:1' },
      });
      expect(stderr).toContain('analyze: batch.jsonl (id 7): internal error: stage exploded at somewhere.ts:1\n');
    } finally {
      engine.analyze = original;
    }
  });
});

describe('inputs', () => {
  test('stdin is read when no path is given and it is piped; its source is "-"', async () => {
    const { code, stdout, fake } = await run(['--json'], { stdin: ARTICLES['ferry-strike.txt'] });
    expect(code).toBe(0);
    expect(fake.stdinWasRead()).toBe(true);
    expect((JSON.parse(stdout) as AnalysisResult).source).toBe('-');
  });

  test('"-" reads stdin among other paths, in order', async () => {
    const { stdout } = await run(['--format', 'ndjson', 'orchard-frost.txt', '-'], { stdin: 'Plain text.' });
    expect(parseLines(stdout).map((r) => r.source)).toEqual(['orchard-frost.txt', '-']);
  });

  test('a directory means its .txt, .md and .html files, recursively, sorted; hidden and node_modules skipped', async () => {
    const { code, stdout } = await run(['--json', 'news']);
    expect(code).toBe(0);
    const sources = (JSON.parse(stdout) as AnalysisResult[]).map((r) => r.source);
    expect(sources).toEqual([join('news', 'a.md'), join('news', 'b.txt'), join('news', 'deep', 'c.html')]);
  });

  test('expandPaths keeps the order of the arguments and marks directories', async () => {
    const { inputs, fromDirectory } = await expandPaths(['orchard-frost.txt', 'news', 'gone.txt', '-'], dir);
    expect(fromDirectory).toBe(true);
    expect(inputs.map((i) => [i.kind, i.source])).toEqual([
      ['file', 'orchard-frost.txt'], ['file', join('news', 'a.md')], ['file', join('news', 'b.txt')],
      ['file', join('news', 'deep', 'c.html')], ['error', 'gone.txt'], ['stdin', '-'],
    ]);
  });

  test('a batch with a missing file: an error record in its place, the rest analyzed, exit 2', async () => {
    const { code, stdout, stderr } = await run(['--format', 'ndjson', 'ferry-strike.txt', 'gone.txt', 'orchard-frost.txt']);
    expect(code).toBe(2);
    const records = parseLines(stdout);
    expect(records.map((r) => r.source)).toEqual(['ferry-strike.txt', 'gone.txt', 'orchard-frost.txt']);
    expect(records[1]).toEqual({ source: 'gone.txt', error: { code: 'not-found', message: 'no such file' } });
    // The batch's summary line comes last: deterministic but for the seconds.
    expect(stderr).toMatch(/^analyze: gone\.txt: no such file\nanalyze: 3 documents, \d+ quotes, 1 error, \d+\.\d s\n$/);
  });

  test('HTML is read as its article text; --print-text shows exactly that text', async () => {
    const { code, stdout } = await run(['--print-text', 'page.html']);
    expect([code, stdout]).toEqual([0, HTML_ARTICLE_EXTRACTED]);
  });

  test('HTML piped on stdin is recognised by its doctype', async () => {
    const { stdout } = await run(['--print-text'], { stdin: HTML_ARTICLE });
    expect(stdout).toBe(HTML_ARTICLE_EXTRACTED);
  });

  test('--print-text of several inputs puts a header before each', async () => {
    const { stdout } = await run(['--print-text', 'latin.txt', '-'], { stdin: 'Piped.' });
    expect(stdout).toBe('==> latin.txt <==\n“Ok,” she said.\n==> <stdin> <==\nPiped.\n');
  });

  test('--print-text to a terminal escapes control characters but keeps lines', async () => {
    const { stdout } = await run(['--print-text', '-'], { stdin: `a${ESC}[2J\r\nb`, stdoutIsTTY: true });
    expect(stdout).toBe('a\\x1b[2J\r\nb');
  });
});

describe('encodings', () => {
  test('invalid UTF-8 is read as Windows-1252, with a one-line warning', async () => {
    const { code, stdout, stderr } = await run(['--print-text', 'latin.txt']);
    expect([code, stdout, stderr]).toEqual([0, '“Ok,” she said.', 'analyze: latin.txt: not valid UTF-8; read as Windows-1252\n']);
  });

  test('a UTF-8 BOM is stripped; offsets count from after it', async () => {
    const text = await run(['--print-text', 'bom.txt']);
    expect(text.stdout).toBe(ARTICLES['orchard-frost.txt']);
    const result = JSON.parse((await run(['--json', 'bom.txt'])).stdout) as AnalysisResult;
    expect(spanViolations(result, ARTICLES['orchard-frost.txt']!)).toEqual([]);
  });

  const utf16le = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
  const utf16be = (s: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(s, 'utf16le').swap16()]);

  test.each([
    ['UTF-8', Buffer.from('Café “déjà” 東京'), 'Café “déjà” 東京', 'utf-8'],
    ['UTF-8 with BOM', Buffer.from('\ufeffCafé'), 'Café', 'utf-8'],
    ['UTF-16 LE with BOM', utf16le('Café “x” 🎉'), 'Café “x” 🎉', 'utf-16le'],
    ['UTF-16 BE with BOM', utf16be('Café “x” 🎉'), 'Café “x” 🎉', 'utf-16be'],
    ['Windows-1252', Buffer.from([0x80, 0x20, 0x96, 0x20, 0xe9]), '€ – é', 'windows-1252'],
    ['empty', Buffer.alloc(0), '', 'utf-8'],
  ])('%s', (_name, bytes, text, encoding) => {
    expect(decodeBytes(bytes)).toMatchObject({ text, encoding });
  });

  test('NUL bytes without a UTF-16 BOM mean a binary file', () => {
    expect(() => decodeBytes(Buffer.from('text\u0000more'))).toThrow('binary file, not text');
    expect(() => decodeBytes(Buffer.from('a\u0000', 'utf16le'))).toThrow('binary file, not text');
  });

  test('UTF-16 files are analyzed through the command like any other', async () => {
    writeFileSync(join(dir, 'wide.txt'), utf16le(ARTICLES['ferry-strike.txt']!));
    const { code, stdout } = await run(['--print-text', 'wide.txt']);
    expect([code, stdout]).toEqual([0, ARTICLES['ferry-strike.txt']]);
  });
});

describe('HTML to text', () => {
  test.each([
    ['<p>One</p><p>Two</p>', 'One\n\nTwo'],
    ['<div>a<br>b<br><br>c</div>', 'a\nb\n\nc'],
    ['x &amp; y &lt;z&gt; &quot;q&quot; &#8220;w&#x201D; &eacute; &unknown; AT&T', 'x & y <z> "q" “w” é &unknown; AT&T'],
    ['<p>  spaced \n\t out  </p>', 'spaced out'],
    ['<script>if (a < b) { x = "</p>"; }</script><p>kept</p>', 'kept'],
    ['<SCRIPT type="x">hidden</SCRIPT >shown', 'shown'],
    ['<nav><nav>in</nav>still in</nav>out', 'out'],
    ['<a href="x>y" title=\'>\'>link</a> text', 'link text'],
    ['<!-- <p>comment</p> --><p>after</p>', 'after'],
    ['<pre>line 1\n  line 2</pre>', 'line 1\n  line 2'],
    ['<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>', 'a b\n\nc'],
    ['1 < 2 and 3 > 2', '1 < 2 and 3 > 2'],
    ['<p>unclosed <b>bold', 'unclosed bold'],
    ['<header>masthead', ''],
    ['<p>C1 &#150; dash, bad &#0; and &#xD800;</p>', 'C1 – dash, bad \ufffd and \ufffd'],
  ])('%j', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  test('the example page', () => {
    expect(htmlToText(HTML_ARTICLE)).toBe(HTML_ARTICLE_TEXT);
  });

  test('entities: the Latin-1 table is aligned', () => {
    expect(decodeEntities('&nbsp;&iexcl;&yuml;&Agrave;&times;&divide;')).toBe('\u00a0¡ÿÀ×÷');
  });

  test('linear on hostile markup', () => {
    const hostile = `${'<a '.repeat(20000)}${'<!--'.repeat(20000)}${'&#'.repeat(20000)}${'<p>'.repeat(20000)}`;
    const started = performance.now();
    htmlToText(hostile);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('JSON Lines', () => {
  test('one NDJSON line per document, same ids, in input order; bad lines become error records', async () => {
    const { code, stdout, stderr } = await run(['batch.jsonl']);
    expect(code).toBe(2);
    const records = parseLines(stdout);
    expect(records.map((r) => r.id ?? null)).toEqual(['a1', 'a2', null, 'a4', '7', 'a6']);
    expect(records[2]).toEqual({ source: 'batch.jsonl', error: { code: 'invalid-json', message: 'line 4: not valid JSON' } });
    expect(records[3]).toEqual({ source: 'batch.jsonl', id: 'a4', error: { code: 'invalid-document', message: 'line 5: no "text" string' } });
    expect(records[5]).toMatchObject({ id: 'a6', error: { code: 'invalid-reference-date' } });
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[3]).toMatch(/^analyze: 6 documents, \d+ quotes, 3 errors, \d+\.\d s$/);
  });

  test('the per-document referenceDate overrides --reference-date', async () => {
    const { stdout } = await run(['--reference-date', '2020-01-01', 'batch.jsonl']);
    const byId = new Map(parseLines(stdout).map((r) => [r.id, r]));
    expect(byId.get('a1')?.referenceDate).toBe('2020-01-01');
    expect(byId.get('a2')?.referenceDate).toBe('2023-05-02');
  });

  test('--input-format jsonl reads stdin; --format json gives an array', async () => {
    const stdin = `${JSON.stringify({ id: 'x', text: 'One.' })}\r\n${JSON.stringify({ id: 'y', text: 'Two.' })}`;
    const { code, stdout } = await run(['--input-format', 'jsonl', '--json'], { stdin });
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as AnalysisResult[]).map((r) => [r.source, r.id])).toEqual([['-', 'x'], ['-', 'y']]);
  });

  test('--input-format text reads a .jsonl file as one article', async () => {
    const { stdout } = await run(['--input-format', 'text', '--json', 'batch.jsonl']);
    expect((JSON.parse(stdout) as AnalysisResult).source).toBe('batch.jsonl');
  });

  test('a line over --max-bytes is an error record and is never held in memory whole', async () => {
    const stdin = [`${JSON.stringify({ id: 'big', text: 'x'.repeat(3000) })}\n`, `${JSON.stringify({ id: 'ok', text: 'Fine.' })}\n`];
    const { code, stdout } = await run(['--input-format', 'jsonl', '--max-bytes', '1000'], { stdin });
    expect(code).toBe(2);
    expect(parseLines(stdout)).toMatchObject([{ error: { code: 'too-large', message: 'line 1: too large (over --max-bytes 1000)' } }, { id: 'ok' }]);
  });

  test('lines split anywhere across chunks, CRLF, a BOM and no final newline', async () => {
    const bytes = Buffer.from('\ufeff{"a":1}\r\n\n{"b":"é"}\n{"c":3}');
    const chunks = Array.from(bytes, (b) => Buffer.from([b]));
    const lines = [];
    for await (const line of readLines(Readable.from(chunks), 100)) lines.push(line);
    expect(lines).toEqual([{ number: 1, text: '{"a":1}' }, { number: 3, text: '{"b":"é"}' }, { number: 4, text: '{"c":3}' }]);
  });

  test('results stream: the first line is written before the input ends', async () => {
    const fake = fakeIo({ cwd: dir });
    let sawOutputBeforeEnd = false;
    const stdin = new Readable({ read() {} });
    const io = { ...fake.io, get stdin() { return stdin; } };
    const done = main(['--input-format', 'jsonl'], io);
    stdin.push(`${JSON.stringify({ id: 'first', text: 'Early.' })}\n`);
    for (let i = 0; i < 50 && !fake.stdout(); i++) await new Promise((r) => setTimeout(r, 5));
    sawOutputBeforeEnd = fake.stdout().includes('"first"');
    stdin.push(`${JSON.stringify({ id: 'second', text: 'Late.' })}\n`);
    stdin.push(null);
    expect(await done).toBe(0);
    expect(sawOutputBeforeEnd).toBe(true);
    expect(parseLines(fake.stdout()).map((r) => r.id)).toEqual(['first', 'second']);
  });
});

describe('formats', () => {
  test('table is the default; json gives one object for one input and an array for several', async () => {
    expect((await run(['ferry-strike.txt'])).stdout.startsWith('ferry-strike.txt\nTitle: ')).toBe(true);
    expect(Array.isArray(JSON.parse((await run(['--json', 'ferry-strike.txt'])).stdout))).toBe(false);
    expect(JSON.parse((await run(['--format', 'json', 'ferry-strike.txt', 'orchard-frost.txt'])).stdout)).toHaveLength(2);
  });

  test('ndjson gives one object per line', async () => {
    const { stdout } = await run(['--format', 'ndjson', 'ferry-strike.txt', 'library-budget.md']);
    expect(parseLines(stdout).map((r) => r.source)).toEqual(['ferry-strike.txt', 'library-budget.md']);
  });

  test('same input, same bytes', async () => {
    const a = await run(['--json', 'news', 'ferry-strike.txt']);
    const b = await run(['--json', 'news', 'ferry-strike.txt']);
    expect(a.stdout).toBe(b.stdout);
  });

  test('--reference-date reaches the result', async () => {
    const { stdout } = await run(['--json', '-r', '2017-05-17', 'ferry-strike.txt']);
    expect((JSON.parse(stdout) as AnalysisResult).referenceDate).toBe('2017-05-17');
  });

  test('every span of the JSON output slices back to the analyzed text', async () => {
    const texts: Record<string, string> = { ...ARTICLES, 'page.html': HTML_ARTICLE_EXTRACTED, 'bom.txt': ARTICLES['orchard-frost.txt']! };
    const { stdout } = await run(['--format', 'ndjson', ...Object.keys(texts)]);
    for (const record of parseLines(stdout) as unknown as AnalysisResult[]) {
      expect(spanViolations(record, texts[record.source]!), record.source).toEqual([]);
    }
  });

  test('the table fits the terminal width it is given', async () => {
    for (const columns of [60, 80, 100]) {
      const { stdout } = await run(['ferry-strike.txt', 'library-budget.md'], { columns });
      for (const line of stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(columns);
    }
  });
});

describe('colour', () => {
  test.each([
    [{ flag: undefined, env: {}, stdoutIsTTY: true, toFile: false }, true],
    [{ flag: undefined, env: {}, stdoutIsTTY: false, toFile: false }, false],
    [{ flag: undefined, env: { NO_COLOR: '1' }, stdoutIsTTY: true, toFile: false }, false],
    [{ flag: undefined, env: { NO_COLOR: '' }, stdoutIsTTY: true, toFile: false }, true],
    [{ flag: undefined, env: { FORCE_COLOR: '1' }, stdoutIsTTY: false, toFile: false }, true],
    [{ flag: undefined, env: { FORCE_COLOR: '0' }, stdoutIsTTY: true, toFile: false }, false],
    [{ flag: undefined, env: { TERM: 'dumb' }, stdoutIsTTY: true, toFile: false }, false],
    [{ flag: false, env: { FORCE_COLOR: '1' }, stdoutIsTTY: true, toFile: false }, false],
    [{ flag: true, env: { NO_COLOR: '1' }, stdoutIsTTY: false, toFile: false }, true],
    [{ flag: undefined, env: { FORCE_COLOR: '1' }, stdoutIsTTY: true, toFile: true }, false],
  ])('%j → %s', (inputs, expected) => {
    expect(shouldColor(inputs)).toBe(expected);
  });

  test.each([
    [[], { stdoutIsTTY: true }, true],
    [[], { stdoutIsTTY: false }, false],
    [[], { stdoutIsTTY: true, env: { NO_COLOR: '1' } }, false],
    [['--no-color'], { stdoutIsTTY: true }, false],
    [['--color'], { stdoutIsTTY: false }, true],
    [[], { stdoutIsTTY: false, env: { FORCE_COLOR: '1' } }, true],
    [['--json'], { stdoutIsTTY: true }, false],
  ] as const)('%j with %j', async (flags, options, coloured) => {
    const { stdout } = await run([...flags, 'ferry-strike.txt'], options);
    expect(stdout.includes(ESC)).toBe(coloured);
  });
});

describe('output', () => {
  test('--output writes the file through FILE.tmp and prints nothing', async () => {
    const { code, stdout } = await run(['--json', '--output', 'out.json', 'ferry-strike.txt']);
    expect([code, stdout]).toEqual([0, '']);
    expect((JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as AnalysisResult).source).toBe('ferry-strike.txt');
    expect(existsSync(join(dir, 'out.json.tmp'))).toBe(false);
  });

  test('--output keeps the old file when the only input fails', async () => {
    writeFileSync(join(dir, 'keep.json'), 'old');
    const { code } = await run(['--json', '--output', 'keep.json', 'gone.txt']);
    expect(code).toBe(2);
    expect(readFileSync(join(dir, 'keep.json'), 'utf8')).toBe('old');
    expect(existsSync(join(dir, 'keep.json.tmp'))).toBe(false);
  });

  test('a reader that goes away (EPIPE) stops the run quietly with exit 0', async () => {
    const { code, stderr, fake } = await run(['--format', 'ndjson', 'news', 'ferry-strike.txt', 'orchard-frost.txt'], { closeStdoutAfterWrites: 1 });
    expect([code, stderr]).toEqual([0, '']);
    expect(fake.stdout().split('\n')).toHaveLength(2);
  });

  test('a write error other than a closed pipe is reported in one line, exit 2', async () => {
    const failing = new Writable({
      write(_chunk, _encoding, done) {
        done(Object.assign(new Error('write EIO'), { code: 'EIO' }));
      },
    });
    const fake = fakeIo({ cwd: dir });
    const code = await main(['--format', 'ndjson', 'ferry-strike.txt', 'orchard-frost.txt'], { ...fake.io, stdout: failing });
    expect([code, fake.stderr()]).toEqual([2, 'analyze: cannot write output: write EIO\n']);
  });

  test('a slow reader gets the whole output (backpressure)', async () => {
    const paths = ['news', ...Object.keys(ARTICLES), 'page.html'];
    const fast = await run(['--format', 'ndjson', ...paths]);
    const slow = await run(['--format', 'ndjson', ...paths], { slowStdout: true });
    expect(slow.code).toBe(0);
    expect(slow.stdout).toBe(fast.stdout);
  });
});

describe('parseByteSize', () => {
  test.each([
    ['1000', 1000],
    ['50M', 50 * 1024 * 1024],
    ['50MB', 50 * 1024 * 1024],
    ['512k', 512 * 1024],
    ['1G', 1024 ** 3],
  ])('%s → %d', (text, bytes) => {
    expect(parseByteSize(text)).toBe(bytes);
  });

  test.each(['0', '-5', '1.5M', 'M', '', '1T'])('%j is refused', (text) => {
    expect(() => parseByteSize(text)).toThrow('--max-bytes');
  });
});

describe('property: every span of the output slices back to its input', () => {
  /** A small deterministic generator (LCG): the same documents on every run. */
  function generator(seed: number) {
    let state = seed >>> 0;
    const next = () => {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      return state / 2 ** 32;
    };
    return <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  }

  const PIECES = [
    '"We will rebuild," said Nora Bell.', '“It is too early,” the ministry said.', 'Officials counted 1,250 homes.',
    'Prices rose 4.5 percent in March 2021.', 'About $3.2 million was spent last year.', 'According to Omar Diaz, the plan failed.',
    'He said: "Not again."', '«Jamais», a-t-elle dit.', 'The Port Board (TPB) met on Friday.', 'Ms. Vega called it "a scandal."',
    '\r\n', '\n\n', '\ufeff', '\u001b[31m', '\u202e', '\u200b', '📈', '""', '“', '’', '\t', '  ', 'Dr. Lee, 54, declined to comment.',
  ];

  test('300 generated documents through JSON Lines', async () => {
    const pick = generator(20240517);
    const texts = Array.from({ length: 300 }, () => Array.from({ length: 1 + Math.floor(pick([1, 2, 3, 5, 8, 13])) }, () => pick(PIECES)).join(pick([' ', '\n', '\n\n', ''])));
    const stdin = texts.map((text, i) => JSON.stringify({ id: String(i), text })).join('\n');
    const { code, stdout } = await run(['--input-format', 'jsonl', '--reference-date', '2022-06-01'], { stdin });
    expect(code).toBe(0);
    const records = parseLines(stdout) as unknown as AnalysisResult[];
    expect(records).toHaveLength(texts.length);
    for (const record of records) expect(spanViolations(record, texts[Number(record.id)]!), `document ${record.id}`).toEqual([]);
  });
});
