// Loads the command for bin/analyze.js and bin/worker.js. `npm run build` writes the whole CLI as
// one file, dist/analyze.cjs, and V8 code caches of it; compiling one file from a cache instead of
// about a hundred modules from source is what keeps cold start near a bare `node -e 0` (README,
// "Performance"). A tsc-only build (no bundle, or one older than dist/cli/main.js) loads
// dist/cli/main.js instead, never stale code. Both export the same functions.
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const dist = (name) => fileURLToPath(new URL(`../dist/${name}`, import.meta.url));
const modified = (path) => statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? -1;
const STALE_AFTER_MS = 2000;

/**
 * The code cache, when it was made for this very bundle: both start with the same line, the
 * bundle's content hash. V8 itself rejects a cache from another Node version or other V8 flags.
 */
function codeCacheFor(name, header) {
  try {
    const data = readFileSync(dist(name));
    return data.toString('latin1', 0, header.length) === header ? data.subarray(header.length) : undefined;
  } catch {
    return undefined;
  }
}

/** The bundle: one function of CommonJS's five arguments, compiled from a code cache if there is one. */
function bundled(bundle, cacheName) {
  const source = readFileSync(bundle, 'utf8');
  const cachedData = codeCacheFor(cacheName, source.slice(0, source.indexOf('\n') + 1));
  const script = new Script(source, { filename: bundle, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  return module.exports;
}

/**
 * The command's module (`main`, `nodeIo`, `serveTasks`), compiled with the code cache `cacheName`
 * in dist/: each was taken under the V8 flags of the thread that uses it. Throws when not built.
 */
export async function loadCommand(cacheName) {
  const bundle = dist('analyze.cjs');
  // A bundle older than the tsc output by more than a copy of dist/ takes predates a tsc-only rebuild.
  const stale = modified(bundle) + STALE_AFTER_MS < modified(dist('cli/main.js'));
  return stale ? import('../dist/cli/main.js') : bundled(bundle, cacheName);
}
