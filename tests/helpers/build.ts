import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CACHE = join(ROOT, 'node_modules', '.cache', 'analyze-cli-test');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : [path];
  });
}

function fingerprint(): string {
  const hash = createHash('sha256');
  const files = [...sourceFiles(join(ROOT, 'src')), ...sourceFiles(join(ROOT, 'bin')), join(ROOT, 'package.json'), join(ROOT, 'tsconfig.json'), join(ROOT, 'tsconfig.build.json')];
  for (const file of files.sort()) hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/**
 * A private build of the command for spawned-process tests: the current sources compiled into
 * node_modules/.cache (so `commander` etc. still resolve), with copies of bin/ and
 * package.json beside it. Rebuilt only when a source changed; the shared dist/ is never touched,
 * so parallel test runs and the lead's own build do not race. Returns the path of bin/analyze.js.
 */
export function builtCli(): string {
  const id = fingerprint();
  const target = join(CACHE, id);
  const bin = join(target, 'bin', 'analyze.js');
  if (existsSync(bin)) return bin;
  const staging = `${target}.tmp-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(join(staging, 'bin'), { recursive: true });
  try {
    execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'tsconfig.build.json'), '--outDir', join(staging, 'dist')], { stdio: 'pipe' });
  } catch (error) {
    // Type errors elsewhere in the tree still emit JavaScript; only a missing entry point is fatal.
    if (!existsSync(join(staging, 'dist', 'cli', 'main.js'))) throw error;
  }
  cpSync(join(ROOT, 'bin'), join(staging, 'bin'), { recursive: true });
  cpSync(join(ROOT, 'package.json'), join(staging, 'package.json'));
  for (const old of existsSync(CACHE) ? readdirSync(CACHE) : []) {
    if (!old.includes('.tmp-') && old !== id) rmSync(join(CACHE, old), { recursive: true, force: true });
  }
  try {
    renameSync(staging, target);
  } catch {
    // Another run finished the same build first: use its copy.
    rmSync(staging, { recursive: true, force: true });
  }
  return bin;
}
