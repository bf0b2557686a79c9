#!/usr/bin/env node
// The installed command. `npm run build` writes the whole CLI as one file, dist/analyze.cjs, and a
// V8 code cache of it; compiling one file from that cache instead of about a hundred modules from
// source is what keeps cold start near a bare `node -e 0` (README, "Performance"). A tsc-only build
// (no bundle, or one older than dist/cli/main.js) runs dist/cli/main.js instead, never stale code.
// It sets process.exitCode rather than calling process.exit(), so output still being written
// to a slow pipe is never cut off.
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';
import { V8_FLAGS } from './v8-flags.js';

// Worker threads share the process's flags. The library (`import { analyze }`) leaves them alone.
setFlagsFromString(V8_FLAGS);

const dist = (name) => fileURLToPath(new URL(`../dist/${name}`, import.meta.url));
const modified = (path) => statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? -1;
const STALE_AFTER_MS = 2000;

/**
 * The code cache, when it was made for this very bundle: both start with the same line, the
 * bundle's content hash. V8 itself rejects a cache from another Node version.
 */
function codeCacheFor(header) {
  try {
    const data = readFileSync(dist('analyze.v8cache'));
    return data.toString('latin1', 0, header.length) === header ? data.subarray(header.length) : undefined;
  } catch {
    return undefined;
  }
}

/** The bundle: one function of CommonJS's five arguments, compiled from its code cache if there is one. */
function bundledCli(bundle) {
  const source = readFileSync(bundle, 'utf8');
  const cachedData = codeCacheFor(source.slice(0, source.indexOf('\n') + 1));
  const script = new Script(source, { filename: bundle, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  return module.exports;
}

let cli;
try {
  const bundle = dist('analyze.cjs');
  // A bundle older than the tsc output by more than a copy of dist/ takes predates a tsc-only rebuild.
  const stale = modified(bundle) + STALE_AFTER_MS < modified(dist('cli/main.js'));
  cli = stale ? await import('../dist/cli/main.js') : bundledCli(bundle);
} catch (error) {
  process.stderr.write(`analyze: not built, run "npm run build" first (${error instanceof Error ? error.message : error})\n`);
  process.exitCode = 2;
}
if (cli) process.exitCode = await cli.main(process.argv.slice(2), cli.nodeIo());
