// One measurement, in its own process so that its peak RSS is its own:
//
//   node scripts/bench/measure.js <analyze|compromise> <bytes> [repeats=1]
//
// Generates the invented article of that size, warms the engine up on a different small one (so
// small sizes measure throughput, not the first compilation; cold start is measured apart), then
// times `repeats` runs and prints one JSON line: words, the median wall and CPU seconds, and the peak RSS (MB)
// of the whole process. `analyze` is the library entry point (dist/index.js); `compromise` is a
// plain parse paragraph by paragraph, `nlp(paragraph)`, the baseline of issue 8.
import { countWords, newsText, paragraphsOf } from './newsText.js';

const [mode, bytesArg, repeatsArg] = process.argv.slice(2);
const bytes = Number(bytesArg);
const repeats = Math.max(1, Number(repeatsArg ?? 1));

async function engine() {
  if (mode === 'analyze') {
    const { analyze } = await import('../../dist/index.js');
    return (text) => analyze(text);
  }
  if (mode === 'compromise') {
    const { default: nlp } = await import('compromise');
    return (text) => {
      for (const paragraph of paragraphsOf(text)) nlp(paragraph);
    };
  }
  throw new Error(`unknown mode "${mode}"`);
}

const run = await engine();
run(newsText(10 * 1024, 0xa11ce));
const text = newsText(bytes);
const seconds = [];
const cpuSeconds = [];
for (let i = 0; i < repeats; i++) {
  const cpu = process.cpuUsage();
  const started = performance.now();
  run(text);
  seconds.push((performance.now() - started) / 1000);
  const used = process.cpuUsage(cpu);
  cpuSeconds.push((used.user + used.system) / 1e6);
}
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
process.stdout.write(`${JSON.stringify({
  mode,
  bytes: text.length,
  words: countWords(text),
  seconds: median(seconds),
  // CPU time of the process (garbage collector threads included): steadier than wall time on a
  // machine that is busy with other work.
  cpuSeconds: median(cpuSeconds),
  peakRssMb: process.resourceUsage().maxRSS / 1024,
})}\n`);
