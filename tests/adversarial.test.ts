import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { decodeBytes } from '../src/cli/decode.js';
import { loadEngine } from '../src/cli/engine.js';
import { main } from '../src/cli/main.js';
import type { AnalysisResult } from '../src/types.js';
import { BUDGET, describeCost, measure, type Measured } from './helpers/budget.js';
import { builtCli } from './helpers/build.js';
import { fakeIo, tempDir, type FakeIoOptions } from './helpers/fake-io.js';
import { pick, prng, randomBytes } from './helpers/prng.js';
import { resultErrors } from './helpers/schema.js';
import { spanViolations } from './helpers/spans.js';

// Issue 9: bad input of every kind finishes with a result or a one-line error, never a stack trace
// or a hang, and every span in a result slices back to its text. The corpus is generated here
// (seeded, so every run reads the same bytes); all of its wording is invented.
//
// Cases marked [heavy] read megabytes. They run in CI like the others: together they take about
// half of this file's time. Time and heap are measured only to fail on gross violations (BUDGET:
// 10 s, 256 MB kept), several times what a healthy run takes on the 2-core CI machine.

const HEAVY_TIMEOUT = 60_000;
const KB = 1024;
const MB = 1024 * 1024;

/** `unit` repeated to exactly `length` UTF-16 units. */
function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

const WORDS = [
  'council', 'harbor', 'Mara', 'Quint', 'said', 'the', 'plan', 'would', 'cost', 'million', 'Tuesday', 'Port',
  'Ellis', 'ferry', 'crews', 'Ruth', 'Addo', 'told', 'reporters', 'bridge', 'repair', 'budget', 'Authority', 'of',
];

/** Seeded words and names with spaces only: no punctuation, no line break. */
function wordsWithoutPunctuation(length: number): string {
  const next = prng(9001);
  const words: string[] = [];
  let size = 0;
  while (size < length) {
    const w = pick(next, WORDS);
    words.push(w);
    size += w.length + 1;
  }
  return words.join(' ').slice(0, length);
}

const QUOTE_KINDS = ['"', '“', '”', '«', "'", '``'] as const;
const EVERY_MARK = ['"', '“', '”', '‘', '’', '«', '»', '‹', '›', '„', '‚', "'", '`', '``', "''", '「', '」'];

/** Seeded quote marks of every kind, nothing else. */
function onlyQuoteMarks(count: number): string {
  const next = prng(77);
  return Array.from({ length: count }, () => pick(next, EVERY_MARK)).join('');
}

/** A news clause repeated into one line of `length` units: names, cues, quotes, figures, dates. */
function oneLine(length: number): string {
  const clause =
    '"We will appeal," said Mara Quint of the Harbor Authority, who paid $4.5 million on Tuesday, up 12 percent from 2021; ' +
    'Ruth Addo told reporters the ferry "would not wait" and ';
  return repeatTo(clause, length);
}

/** Attributed quotes, one short paragraph each: a very long article. */
function manyAttributedQuotes(length: number): string {
  const paragraph = '"We will appeal," said Mara Quint, the council\'s transport chair. She said the repair cost $4 million in 2021.\n\n';
  return repeatTo(paragraph, length);
}

interface Case {
  name: string;
  build: () => string;
  heavy?: boolean;
}

