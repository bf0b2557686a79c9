import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { analyze } from '../src/analyze.js';
import { analyzeHere } from '../src/cli/analysis.js';
import type { Document } from '../src/cli/documents.js';
import { loadEngine } from '../src/cli/engine.js';
import { main } from '../src/cli/main.js';
import { parseJobs } from '../src/cli/options.js';
import { maskMarkdown } from '../src/cli/markdown/mask.js';
import { Dispatcher, INLINE_LIMIT } from '../src/cli/parallel/dispatcher.js';
import { OrderedWindow } from '../src/cli/parallel/ordered-window.js';
import type { Analyzed } from '../src/cli/parallel/protocol.js';
import { progressLine, ProgressBar } from '../src/cli/progress.js';
import { summaryLine } from '../src/cli/summary.js';
import { FORMATTERS, type OutputRecord } from '../src/format/index.js';
import { builtCli } from './helpers/build.js';
import { fakeIo, tempDir } from './helpers/fake-io.js';
import { ran, type Ran } from './helpers/spawned.js';

/** Invented news sentences, combined by a fixed LCG into documents that differ from each other. */
const SENTENCES = [
  '"We will reopen the pier by spring," said Hana Mirel, the harbour director.',
  'The Port Calder Authority (PCA) said repairs would cost $12.5 million.',
  'About 3,400 boats used the marina last year, according to the authority.',
  'Mirel said the council would vote again on Thursday.',
  'Fares rose 6.5 percent in March 2022, the ferry company said.',
  '"Nobody told us the dock was unsafe," said Oren Tave, who runs a fish stall.',
  'The inquiry found that inspections stopped in November 2019.',
  'Tave called the delay "a slow insult to the whole quay."',
];

function inventedDocs(count: number): string[] {
  let state = 20240611;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state;
  };
  return Array.from({ length: count }, (_, i) => {
    const sentences = Array.from({ length: 3 + (next() % 6) }, () => SENTENCES[next() % SENTENCES.length]);
    return [`Harbour story number ${i + 1}`, '', ...sentences.map((s) => `${s}\n`)].join('\n');
  });
}

let bin: string;
let dir: string;

function runCli(args: string[]): Promise<Ran> {
  const env = { ...process.env };
  delete env.FORCE_COLOR;
  return ran(spawn(process.execPath, [bin, ...args], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] }));
}

const DOCS = inventedDocs(30);
/** Spawned runs share the machine with the rest of the suite: generous, and no timing asserted. */
const SPAWNED_TIMEOUT = 60_000;

beforeAll(() => {
  bin = builtCli();
  dir = tempDir('analyze-jobs-');
  const lines = DOCS.map((text, i) => JSON.stringify({ id: `h${i}`, text }));
  // A broken line in the middle: its error record must keep its place with any number of jobs.
  lines.splice(17, 0, '{"id": "broken", ');
  writeFileSync(join(dir, 'batch.jsonl'), `${lines.join('\n')}\n`);
  mkdirSync(join(dir, 'stories'));
  DOCS.forEach((text, i) => writeFileSync(join(dir, 'stories', `story-${String(i).padStart(2, '0')}.txt`), text));
}, 120_000);

describe('--jobs 2 gives the same bytes as --jobs 1 (spawned, built)', () => {
  test('JSON Lines: same NDJSON, in input order, the bad line in its place', async () => {
    const one = await runCli(['--jobs', '1', 'batch.jsonl']);
    const two = await runCli(['--jobs', '2', 'batch.jsonl']);
    expect([one.code, two.code]).toEqual([2, 2]);
    expect(two.stdout).toBe(one.stdout);
    const ids = two.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { id?: string }).id ?? null);
    expect(ids[17]).toBeNull();
    expect(ids.filter((id) => id !== null)).toEqual(DOCS.map((_, i) => `h${i}`));
    expect(two.stderr).toMatch(/\nanalyze: 31 documents, \d+ quotes, 1 error, \d+\.\d s\n$/);
  }, SPAWNED_TIMEOUT);

  test('a directory as JSON and as tables', async () => {
    for (const format of ['json', 'table']) {
      const one = await runCli(['--jobs', '1', '--format', format, 'stories']);
      const two = await runCli(['--jobs', '2', '--format', format, 'stories']);
      expect([one.code, two.code]).toEqual([0, 0]);
      expect(two.stdout).toBe(one.stdout);
    }
  }, SPAWNED_TIMEOUT);

  test('--jobs must be a whole number from 1', async () => {
    expect(await runCli(['--jobs', '0', 'stories'])).toEqual({ code: 2, stdout: '', stderr: 'analyze: --jobs must be a whole number from 1 to 256, got "0"\n' });
  }, SPAWNED_TIMEOUT);
});

