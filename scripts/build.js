#!/usr/bin/env node
// The build, run by `npm run build` and by `prepare` (so `npm ci` leaves a working bin):
// 1. tsc -p tsconfig.build.json: the library in dist/ (`import { analyze } from 'analyze-news'`),
//    its .d.ts files, and the unbundled CLI that the `--jobs` worker threads load.
// 2. esbuild: the whole command (our code with commander and chalk) in one file,
//    dist/analyze.cjs, which bin/analyze.js loads.
// 3. A V8 code cache of that file, taken after analyzing an invented article in-process, so a cold
//    `analyze article.txt` skips compiling what it runs. Steps 2 and 3 are what bring cold start
//    near a bare `node -e 0` (README, "Performance").
// 4. A second cache for the `--jobs` worker threads (bin/worker.js), taken under their V8 flags.
// The HTML reader (src/cli/html/readable.ts with linkedom and Readability, about 0.7 MB) is a
// second file, dist/html-reader.cjs, that the bundle requires on the first HTML page only: in the
// main bundle it would make every text input read and map that much more (README, "HTML pages").
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { Writable } from 'node:stream';
import { MessageChannel } from 'node:worker_threads';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { build } from 'esbuild';
import { V8_FLAGS } from '../bin/v8-flags.js';
import { newsText } from './bench/newsText.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SRC = join(ROOT, 'src');
const BUNDLE = join(ROOT, 'dist', 'analyze.cjs');
const CACHE = join(ROOT, 'dist', 'analyze.v8cache');
const WORKER_CACHE = join(ROOT, 'dist', 'analyze-worker.v8cache');

execFileSync(process.execPath, [createRequire(import.meta.url).resolve('typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.build.json')], { stdio: 'inherit' });

/**
 * In one bundle every module would share one location, and URLs built from `import.meta.url`
 * would point beside dist/analyze.cjs. Each of our modules gets instead the URL its tsc output has
 * (src/cli/version.ts → dist/cli/version.js), so `../../package.json` and the `--jobs` worker
 * script (dist/cli/parallel/worker.js) resolve as they do unbundled.
 */
const keepModuleUrls = {
  name: 'keep-module-urls',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!args.path.startsWith(SRC) || !source.includes('import.meta.url')) return undefined;
      const compiled = `./${relative(SRC, args.path).split('\\').join('/').replace(/\.ts$/, '.js')}`;
      const url = `new URL(${JSON.stringify(compiled)}, __bundleUrl).href`;
      return { contents: source.replaceAll('import.meta.url', url), loader: 'ts', resolveDir: dirname(args.path) };
    });
  },
};

/** The bundle requires the HTML reader from its own file, beside it in dist/, on first use. */
const HTML_READER = 'html-reader.cjs';
const htmlReaderApart = {
  name: 'html-reader-apart',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^\.\/readable\.js$/ }, (args) =>
      args.importer === join(SRC, 'cli', 'html', 'page.ts') ? { path: `./${HTML_READER}`, external: true } : undefined,
    );
  },
};

/** Options both bundles share. */
const common = {
  write: false,
  bundle: true,
  platform: 'node',
  // CommonJS, not ESM: only a classic script can be compiled from a V8 code cache (vm.Script).
  format: 'cjs',
  target: 'node20',
  // A dynamic import() in a vm.Script has no loader to run it: esbuild writes require() instead.
  supported: { 'dynamic-import': false },
  // Syntax and whitespace only: names stay, so an internal error's stack still reads.
  minifySyntax: true,
  minifyWhitespace: true,
  legalComments: 'none',
  logLevel: 'warning',
};