const ANALYZE_CASES: Case[] = [
  { name: '1 MB of ". "', build: () => repeatTo('. ', MB), heavy: true },
  { name: '200 KB of words without any punctuation', build: () => wordsWithoutPunctuation(200 * KB) },
  ...QUOTE_KINDS.map((mark) => ({ name: `100,000 × ${mark}`, build: () => mark.repeat(100_000) })),
  ...QUOTE_KINDS.map((mark) => ({ name: `100,000 × ${mark} between words`, build: () => repeatTo(`${mark}word `, 100_000 * (mark.length + 5)) })),
  {
    name: '100,000 alternating "word and word" tokens',
    build: () => Array.from({ length: 100_000 }, (_, i) => (i % 2 === 0 ? '"word' : 'word"')).join(' '),
  },
  { name: 'NUL characters in names, quotes and numbers', build: () => repeatTo('Mara\u0000Quint said \u0000"we\u0000 will" on\u0000Tuesday, $4\u00005 million.\n', 200 * KB) },
  {
    name: 'right-to-left overrides and zero-width characters in names and quotes',
    build: () => repeatTo('Mara \u202eQuint\u202c said\u200b "we\u200d will \u2066appeal\u2069," and Ruth\u200bAddo\ufeff agreed\u200f.\n\n', 200 * KB),
  },
  {
    name: 'ANSI escape sequences around names, quotes and figures',
    build: () => repeatTo('\u001b[31mMara Quint\u001b[0m said "\u001b[2J\u001b[Hwe will\u001b]0;title\u0007" on Tuesday, \u001b[1m$4 million\u001b[0m.\n', 200 * KB),
  },
  { name: 'a single 5 MB line of news clauses', build: () => oneLine(5 * MB), heavy: true },
  { name: 'an empty text', build: () => '' },
  { name: 'only whitespace of every kind', build: () => repeatTo(' \t\n\r\n\u00a0\u2003\u2028\u2029\u3000\u000b\u000c\u0085', 100 * KB) },
  { name: 'only quote marks of every kind', build: () => onlyQuoteMarks(100_000) },
  { name: 'unbalanced quotes: openers never closed', build: () => repeatTo('“We will appeal, said Mara Quint. «The ferry ‘will not wait, Ruth Addo said.\n\n', 300 * KB) },
  { name: 'unbalanced quotes: closers never opened', build: () => repeatTo('We will appeal,” said Mara Quint. The ferry will not wait» ’Ruth Addo said.\n\n', 300 * KB) },
  { name: 'quote marks nested 50,000 deep', build: () => '“a ‘b '.repeat(50_000) + '’ ”'.repeat(50_000) },
  { name: 'lone surrogates and combining marks', build: () => repeatTo('Mara\ud800 Quint\udfff said "e\u0301\u0301\u0301" \ud83d\ude00 $4\u0301.\n', 200 * KB) },
  { name: 'CR line ends only, U+2028 line separators, NBSP between words', build: () => repeatTo('Mara\u00a0Quint said "we will."\rRuth Addo agreed.\u2028', 200 * KB) },
  // Found by this corpus and fixed (each was a crash or minutes of work):
  { name: 'a run of 100,000 title words ("Dr. Dr. …")', build: () => 'Dr. '.repeat(100_000) },
  { name: 'numbers with no space for 400 KB ("1,000,1,000,…")', build: () => repeatTo('1,000,', 400 * KB) },
  { name: '500,000 one-letter lines', build: () => 'a\n'.repeat(500_000), heavy: true },
  { name: '200,000 boilerplate paragraphs ("Read more")', build: () => 'Read more\n\n'.repeat(200_000), heavy: true },
  { name: 'a sentence of 300,000 tokens after an initial ("J.K.")', build: () => `The book by J.K. Rowling ${'and more words here '.repeat(60_000)}` },
  { name: '1 MB of attributed quotes, one per paragraph', build: () => manyAttributedQuotes(MB), heavy: true },
  // Fails until src/pipeline/quotes.ts stops spreading a paragraph's quotes into push() (a
  // RangeError past ~120,000 quotes in one paragraph).
  { name: '150,000 one-word quotes in one paragraph', build: () => '"a" '.repeat(150_000) },
];

/** Offsets are truth, the shape is the schema's. */
function expectSound(result: AnalysisResult, text: string): void {
  expect(spanViolations(result, text)).toEqual([]);
  expect(resultErrors(result)).toEqual([]);
}

function expectWithinBudget(m: Measured<unknown>): void {
  expect(m.ms, describeCost(m)).toBeLessThan(BUDGET.ms);
  expect(m.heapGrowth, describeCost(m)).toBeLessThan(BUDGET.heapBytes);
}

