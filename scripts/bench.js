#!/usr/bin/env node
// `npm run bench`: the figures of issue 8, measured in one run on the same invented text
// (scripts/bench/newsText.js) — a benchmark, not a test: it prints and never fails on a target.
//
//   node scripts/bench.js [--quick]     (--quick: up to 1 MB, fewer runs; for a first look)
//
// - throughput: our library `analyze()` against a plain compromise parse paragraph by paragraph,
//   words per second on the same text, at 10 KB, 100 KB, 1 MB and 10 MB; for 1 MB also the CLI
//   (`node bin/analyze.js file --format json`, process start included);
// - cold start: `node bin/analyze.js samples/harbor-bridge.txt` against `node -e 0`, medians;
// - peak RSS of each size, each measured in its own process;
// - linearity: the time ratio when the input doubles (1 → 2 MB, 5 → 10 MB).
// Needs the build (npm run build).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { newsText } from './bench/newsText.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MEASURE = join(ROOT, 'scripts', 'bench', 'measure.js');
const BIN = join(ROOT, 'bin', 'analyze.js');
const SAMPLE = join(ROOT, 'samples', 'harbor-bridge.txt');
const quick = process.argv.includes('--quick');
const KB = 1024;
const MB = 1024 * KB;

if (!existsSync(join(ROOT, 'dist', 'index.js'))) {
  console.error('bench: not built, run "npm run build" first');
  process.exit(2);
}

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
const fmt = (n, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const sizeName = (bytes) => (bytes >= MB ? `${bytes / MB} MB` : `${bytes / KB} KB`);

function node(args) {
  const started = performance.now();
  const child = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * MB });
  const seconds = (performance.now() - started) / 1000;
  if (child.status !== 0) throw new Error(`node ${args.join(' ')} exited ${child.status}: ${child.stderr.trim()}`);
  return { seconds, stdout: child.stdout };
}

const measured = new Map();

/** One size measured in a fresh process (see scripts/bench/measure.js), once per run of the bench. */
function measure(mode, bytes) {
  const key = `${mode} ${bytes}`;
  if (!measured.has(key)) {
    const repeats = bytes <= 10 * KB ? 15 : bytes <= 100 * KB ? 5 : 1;
    measured.set(key, JSON.parse(node([MEASURE, mode, String(bytes), String(repeats)]).stdout));
    console.error(`  measured ${mode} on ${sizeName(bytes)}`);
  }
  return measured.get(key);
}

/** Wall time of `node bin/analyze.js` on an article file, process start included. */
function cliSeconds(bytes) {
  const dir = mkdtempSync(join(tmpdir(), 'analyze-bench-'));
  try {
    const file = join(dir, 'article.txt');
    writeFileSync(file, newsText(bytes));
    return node([BIN, file, '--format', 'json']).seconds;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Medians of cold runs, the commands interleaved so a burst of load elsewhere hits all alike. */
function coldStart(commands, runs) {
  const times = commands.map(() => []);
  for (let i = 0; i < runs; i++) commands.forEach((args, k) => times[k].push(node(args).seconds * 1000));
  return times.map(median);
}

console.log(`analyze benchmark — Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'}, ${availableParallelism()} cores, load average ${loadavg()[0].toFixed(2)} at start`);
console.log('Text: one invented news article per size (scripts/bench/newsText.js), the same bytes for both engines.\n');

const sizes = quick ? [10 * KB, 100 * KB, MB] : [10 * KB, 100 * KB, MB, 10 * MB];
const rows = [];
let compromiseRateAt1Mb = null;
for (const bytes of sizes) {
  const ours = measure('analyze', bytes);
  let theirs;
  if (bytes <= MB) {
    theirs = measure('compromise', bytes);
    if (bytes === MB) compromiseRateAt1Mb = { wall: theirs.words / theirs.seconds, cpu: theirs.words / theirs.cpuSeconds };
  }
  const ourRate = ours.words / ours.seconds;
  // compromise on 10 MB would take minutes; its 1 MB rate stands in for it, and says so.
  const theirRate = theirs ? theirs.words / theirs.seconds : compromiseRateAt1Mb.wall;
  const cpuRatio = theirs ? theirs.cpuSeconds / ours.cpuSeconds : ours.words / ours.cpuSeconds / compromiseRateAt1Mb.cpu;
  const cli = bytes === MB ? cliSeconds(bytes) : null;
  rows.push([
    sizeName(bytes),
    fmt(ours.words),
    fmt(ourRate),
    cli === null ? '' : fmt(ours.words / cli),
    theirs ? fmt(theirRate) : `${fmt(theirRate)} (1 MB rate, extrapolated)`,
    `${fmt(ourRate / theirRate, 1)}×`,
    `${fmt(cpuRatio, 1)}×`,
    fmt(ours.peakRssMb),
    theirs ? fmt(theirs.peakRssMb) : '',
  ]);
}

function table(header, body) {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

console.log('Throughput (words per second, wall time; median of 15 runs at 10 KB, 5 at 100 KB, 1 above) and peak RSS');
console.log(table(['size', 'words', 'analyze() w/s', 'CLI w/s', 'compromise w/s', 'ratio', 'ratio by CPU time', 'analyze peak RSS MB', 'compromise peak RSS MB'], rows));

const pairs = quick ? [[MB, 2 * MB]] : [[MB, 2 * MB], [5 * MB, 10 * MB]];
const doubling = pairs.map(([small, big]) => {
  const a = measure('analyze', small);
  const b = measure('analyze', big);
  return [
    `${sizeName(small)} → ${sizeName(big)}`,
    a.seconds.toFixed(2),
    b.seconds.toFixed(2),
    `${(b.seconds / a.seconds).toFixed(2)}×`,
    `${a.cpuSeconds.toFixed(2)} → ${b.cpuSeconds.toFixed(2)}`,
    `${(b.cpuSeconds / a.cpuSeconds).toFixed(2)}×`,
  ];
});
console.log('\nLinearity: analyze() time when the input doubles, each size in a fresh process (target ≤ 2.2×)');
console.log(table(['input', 'seconds', 'doubled, seconds', 'ratio', 'CPU seconds', 'ratio by CPU time'], doubling));

const runs = quick ? 10 : 21;
const [bare, table0, json] = coldStart([['-e', '0'], [BIN, SAMPLE], [BIN, SAMPLE, '--format', 'json']], runs);
console.log(`\nCold start, median of ${runs} runs each, interleaved (target ≤ 2.5× node -e 0)`);
console.log(table(['command', 'ms', 'ratio'], [
  ['node -e 0', fmt(bare, 1), '1.00×'],
  ['node bin/analyze.js samples/harbor-bridge.txt', fmt(table0, 1), `${(table0 / bare).toFixed(2)}×`],
  ['node bin/analyze.js samples/harbor-bridge.txt --format json', fmt(json, 1), `${(json / bare).toFixed(2)}×`],
]));
console.log(`\nload average ${loadavg()[0].toFixed(2)} at the end`);
