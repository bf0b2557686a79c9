#!/usr/bin/env node
// Benchmark of --jobs: the same batch of invented articles analyzed with `--jobs 1` (this thread
// only) and `--jobs 2` (two worker threads), as spawned commands. Prints both wall times and the
// ratio, and checks that both outputs are the same bytes.
//
//   node scripts/bench-jobs.js [articles=300] [rounds=3]
//
// Runs alternate (1, 2, 1, 2, ...) and the best of each is compared, so a burst of load from
// another process does not decide the result. It also prints how many cores the machine gives
// right now and the CPU time each run used (all its threads): --jobs 2 can only win when a second
// core is actually free. Needs the build (npm run build).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { inventedJsonl } from './invented-news.js';

const BIN = fileURLToPath(new URL('../bin/analyze.js', import.meta.url));
const articles = Number(process.argv[2] ?? 300);
const rounds = Number(process.argv[3] ?? 3);

/**
 * How many cores this machine gives right now: the same fixed loop on one thread, then on two at
 * once. On a shared or throttled host this is well below the core count, and no --jobs can beat it.
 */
async function coresAvailable() {
  const loop = 'let x = 0; for (let i = 0; i < 2e8; i++) x = (x + i * 7) % 1000003; require("worker_threads").parentPort.postMessage(x);';
  const spin = async (threads) => {
    const started = performance.now();
    await Promise.all(Array.from({ length: threads }, () => new Promise((done) => new Worker(loop, { eval: true }).once('message', done))));
    return performance.now() - started;
  };
  const one = await spin(1);
  const two = await spin(2);
  return (2 * one) / two;
}

/** Reports the process's CPU time (all threads) on fd 3 as it exits: wall time alone misleads on a busy host. */
const REPORT_CPU = `data:text/javascript,${encodeURIComponent(
  "import { writeSync } from 'node:fs'; process.on('exit', () => { const u = process.resourceUsage(); writeSync(3, String((u.userCPUTime + u.systemCPUTime) / 1e6)); });",
)}`;

function runOnce(jobs, input, output) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', REPORT_CPU, BIN, '--jobs', String(jobs), '--format', 'ndjson', '--output', output, input], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
      env: { ...process.env, CI: '1' },
    });
    let stderr = '';
    let cpu = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdio[3].on('data', (chunk) => (cpu += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) reject(new Error(`--jobs ${jobs} exited ${code}: ${stderr.trim()}`));
      else resolve({ seconds, cpu: Number(cpu) });
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), 'analyze-bench-jobs-'));
try {
  const input = join(dir, 'articles.jsonl');
  // About 730 words each: the length of a typical news story.
  const text = inventedJsonl(articles, 20);
  writeFileSync(input, text);
  console.log(`${articles} invented articles (${(text.length / 1024).toFixed(0)} KB of JSON Lines), ${availableParallelism()} cores, load average ${loadavg()[0].toFixed(2)}`);
  console.log(`cores available now (two busy threads against one): ${(await coresAvailable()).toFixed(2)}`);
  const runs = { 1: [], 2: [] };
  for (let round = 0; round < rounds; round++) {
    for (const jobs of [1, 2]) runs[jobs].push(await runOnce(jobs, input, join(dir, `out-${jobs}.ndjson`)));
  }
  const same = readFileSync(join(dir, 'out-1.ndjson')).equals(readFileSync(join(dir, 'out-2.ndjson')));
  const best = (list) => Math.min(...list.map((r) => r.seconds));
  const cpu = (list) => Math.min(...list.map((r) => r.cpu));
  const show = (list) => list.map((r) => r.seconds.toFixed(2)).join(', ');
  for (const jobs of [1, 2]) {
    console.log(`--jobs ${jobs}: best ${best(runs[jobs]).toFixed(2)} s wall   (runs: ${show(runs[jobs])}; CPU time of all threads ${cpu(runs[jobs]).toFixed(2)} s)`);
  }
  console.log(`ratio (jobs 1 / jobs 2): ${(best(runs[1]) / best(runs[2])).toFixed(2)}x`);
  console.log(`outputs identical: ${same ? 'yes' : 'NO'}`);
  if (!same) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