describe('analyze() on adversarial text: a result, sound spans, within budget', () => {
  it.each(ANALYZE_CASES.map((c) => [c.heavy ? `[heavy] ${c.name}` : c.name, c] as const))(
    '%s',
    async (_name, c) => {
      const text = c.build();
      const m = await measure(() => analyze(text, { source: 'adversarial.txt' }));
      expectWithinBudget(m);
      expectSound(m.value, text);
    },
    HEAVY_TIMEOUT,
  );
});

/** Every stderr line is one `analyze: …` message: no stack frame, no multi-line dump. */
function expectOneLineMessages(stderr: string): void {
  for (const line of stderr.split('\n').filter((l) => l !== '')) {
    expect(line).toMatch(/^analyze: /u);
  }
}

async function cli(argv: string[], options: FakeIoOptions): Promise<{ code: number; stdout: string; stderr: string }> {
  const fake = fakeIo(options);
  const code = await main(argv, fake.io);
  return { code, stdout: fake.stdout(), stderr: fake.stderr() };
}

/** The command as a reader runs it, its result checked against the text the CLI decoded. */
async function cliJson(bytes: Buffer): Promise<{ stderr: string; result: AnalysisResult; text: string; cost: Measured<unknown> }> {
  const m = await measure(() => cli(['--json', '-'], { stdin: bytes }));
  const { code, stdout, stderr } = m.value;
  expectOneLineMessages(stderr);
  expect(code, stderr).toBe(0);
  return { stderr, result: JSON.parse(stdout) as AnalysisResult, text: decodeBytes(bytes).text, cost: m };
}