function doc(text: string, id?: string): Document {
  return { kind: 'document', source: 'mem.jsonl', id, text, referenceDate: null };
}

/** A stand-in worker speaking the real protocol: it echoes, fails, or dies on cue words. */
function fakeWorker(body: string): URL {
  const file = join(tempDir('analyze-fake-worker-'), 'worker.mjs');
  writeFileSync(
    file,
    `import { parentPort } from 'node:worker_threads';
${body}
parentPort.on('message', (task) => {
  if (task.text.includes('THROW')) parentPort.postMessage({ kind: 'failed', seq: task.seq, message: 'stage exploded' });
  else if (task.text.includes('CRASH')) process.exit(3);
  else parentPort.postMessage({ kind: 'result', seq: task.seq, result: { source: task.source, id: task.id, echo: task.text } });
});
parentPort.postMessage({ kind: 'ready' });
`,
  );
  return pathToFileURL(file);
}

const echoHere = (d: Document): OutputRecord => ({ source: d.source, id: d.id, echo: `here:${d.text}` }) as unknown as OutputRecord;

/** The record of an analysis that was not asked for as a line. */
function recordOf(analyzed: Analyzed): OutputRecord {
  if (analyzed.kind !== 'record') throw new Error(`expected a record, got a ${analyzed.kind}`);
  return analyzed.record;
}

