import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const dist = (name: string): string => fileURLToPath(new URL(`../dist/${name}`, import.meta.url));
const built = existsSync(dist('analyze.cjs')) && existsSync(dist('analyze.v8cache'));

/**
 * Whether dist/`cache` is accepted for the bundle in a fresh process that first sets the command's
 * V8 flags (bin/v8-flags.js) and, with `worker`, the workers' too (dist/cli/parallel/worker-flags.js),
 * the way bin/analyze.js and bin/worker.js compile it (vm.Script with cachedData).
 */
function cacheAccepted(cache: string, flags: { main: boolean; worker: boolean }): string {
  return execFileSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `
      import { readFileSync } from 'node:fs';
      import { setFlagsFromString } from 'node:v8';
      import { Script } from 'node:vm';
      import { V8_FLAGS } from ${JSON.stringify(new URL('../bin/v8-flags.js', import.meta.url).href)};
      import { WORKER_V8_FLAGS } from ${JSON.stringify(new URL('../dist/cli/parallel/worker-flags.js', import.meta.url).href)};
      if (${flags.main}) setFlagsFromString(V8_FLAGS);
      if (${flags.worker}) setFlagsFromString(WORKER_V8_FLAGS);
      const source = readFileSync(${JSON.stringify(dist('analyze.cjs'))}, 'utf8');
      const header = source.slice(0, source.indexOf('\\n') + 1);
      const cache = readFileSync(${JSON.stringify(dist(cache))});
      const script = new Script(source, { filename: ${JSON.stringify(dist('analyze.cjs'))}, cachedData: cache.subarray(header.length) });
      process.stdout.write(String(cache.toString('latin1', 0, header.length) === header && !script.cachedDataRejected));
      `,
    ],
    { encoding: 'utf8' },
  );
}

/**
 * bin/analyze.js compiles the bundle from its V8 code cache under the flags of bin/v8-flags.js.
 * V8 silently rejects a cache taken under other flags, and cold start loses what the cache buys
 * (README, "Performance"): so the cache `npm run build` wrote must be accepted under those flags.
 * Runs on the build `npm ci` makes (CI); skipped in a tree that was never built.
 */
describe.runIf(built)('the code cache of the bundle', () => {
  test('is accepted under the flags bin/analyze.js sets', () => {
    expect(cacheAccepted('analyze.v8cache', { main: true, worker: false })).toBe('true');
  });

  test('is rejected without them (so the test above can fail)', () => {
    expect(cacheAccepted('analyze.v8cache', { main: false, worker: false })).toBe('false');
  });
});

/**
 * bin/worker.js compiles the same bundle from a second cache, taken under the workers' extra
 * flags too (src/cli/parallel/worker-flags.ts), and serves tasks from the bundle's `serveTasks`.
 */
describe.runIf(built && existsSync(dist('analyze-worker.v8cache')))('the code cache of the workers', () => {
  test('is accepted under the flags a worker runs with', () => {
    expect(cacheAccepted('analyze-worker.v8cache', { main: true, worker: true })).toBe('true');
  });

  test('is rejected under the main thread flags alone (so the test above can fail)', () => {
    expect(cacheAccepted('analyze-worker.v8cache', { main: true, worker: false })).toBe('false');
  });

  test('bin/worker.js serves a task from the bundle', () => {
    const reply = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `
        import { Worker } from 'node:worker_threads';
        const worker = new Worker(new URL(${JSON.stringify(new URL('../bin/worker.js', import.meta.url).href)}), { execArgv: [] });
        worker.on('message', (reply) => {
          if (reply.kind === 'ready') return worker.postMessage({ seq: 7, text: '"We will rebuild," said Mara Quint.', source: 'a.txt', referenceDate: null, asLine: true });
          process.stdout.write(JSON.stringify(reply));
          void worker.terminate();
        });
        `,
      ],
      { encoding: 'utf8' },
    );
    const parsed = JSON.parse(reply) as { kind: string; seq: number; line: string; quotes: number };
    expect(parsed).toMatchObject({ kind: 'line', seq: 7, quotes: 1 });
    expect(JSON.parse(parsed.line).quotes[0].speaker.name).toBe('Mara Quint');
  });
});