describe('the analyze command on adversarial bytes (in-process, through decoding)', () => {
  beforeAll(async () => {
    await loadEngine();
  });

  it('[heavy] 1 MB of random bytes: NULs among them, refused as binary in one line', async () => {
    const bytes = randomBytes(20261128, MB);
    expect(bytes.subarray(0, 8192).includes(0)).toBe(true);
    const m = await measure(() => cli(['--json', '-'], { stdin: bytes }));
    expectWithinBudget(m);
    expect(m.value).toEqual({ code: 2, stdout: '', stderr: 'analyze: <stdin>: binary file, not text\n' });
  });

  it('[heavy] 1 MB of random bytes without NUL: read as Windows-1252 with one warning, analyzed', async () => {
    const bytes = randomBytes(20261128, MB).map((b) => (b === 0 ? 0x20 : b));
    const { stderr, result, text, cost } = await cliJson(Buffer.from(bytes));
    expectWithinBudget(cost);
    expect(stderr).toBe('analyze: <stdin>: not valid UTF-8; read as Windows-1252\n');
    expectSound(result, text);
  }, HEAVY_TIMEOUT);

  it('200 KB of random code points as valid UTF-8, surrogate pairs included', async () => {
    const next = prng(4242);
    const chars: string[] = [];
    for (let i = 0; i < 100_000; i++) {
      let cp = Math.floor(next() * 0x110000);
      if (cp >= 0xd800 && cp <= 0xdfff) cp = 0x20;
      if (cp === 0) cp = 0x2e;
      chars.push(String.fromCodePoint(cp));
    }
    const { stderr, result, text } = await cliJson(Buffer.from(chars.join(''), 'utf8'));
    expect(stderr).toBe('');
    expectSound(result, text);
  });

  it('a NUL byte in the first 8 KB is a binary file; one after it is text', async () => {
    const early = Buffer.from(`Mara Quint said "yes."\u0000 ${'The ferry ran late. '.repeat(10)}`);
    expect(await cli(['--json', '-'], { stdin: early })).toEqual({ code: 2, stdout: '', stderr: 'analyze: <stdin>: binary file, not text\n' });
    const late = Buffer.from(`${'The ferry ran late. '.repeat(500)}Mara Quint said "yes."\u0000 and left.`);
    const { result, text } = await cliJson(late);
    expectSound(result, text);
    expect(result.quotes.map((q) => q.text)).toContain('yes.');
  });

  it('an empty input and a whitespace-only input give an empty result', async () => {
    for (const stdin of ['', ' \r\n\t\r\n \u00a0\n']) {
      const { stderr, result, text } = await cliJson(Buffer.from(stdin, 'utf8'));
      expect(stderr).toBe('');
      expectSound(result, text);
      expect([result.quotes, result.people, result.figures, result.dates]).toEqual([[], [], [], []]);
    }
  });

  it('ANSI sequences, bidirectional overrides and controls reach the table escaped, never raw', async () => {
    const article = 'PORT ELLIS — "We will \u001b[2J\u001b[Happeal, \u202eagain\u202c," said Mara Quint, the \u0007council\'s chair, on Tuesday.\u0085 It will cost $4\u001b[31m million.\n';
    const { code, stdout, stderr } = await cli(['-'], { stdin: Buffer.from(article, 'utf8'), env: { COLUMNS: '120' } });
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toContain('\\x1b[2J');
    expect(stdout).toContain('\\u202e');
    // Nothing that drives a terminal: no C0/C1 control but the line feed, no bidirectional control.
    expect(stdout.replaceAll('\n', '')).not.toMatch(/[\p{Cc}\p{Bidi_Control}]/u);
  });

  it('an input over --max-bytes is refused in one line, whatever it holds', async () => {
    const bytes = randomBytes(7, 64 * KB);
    const { code, stdout, stderr } = await cli(['--max-bytes', '32K', '-'], { stdin: bytes });
    expect([code, stdout, stderr]).toEqual([2, '', 'analyze: <stdin>: too large (over --max-bytes 32768)\n']);
  });

  it('adversarial lines in a JSON Lines batch: each a result or an error record, in order', async () => {
    const lines = [
      JSON.stringify({ id: 'quotes', text: '"'.repeat(10_000) }),
      JSON.stringify({ id: 'nul', text: 'Mara\u0000Quint said "yes."' }),
      JSON.stringify({ id: 'ansi', text: '\u001b[2J"Hi," said Mara Quint.' }),
      '{"id": "cut", "text": "We will',
      JSON.stringify({ id: 'empty', text: '' }),
    ];
    const { code, stdout, stderr } = await cli(['--input-format', 'jsonl', '-'], { stdin: `${lines.join('\n')}\n` });
    expectOneLineMessages(stderr);
    expect(code).toBe(2);
    const records = stdout.trim().split('\n').map((l) => JSON.parse(l) as { id?: string; error?: unknown });
    expect(records.map((r) => [r.id ?? null, 'error' in r])).toEqual([
      ['quotes', false], ['nul', false], ['ansi', false], [null, true], ['empty', false],
    ]);
  });
});

describe('the built command with its heap capped at 256 MB', () => {
  // The in-process budget sees the heap a run keeps, not its peak; a child process whose V8 heap is
  // capped fails outright if the peak ever needs more. Time is held to the budget in-process above;
  // here the bound only catches a hang (a cramped heap collects more often, and the files run in
  // parallel on two cores).
  it('[heavy] a single 5 MB line as JSON, written with --output', () => {
    const bin = builtCli();
    const dir = tempDir();
    try {
      const input = join(dir, 'line.txt');
      const output = join(dir, 'line.json');
      const text = oneLine(5 * MB);
      writeFileSync(input, text);
      const run = spawnSync(process.execPath, ['--max-old-space-size=256', bin, '--json', '--output', output, input], {
        encoding: 'utf8',
        timeout: HEAVY_TIMEOUT,
      });
      expect([run.status, run.signal, run.stderr.slice(0, 400)]).toEqual([0, null, '']);
      const result = JSON.parse(readFileSync(output, 'utf8')) as AnalysisResult;
      expect(result.quotes.length).toBeGreaterThan(10_000);
      expect(spanViolations(result, text)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, HEAVY_TIMEOUT * 2);
});