describe('Dispatcher', { timeout: SPAWNED_TIMEOUT }, () => {
  test('a failure inside a worker becomes that document\'s error record; the rest go on, in order', async () => {
    const dispatcher = new Dispatcher({ jobs: 2, analyzeHere: echoHere, workerScript: fakeWorker(''), inlineLimit: 0, helpWhileStarting: false });
    const texts = ['a', 'b THROW', 'c', 'd CRASH', 'e', 'f', 'g'];
    const records = (await Promise.all(texts.map((t, i) => dispatcher.analyze(doc(t, `d${i}`))))).map(recordOf);
    await dispatcher.close();
    expect(records[1]).toEqual({ source: 'mem.jsonl', id: 'd1', error: { code: 'internal', message: 'internal error: stage exploded' } });
    expect(records[3]).toEqual({ source: 'mem.jsonl', id: 'd3', error: { code: 'internal', message: 'internal error: worker thread stopped (exit code 3)' } });
    for (const i of [0, 2, 4, 5, 6]) expect((records[i] as unknown as { id: string }).id).toBe(`d${i}`);
    expect(records.filter((r) => 'error' in r)).toHaveLength(2);
  });

  test('workers that cannot start: this thread takes over, with one warning', async () => {
    const warnings: string[] = [];
    const script = fakeWorker("throw new Error('cannot load the model');");
    const dispatcher = new Dispatcher({ jobs: 2, analyzeHere: echoHere, workerScript: script, inlineLimit: 0, helpWhileStarting: false, warn: (m) => warnings.push(m) });
    const records = (await Promise.all(['x', 'y', 'z'].map((t) => dispatcher.analyze(doc(t))))).map(recordOf);
    await dispatcher.close();
    expect(records.map((r) => (r as unknown as { echo: string }).echo)).toEqual(['here:x', 'here:y', 'here:z']);
    expect(warnings).toEqual(['worker threads stopped (cannot load the model); analyzing in one thread']);
  });

  test('this thread as one of the lanes (as the command runs it): it keeps analyzing beside jobs - 1 workers', async () => {
    const dispatcher = new Dispatcher({ jobs: 2, analyzeHere: echoHere, workerScript: fakeWorker(''), inlineLimit: 4, mainIsLane: true });
    const texts = Array.from({ length: 40 }, (_, i) => `t${i}`);
    const records = (await Promise.all(texts.map((t) => dispatcher.analyze(doc(t))))).map(recordOf);
    await dispatcher.close();
    expect(records.map((r) => (r as unknown as { echo: string }).echo.replace(/^here:/u, ''))).toEqual(texts);
    expect(dispatcher.counts.here).toBeGreaterThan(4);
    expect(dispatcher.counts.here + dispatcher.counts.workers).toBe(40);
  });

  test('a batch no longer than INLINE_LIMIT never starts a worker; one document more does', async () => {
    for (const length of [INLINE_LIMIT, INLINE_LIMIT + 1]) {
      const dispatcher = new Dispatcher({ jobs: 4, analyzeHere: echoHere, workerScript: fakeWorker(''), mainIsLane: true });
      await Promise.all(Array.from({ length }, (_, i) => dispatcher.analyze(doc(`s${i}`))));
      await dispatcher.close();
      expect(dispatcher.spawnedWorkers).toBe(length > INLINE_LIMIT ? 3 : 0);
    }
  });

  test('one job, or no built worker: everything in this thread', async () => {
    for (const options of [{ jobs: 1, workerScript: fakeWorker('') }, { jobs: 4, workerScript: null }]) {
      const dispatcher = new Dispatcher({ ...options, analyzeHere: echoHere, inlineLimit: 0 });
      await Promise.all(['p', 'q'].map((t) => dispatcher.analyze(doc(t))));
      await dispatcher.close();
      expect(dispatcher.counts).toEqual({ here: 2, workers: 0 });
    }
  });

  test('the built worker gives what analyze() gives here', async () => {
    const engine = await loadEngine();
    const script = pathToFileURL(join(dirname(bin), '..', 'dist', 'cli', 'parallel', 'worker.js'));
    const dispatcher = new Dispatcher({ jobs: 2, analyzeHere: (d) => analyzeHere(engine, d), workerScript: script, inlineLimit: 0, helpWhileStarting: false });
    const docs = DOCS.slice(0, 12).map((text, i) => doc(text, `w${i}`));
    const records = (await Promise.all(docs.map((d) => dispatcher.analyze(d)))).map(recordOf);
    await dispatcher.close();
    expect(dispatcher.counts).toEqual({ here: 0, workers: 12 });
    expect(JSON.stringify(records)).toBe(JSON.stringify(docs.map((d) => analyze(d.text, { source: d.source, id: d.id }))));
  }, SPAWNED_TIMEOUT);

  test('asked for lines, the installed worker (bin/worker.js) writes the NDJSON line this thread would write', async () => {
    const engine = await loadEngine();
    const script = pathToFileURL(join(dirname(bin), 'worker.js'));
    const dispatcher = new Dispatcher({ jobs: 2, analyzeHere: (d) => analyzeHere(engine, d), asLines: true, workerScript: script, inlineLimit: 0, helpWhileStarting: false });
    const markdown = '# Port *reopens*\n\n"We will **rebuild**," said Mara Quint.\n';
    const docs = [...DOCS.slice(0, 5).map((text, i) => doc(text, `l${i}`)), { ...doc(markdown, 'md'), masked: maskMarkdown(markdown) }];
    const answers = await Promise.all(docs.map((d) => dispatcher.analyze(d)));
    await dispatcher.close();
    expect(answers.map((a) => a.kind)).toEqual(docs.map(() => 'line'));
    docs.forEach((d, i) => {
      const here = analyzeHere(engine, d);
      expect(answers[i]).toEqual({ kind: 'line', line: FORMATTERS.ndjson.renderOne!(here, i, { color: false, batch: true, columns: 80 }), quotes: 'quotes' in here ? here.quotes.length : 0 });
    });
  }, SPAWNED_TIMEOUT);
});

