import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { diffText } from '../src/cli/check/report/diff-text.js';
import { LEGEND } from '../src/cli/check/report/text.js';
import { compareResults } from '../src/cli/check/compare.js';
import { locator } from '../src/cli/check/location.js';
import type { JsonObject } from '../src/cli/check/values.js';
import { main } from '../src/cli/main.js';
import { ARTICLES, HTML_ARTICLE } from './helpers/articles.js';
import { fakeIo, tempDir } from './helpers/fake-io.js';
import { harborResult, HARBOR_TEXT } from './helpers/invented.js';

/** A fresh folder per test: news/ with three invented articles, two of them with expected files. */
let dir: string;

async function run(argv: string[]) {
  const fake = fakeIo({ cwd: dir });
  const code = await main(argv, fake.io);
  return { code, stdout: fake.stdout(), stderr: fake.stderr() };
}

function expectedPath(name: string): string {
  return join(dir, 'news', name.replace(/\.\w+$/u, '.expected.json'));
}

/** What `analyze --format json news/NAME` prints: the contract an expected file holds. */
async function writeExpected(name: string): Promise<void> {
  const { code, stdout } = await run(['--format', 'json', `news/${name}`]);
  expect(code).toBe(0);
  writeFileSync(expectedPath(name), stdout);
}

function editExpected(name: string, edit: (result: JsonObject) => void): void {
  const result = JSON.parse(readFileSync(expectedPath(name), 'utf8')) as JsonObject;
  edit(result);
  writeFileSync(expectedPath(name), `${JSON.stringify(result, null, 2)}\n`);
}

beforeEach(async () => {
  dir = tempDir('analyze-check-');
  mkdirSync(join(dir, 'news'));
  writeFileSync(join(dir, 'news', 'ferry-strike.txt'), ARTICLES['ferry-strike.txt']!);
  writeFileSync(join(dir, 'news', 'library-budget.md'), ARTICLES['library-budget.md']!);
  writeFileSync(join(dir, 'news', 'orchard-frost.txt'), ARTICLES['orchard-frost.txt']!);
  await writeExpected('ferry-strike.txt');
  await writeExpected('library-budget.md');
});

