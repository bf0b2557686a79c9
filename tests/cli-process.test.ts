import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { AnalysisResult } from '../src/types.js';
import { ARTICLES, HTML_ARTICLE, HTML_ARTICLE_EXTRACTED } from './helpers/articles.js';
import { builtCli } from './helpers/build.js';
import { tempDir } from './helpers/fake-io.js';
import { spanViolations } from './helpers/spans.js';
import { ran, type Ran } from './helpers/spawned.js';

const PACKAGE = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

let bin: string;
let dir: string;

/** The environment of a plain non-interactive run: no colour forced either way. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  return env;
}

function runCli(args: string[], input?: string): Promise<Ran> {
  return ran(spawn(process.execPath, [bin, ...args], { cwd: dir, env: cleanEnv(), stdio: ['pipe', 'pipe', 'pipe'] }), input);
}

function runShell(script: string): Promise<Ran> {
  return ran(spawn('bash', ['-c', script], { cwd: dir, env: { ...cleanEnv(), ANALYZE: `${process.execPath} ${bin}` }, stdio: ['ignore', 'pipe', 'pipe'] }));
}

const MANY = 400;

beforeAll(() => {
  bin = builtCli();
  dir = tempDir('analyze-process-');
  for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(join(dir, name), text);
  mkdirSync(join(dir, 'mixed', 'sub'), { recursive: true });
  writeFileSync(join(dir, 'mixed', 'z.txt'), ARTICLES['ferry-strike.txt']!);
  writeFileSync(join(dir, 'mixed', 'a.md'), ARTICLES['library-budget.md']!);
  writeFileSync(join(dir, 'mixed', 'sub', 'page.html'), HTML_ARTICLE);
  writeFileSync(join(dir, 'mixed', 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0x00]));
  writeFileSync(join(dir, 'mixed', 'data.csv'), 'a,b\n1,2\n');
  const texts = Object.values(ARTICLES);
  const lines = Array.from({ length: MANY }, (_, i) => JSON.stringify({ id: `doc-${i}`, text: texts[i % texts.length] }));
  writeFileSync(join(dir, 'many.jsonl'), `${lines.join('\n')}\n`);
  // A text far bigger than any pipe buffer, for the slow-reader and early-close tests.
  writeFileSync(join(dir, 'big.txt'), `${'The council met again on Tuesday and said nothing new. '.repeat(40000)}\n`);
}, 120_000);

describe('node bin/analyze.js', () => {
  test('--version', async () => {
    expect(await runCli(['--version'])).toEqual({ code: 0, stdout: `${PACKAGE.version}\n`, stderr: '' });
  });

  test('an article as tables', async () => {
    const { code, stdout, stderr } = await runCli(['ferry-strike.txt']);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toContain('Title: ');
    expect(stdout).not.toContain('\u001b');
  });

  test('a missing file: one line, exit 2, no stack trace', async () => {
    expect(await runCli(['nope.txt'])).toEqual({ code: 2, stdout: '', stderr: 'analyze: nope.txt: no such file\n' });
  });

  test('stdin piped in', async () => {
    const { code, stdout } = await runCli(['--json'], ARTICLES['orchard-frost.txt']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as AnalysisResult;
    expect(result.source).toBe('-');
    expect(spanViolations(result, ARTICLES['orchard-frost.txt']!)).toEqual([]);
  });

  test('a directory of mixed files: the articles only, sorted, every span true', async () => {
    const { code, stdout, stderr } = await runCli(['--json', 'mixed']);
    expect(code).toBe(0);
    // Only the batch's summary on stderr, never mixed into stdout.
    expect(stderr).toMatch(/^analyze: 3 documents, \d+ quotes, 0 errors, \d+\.\d s\n$/);
    const results = JSON.parse(stdout) as AnalysisResult[];
    expect(results.map((r) => r.source)).toEqual(['mixed/a.md', 'mixed/sub/page.html', 'mixed/z.txt']);
    const texts = [ARTICLES['library-budget.md']!, HTML_ARTICLE_EXTRACTED, ARTICLES['ferry-strike.txt']!];
    results.forEach((r, i) => expect(spanViolations(r, texts[i]!)).toEqual([]));
  });

  test('JSON Lines in: one line out per document, same ids, same order', async () => {
    const { code, stdout } = await runCli(['many.jsonl']);
    expect(code).toBe(0);
    const ids = stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as AnalysisResult).id);
    expect(ids).toEqual(Array.from({ length: MANY }, (_, i) => `doc-${i}`));
  });

  test('| head -1 exits quietly: no stack trace, exit status 0', async () => {
    const { stdout, stderr } = await runShell('$ANALYZE --format ndjson many.jsonl | head -1; echo "status=${PIPESTATUS[0]}" >&2');
    expect(stdout.split('\n')).toHaveLength(2);
    expect(stderr).toBe('status=0\n');
    const table = await runShell('$ANALYZE --print-text big.txt mixed | head -c 100 > /dev/null; echo "status=${PIPESTATUS[0]}" >&2');
    expect(table.stderr).toBe('status=0\n');
  });

  test('the reader closing stdout early: no stack trace', async () => {
    const child = spawn(process.execPath, [bin, '--format', 'ndjson', 'many.jsonl'], { cwd: dir, env: cleanEnv() });
    const err: Buffer[] = [];
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(Buffer.concat(err).toString()).toBe('');
    expect(code).toBe(0);
  });

  test('a slow reader still gets all of a large output', async () => {
    const child = spawn(process.execPath, [bin, '--print-text', 'big.txt'], { cwd: dir, env: cleanEnv() });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => {
      chunks.push(b);
      if (chunks.length % 8 === 0) {
        child.stdout.pause();
        setTimeout(() => child.stdout.resume(), 20);
      }
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(Buffer.concat(chunks).equals(readFileSync(join(dir, 'big.txt')))).toBe(true);
  });
});