describe('OrderedWindow', () => {
  test('gives results in the order pushed, whatever order they finish in', async () => {
    const line = new OrderedWindow<string>(8);
    const later = (value: string, ms: number) => new Promise<string>((resolve) => setTimeout(() => resolve(value), ms));
    await line.push(later('first', 30));
    await line.push(later('second', 1));
    await line.push(Promise.resolve('third'));
    line.end();
    const seen: string[] = [];
    for await (const value of line) seen.push(value);
    expect(seen).toEqual(['first', 'second', 'third']);
  });

  test('holds at most `limit`: the producer waits for the consumer', async () => {
    const line = new OrderedWindow<number>(2);
    let pushed = 0;
    const producing = (async () => {
      for (let i = 0; i < 5; i++) {
        await line.push(Promise.resolve(i));
        pushed++;
      }
      line.end();
    })();
    await new Promise((r) => setTimeout(r, 10));
    expect(pushed).toBe(1);
    const seen: number[] = [];
    for await (const value of line) seen.push(value);
    await producing;
    expect(seen).toEqual([0, 1, 2, 3, 4]);
  });

  test('cancel releases a waiting producer', async () => {
    const line = new OrderedWindow<number>(1);
    const waiting = line.push(Promise.resolve(1));
    line.cancel();
    await waiting;
    expect(line.isCancelled).toBe(true);
  });
});

describe('summary and progress', () => {
  test.each([
    [{ documents: 300, quotes: 4210, errors: 2 }, 3.44, '300 documents, 4210 quotes, 2 errors, 3.4 s'],
    [{ documents: 2, quotes: 1, errors: 1 }, 0.04, '2 documents, 1 quote, 1 error, 0.0 s'],
  ])('%j', (tally, seconds, line) => {
    expect(summaryLine(tally, seconds)).toBe(line);
  });

  test.each([
    [{ done: 5, total: 10, seconds: 2, columns: 80 }, '[███████████████░░░░░░░░░░░░░░░] 5/10 · 3/s · 2.0 s'],
    [{ done: 7, total: null, seconds: 0, columns: 80 }, '7 documents · 0.0 s'],
    [{ done: 1, total: 4, seconds: 1, columns: 20 }, '1/4 · 1/s · 1.0 s'],
  ])('progressLine %j', (state, line) => {
    expect(progressLine(state)).toBe(line);
  });

  test('ProgressBar redraws at most ten times a second and erases itself', () => {
    const written: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _e, done) {
        written.push(chunk.toString());
        done();
      },
    });
    let now = 0;
    const bar = new ProgressBar(stream, 3, 80, () => now);
    bar.tick();
    now = 50;
    bar.tick();
    now = 200;
    bar.tick();
    bar.clear();
    expect(written).toHaveLength(3);
    expect(written[1]).toContain(' 3/3 ');
    expect(written[2]).toBe('\r\u001b[K');
  });

  test.each([['1', 1], ['16', 16], [' 2 ', 2]])('parseJobs(%j)', (text, jobs) => {
    expect(parseJobs(text)).toBe(jobs);
  });

  test.each(['0', '-1', '1.5', 'two', '', '999'])('parseJobs(%j) is refused', (text) => {
    expect(() => parseJobs(text)).toThrow('--jobs must be a whole number');
  });
});

describe('progress on stderr (in-process)', () => {
  async function stderrOf(argv: string[], options: { stderrIsTTY: boolean; env?: Record<string, string> }): Promise<string> {
    const fake = fakeIo({ cwd: dir, env: options.env ?? {} });
    fake.io.stderrIsTTY = options.stderrIsTTY;
    fake.io.stderrColumns = 60;
    expect(await main(argv, fake.io)).toBe(0);
    return fake.stderr();
  }

  test('a batch on a terminal shows it, and erases it before the summary', async () => {
    const stderr = await stderrOf(['--format', 'ndjson', 'stories'], { stderrIsTTY: true });
    expect(stderr).toContain('\r\u001b[K[');
    const erase = '\r\u001b[K';
    expect(stderr.slice(stderr.lastIndexOf(erase) + erase.length)).toMatch(/^analyze: 30 documents, \d+ quotes, 0 errors, \d+\.\d s\n$/);
  });

  test.each([
    ['stderr not a terminal', ['stories'], { stderrIsTTY: false }],
    ['CI set', ['stories'], { stderrIsTTY: true, env: { CI: 'true' } }],
    ['a single document', ['stories/story-00.txt'], { stderrIsTTY: true }],
  ])('none when %s', async (_name, paths, options) => {
    expect(await stderrOf(['--format', 'ndjson', ...paths], options)).not.toContain('\u001b');
  });
});