describe('analyze check: exit codes', () => {
  test('0 when every article matches; one without an expected file is listed as skipped', async () => {
    const { code, stdout, stderr } = await run(['check', 'news']);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toBe(
      [
        'ok      news/ferry-strike.txt',
        'ok      news/library-budget.md',
        'skip    news/orchard-frost.txt: no news/orchard-frost.expected.json',
        '',
        '3 articles: 2 passed, 0 failed, 1 skipped, 0 errors',
        '',
      ].join('\n'),
    );
  });

  test('a page or front matter that dates itself is checked against that date, as analyze reads it', async () => {
    writeFileSync(
      join(dir, 'news', 'pier.md'),
      '---\ntitle: Pier Reopens\ndate: 2024-06-12\n---\n\nThe pier reopened yesterday, the harbor office said.\n',
    );
    await writeExpected('pier.md');
    const expected = JSON.parse(readFileSync(expectedPath('pier.md'), 'utf8')) as { referenceDate: string; dates: { value: string }[] };
    expect([expected.referenceDate, expected.dates.map((d) => d.value)]).toEqual(['2024-06-12', ['2024-06-11']]);
    const { code, stdout } = await run(['check', 'news/pier.md']);
    expect([code, stdout.split('\n')[0]]).toEqual([0, 'ok      news/pier.md']);
  });

  test('1 when an article differs, with a diff grouped by kind', async () => {
    editExpected('ferry-strike.txt', (r) => {
      const figures = r.figures as JsonObject[];
      figures[0]!.value = 1;
      (r.quotes as JsonObject[]).pop();
      r.title = 'An older headline';
    });
    const { code, stdout } = await run(['check', 'news']);
    expect(code).toBe(1);
    expect(stdout).toContain('FAIL    news/ferry-strike.txt: 3 changes from news/ferry-strike.expected.json\n');
    expect(stdout).toMatch(/\n {2}quotes and speakers\n {4}\+ quote \d+–\d+ "/u);
    expect(stdout).toMatch(/\n {2}figures\n {4}~ figure \d+–\d+ "[^"\n]*1,200"\n {8}value: 1 → 1200\n/u);
    expect(stdout).toContain('\n  document\n    ~ title\n        "An older headline" → "Ferry crews walk out over night-shift pay"\n');
    expect(stdout).toContain(`\n${LEGEND}\n3 articles: 1 passed, 1 failed, 1 skipped, 0 errors\n`);
  });

  test('2 when an expected file is not valid JSON, or an article cannot be read', async () => {
    writeFileSync(expectedPath('ferry-strike.txt'), '{"schemaVersion": 1,');
    writeFileSync(join(dir, 'news', 'scan.txt'), Buffer.from([0x47, 0x49, 0x46, 0x00, 0x01]));
    writeFileSync(expectedPath('scan.txt'), '{}');
    const { code, stdout } = await run(['check', 'news']);
    expect(code).toBe(2);
    expect(stdout).toMatch(/^ERROR {3}news\/ferry-strike\.txt: news\/ferry-strike\.expected\.json: not valid JSON \(/mu);
    expect(stdout).toContain('ERROR   news/scan.txt: binary file, not text\n');
    expect(stdout).toContain('4 articles: 1 passed, 0 failed, 1 skipped, 2 errors');
  });

  test('--help explains the expected files and exits 0', async () => {
    const { code, stdout } = await run(['check', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: analyze check [options] [paths...]');
    expect(stdout).toContain('Exit codes: 0 all hold, 1 an article differs, 2 an article or expected file');
  });

  test('2 for a path that does not exist, and a usage error for standard input', async () => {
    expect((await run(['check', 'gone'])).code).toBe(2);
    expect(await run(['check', '-'])).toMatchObject({ code: 2, stdout: '', stderr: 'analyze: check reads article files; standard input has no expected file beside it\n' });
  });
});

describe('analyze check --update', () => {
  test('rewrites the files that differ to exactly what analyze --format json prints', async () => {
    const good = readFileSync(expectedPath('ferry-strike.txt'), 'utf8');
    editExpected('ferry-strike.txt', (r) => {
      r.people = [];
    });
    const updated = await run(['check', '--update', 'news']);
    expect(updated.code).toBe(0);
    expect(updated.stdout).toMatch(/^UPDATED news\/ferry-strike\.txt: \d+ changes? written to news\/ferry-strike\.expected\.json\n {2}people\n {4}\+ person "/mu);
    expect(readFileSync(expectedPath('ferry-strike.txt'), 'utf8')).toBe(good);
    expect(existsSync(`${expectedPath('ferry-strike.txt')}.tmp`)).toBe(false);
    expect((await run(['check', 'news'])).code).toBe(0);
  });

  test('replaces an expected file that is not JSON, and creates none that is missing', async () => {
    writeFileSync(expectedPath('library-budget.md'), 'not json');
    const { code } = await run(['check', '--update', 'news']);
    expect(code).toBe(0);
    expect(JSON.parse(readFileSync(expectedPath('library-budget.md'), 'utf8'))).toMatchObject({ source: 'news/library-budget.md' });
    expect(existsSync(expectedPath('orchard-frost.txt'))).toBe(false);
  });
});

describe('analyze check --format github', () => {
  test('one ::error per change, at the line and column of its span', async () => {
    editExpected('ferry-strike.txt', (r) => {
      (r.figures as JsonObject[])[0]!.value = 1;
    });
    const { code, stdout } = await run(['check', '--format', 'github', 'news']);
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split('\n');
    const error = lines.find((l) => l.startsWith('::error '));
    const match = /^::error file=news\/ferry-strike\.txt,line=(\d+),col=(\d+),title=analyze check%3A figures::changed: figure (\d+)–\d+ "([^"]*1,200)"%0Avalue: 1 → 1200%0A\(expected: news\/ferry-strike\.expected\.json\)$/u.exec(error ?? '');
    expect(match, error).not.toBeNull();
    const [line, col, start] = match!.slice(1, 4).map(Number);
    const figure = match![4]!;
    const text = ARTICLES['ferry-strike.txt']!;
    expect(text.slice(start).startsWith(figure)).toBe(true);
    expect(text.split('\n')[line! - 1]!.slice(col! - 1).startsWith(figure)).toBe(true);
    expect(lines).toContain('::notice file=news/orchard-frost.txt,title=analyze check%3A skipped::no news/orchard-frost.expected.json');
    expect(lines.at(-1)).toBe('3 articles: 1 passed, 1 failed, 1 skipped, 0 errors');
  });

  test('HTML: offsets count the extracted text, so the annotation names the file only', async () => {
    writeFileSync(join(dir, 'news', 'page.html'), HTML_ARTICLE);
    await writeExpected('page.html');
    editExpected('page.html', (r) => {
      r.quotes = [];
    });
    const { stdout } = await run(['check', '--format', 'github', 'news/page.html']);
    expect(stdout).toMatch(/^::error file=news\/page\.html,title=analyze check%3A quotes and speakers::added: quote/mu);
  });
});

describe('analyze check --format junit', () => {
  test('one testcase per article: failure, skipped and error as JUnit has them', async () => {
    editExpected('ferry-strike.txt', (r) => {
      r.dates = [];
    });
    writeFileSync(expectedPath('library-budget.md'), '[]');
    const { code, stdout } = await run(['check', '--format', 'junit', 'news']);
    expect(code).toBe(2);
    expect(stdout.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="analyze check" tests="3" failures="1" errors="1" skipped="1">')).toBe(true);
    const cases = [...stdout.matchAll(/<testcase [^>]*name="([^"]+)"[^>]*?(\/>|>([\s\S]*?)<\/testcase>)/gu)].map((m) => [m[1], (m[3] ?? '').trim().split(/[\s>]/u)[0]]);
    expect(cases).toEqual([
      ['news/ferry-strike.txt', '<failure'],
      ['news/library-budget.md', '<error'],
      ['news/orchard-frost.txt', '<skipped'],
    ]);
    expect(stdout).toMatch(/<failure type="mismatch" message="\d+ changes? from news\/ferry-strike\.expected\.json">dates\n {2}\+ date/u);
    expect(stdout).toContain('<error type="error" message="news/library-budget.expected.json: not an analysis result (one JSON object)"/>');
    expect(stdout.trimEnd().endsWith('</testsuites>')).toBe(true);
  });

  test('text that XML cannot hold is escaped', async () => {
    writeFileSync(join(dir, 'news', 'odd.txt'), '"Stop \u0001 now & <then>," said Ada Lunn.');
    await writeExpected('odd.txt');
    editExpected('odd.txt', (r) => {
      r.quotes = [];
    });
    const { stdout } = await run(['check', '--format', 'junit', 'news/odd.txt']);
    expect(stdout).not.toContain('\u0001');
    expect(stdout).not.toMatch(/<then>/u);
  });
});

describe('paths', () => {
  test('the source is the path relative to the working directory, however it is given', async () => {
    for (const path of ['news/ferry-strike.txt', './news/ferry-strike.txt', join(dir, 'news', 'ferry-strike.txt')]) {
      const { code, stdout } = await run(['check', path]);
      expect([path, code, stdout.split('\n')[0]]).toEqual([path, 0, 'ok      news/ferry-strike.txt']);
    }
  });

  test('an expected file named directly (a shell glob) is not a target; another file is skipped', async () => {
    writeFileSync(join(dir, 'news', 'notes.json'), '{}');
    const { code, stdout } = await run(['check', 'news/ferry-strike.txt', 'news/ferry-strike.expected.json', 'news/notes.json']);
    expect(code).toBe(0);
    expect(stdout).toBe('ok      news/ferry-strike.txt\nskip    news/notes.json: not an article (.txt, .md, .html)\n\n2 articles: 1 passed, 0 failed, 1 skipped, 0 errors\n');
  });
});

describe('compareResults', () => {
  const base = () => JSON.parse(JSON.stringify(harborResult())) as JsonObject;
  type Edit = (r: JsonObject) => void;
  const list = (r: JsonObject, key: string) => r[key] as JsonObject[];

  test.each<[string, Edit, string]>([
    ['a quote whose end moved', (r) => void (list(r, 'quotes')[0]!.end = 249), 'quotes and speakers\n  ~ quote 216–249 "We cannot wait for another winter," → quote 216–250 "We cannot wait for another winter,"\n      end: 249 → 250\n'],
    ['a speaker lost', (r) => void (list(r, 'quotes')[1]!.speaker = null), 'quotes and speakers\n  ~ quote 301–320 "The steel is tired."\n      speaker: none → Mara Quint at 257–267, by continuation\n'],
    ['a role gained', (r) => void (list(r, 'people')[0]!.roles = []), 'people\n  ~ person "Mara Quint"\n      roles: +"the council\'s transport chair"\n'],
    ['a mention lost', (r) => void (list(r, 'people')[0]!.mentions = [(list(r, 'people')[0]!.mentions as JsonObject[])[0]!]), 'people\n  ~ person "Mara Quint"\n      mentions: +467–472\n'],
    ['an organization renamed', (r) => void (list(r, 'organizations')[0]!.name = 'Harbor Authority'), 'organizations\n  ~ organization "Harbor Authority" → organization "Harbor Authority of Port Ellis"\n      name: "Harbor Authority" → "Harbor Authority of Port Ellis"\n'],
    ['a place removed', (r) => void (r.places = []), 'places\n  + place "Port Ellis"\n      mentions 68–78\n'],
    ['a figure extra', (r) => void list(r, 'figures').push({ text: 'ten', start: 1, end: 4, value: 10, unit: null, counts: null, qualifier: null }), 'figures\n  - figure 1–4 "ten"\n      value 10\n'],
    ['a date value', (r) => void (list(r, 'dates')[0]!.value = null), 'dates\n  ~ date 103–110 "Tuesday"\n      value: none → "2023-11-14"\n'],
    ['the reference date', (r) => void (r.referenceDate = '2023-11-15'), 'document\n  ~ referenceDate\n      "2023-11-15" → "2023-11-14"\n'],
    ['an unknown field', (r) => void (r.extra = true), 'document\n  - extra\n      true → (absent)\n'],
    ['two dates swapped', (r) => void list(r, 'dates').reverse(), 'dates\n  ~ order of dates\n'],
  ])('%s', (_name, edit, diff) => {
    const expected = base();
    edit(expected);
    expect(diffText(compareResults(expected, base()))).toBe(diff);
  });

  test('equal results: nothing, whatever the key order', () => {
    const reordered = Object.fromEntries(Object.entries(base()).reverse()) as JsonObject;
    expect(compareResults(reordered, base())).toEqual([]);
  });

  test('every change has an offset inside the text, or none', () => {
    const expected = base();
    expected.quotes = [];
    expected.people = [];
    for (const change of compareResults(expected, base())) {
      expect(change.offset === null || (change.offset >= 0 && change.offset < HARBOR_TEXT.length)).toBe(true);
    }
  });
});

describe('locator', () => {
  test.each([
    ['abc', 0, { line: 1, column: 1 }],
    ['abc\ndef', 5, { line: 2, column: 2 }],
    ['a\r\nb', 3, { line: 2, column: 1 }],
    ['🎉x\ny', 2, { line: 1, column: 2 }],
    ['ab', 99, { line: 1, column: 3 }],
  ])('%j at %d', (text, offset, position) => {
    expect(locator(text)(offset)).toEqual(position);
  });
});