await rm(CACHE, { force: true });
await rm(WORKER_CACHE, { force: true });
const reader = await build({ ...common, entryPoints: [join(SRC, 'cli', 'html', 'readable.ts')], outfile: join(ROOT, 'dist', HTML_READER) });
await writeFile(join(ROOT, 'dist', HTML_READER), reader.outputFiles[0].text);
const bundled = await build({
  ...common,
  entryPoints: [join(SRC, 'cli', 'main.ts')],
  outfile: BUNDLE,
  plugins: [keepModuleUrls, htmlReaderApart],
  // The file is one function expression, of the arguments a CommonJS module gets: bin/analyze.js
  // compiles it with vm.Script (the API that takes a code cache) and calls it.
  banner: { js: '(function (exports, require, module, __filename, __dirname) {\n"use strict";\nconst __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
  footer: { js: '})' },
});
// The first line names the build by its content; the code cache starts with the same line, so
// bin/analyze.js never pairs a bundle with a cache made for another.
const code = bundled.outputFiles[0].text;
const header = `// analyze bundle ${createHash('sha256').update(code).digest('hex').slice(0, 16)}\n`;
await writeFile(BUNDLE, header + code);

/** Where the warm-up's output goes: nowhere. */
const discard = () => new Writable({ write: (_chunk, _encoding, done) => done() });

/**
 * Runs the command in this process on an invented article, as a table and as JSON, then saves
 * the code V8 compiled for it. The cache is only an optimization: V8 rejects it (and compiles as
 * usual) under another Node version, and bin/analyze.js ignores one made for another bundle. The
 * run doubles as a smoke test: a bundle that cannot analyze an article (or an HTML page, through
 * dist/html-reader.cjs) fails the build.
 */
async function writeCodeCache() {
  // The flags bin/analyze.js runs under: V8 rejects a code cache taken under others.
  setFlagsFromString(V8_FLAGS);
  const article = join(tmpdir(), `analyze-build-warmup-${process.pid}.txt`);
  await writeFile(article, newsText(8 * 1024));
  const page = join(tmpdir(), `analyze-build-warmup-${process.pid}.html`);
  const paragraphs = newsText(4 * 1024).split(/\n{2,}/).map((p) => `<p>${p.replaceAll('&', '&amp;').replaceAll('<', '&lt;')}</p>`);
  await writeFile(page, `<!DOCTYPE html><html><head><title>Warm-up</title></head><body><nav>Home</nav><article>${paragraphs.join('')}</article></body></html>`);
  try {
    // Compiled and called as bin/analyze.js does.
    const script = new Script(header + code, { filename: BUNDLE });
    const module = { exports: {} };
    script.runInThisContext()(module.exports, createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE));
    const cli = module.exports;
    const io = Object.create(cli.nodeIo(), {
      stdout: { value: discard() },
      stderr: { value: discard() },
      stdoutIsTTY: { value: false },
      stderrIsTTY: { value: false },
      columns: { value: 100 },
    });
    for (const format of ['table', 'json']) {
      const exit = await cli.main([article, '--format', format], io);
      if (exit !== 0) throw new Error(`warm-up run (--format ${format}) exited ${exit}`);
    }
    const cache = script.createCachedData();
    // An HTML page too, after the cache is taken (text inputs should not load what only HTML
    // runs): the bundle must find dist/html-reader.cjs beside it.
    if ((await cli.main([page, '--format', 'json'], io)) !== 0) throw new Error('smoke run on an HTML page failed');
    await writeFile(CACHE, Buffer.concat([Buffer.from(header, 'latin1'), cache]));
    await writeWorkerCodeCache(newsText(8 * 1024));
  } finally {
    await rm(article, { force: true });
    await rm(page, { force: true });
  }
}

/**
 * The cache bin/worker.js compiles the bundle from. Workers run under more flags than the main
 * thread (src/cli/parallel/worker-flags.ts), set once in the process before the first worker
 * starts, as here: only a cache taken under them is accepted there. Serves one task as a worker
 * would, through a MessageChannel, so the cache holds the worker's path and not only the CLI's.
 */
async function writeWorkerCodeCache(article) {
  const { WORKER_V8_FLAGS } = await import('../dist/cli/parallel/worker-flags.js');
  setFlagsFromString(WORKER_V8_FLAGS);
  const script = new Script(header + code, { filename: BUNDLE });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE));
  const { port1, port2 } = new MessageChannel();
  const replies = [];
  const answered = new Promise((resolve) => port2.on('message', (reply) => replies.push(reply) === 2 && resolve()));
  module.exports.serveTasks(port1);
  port2.postMessage({ seq: 0, text: article, source: 'warm-up', referenceDate: null, asLine: true });
  await answered;
  port1.close();
  port2.close();
  if (replies[1]?.kind !== 'line') throw new Error(`worker warm-up answered ${JSON.stringify(replies[1]).slice(0, 200)}`);
  await writeFile(WORKER_CACHE, Buffer.concat([Buffer.from(header, 'latin1'), script.createCachedData()]));
}

await writeCodeCache();
