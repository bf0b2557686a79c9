import { basename, extname, relative, resolve, sep } from 'node:path';
import { UsageError } from '../errors.js';
import { expandPaths } from '../inputs.js';

const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.html', '.htm']);
const EXPECTED_SUFFIX = '.expected.json';

/** One article to check, or a path that is not one (listed, but checked for nothing). */
export type Target =
  | { kind: 'article'; source: string; path: string; expected: string; expectedPath: string }
  | { kind: 'skip'; source: string; reason: string }
  | { kind: 'error'; source: string; message: string };

/** As the user would type it from here: relative to the working directory, with forward slashes. */
function shown(cwd: string, path: string): string {
  const rel = relative(cwd, path) || basename(path);
  return sep === '/' ? rel : rel.split(sep).join('/');
}

/** `samples/a.txt` → `samples/a.expected.json`. */
export function expectedPathFor(path: string): string {
  return `${path.slice(0, path.length - extname(path).length)}${EXPECTED_SUFFIX}`;
}

/**
 * The articles under the given paths (directories searched as `analyze` does), each with the
 * expected file beside it, in the order given and sorted within directories; duplicates once.
 * An expected file named directly (a shell glob gives both) is its article's partner, not a target.
 */
export async function findTargets(paths: readonly string[], cwd: string): Promise<Target[]> {
  if (paths.includes('-')) throw new UsageError('check reads article files; standard input has no expected file beside it');
  const { inputs } = await expandPaths(paths, cwd);
  const seen = new Set<string>();
  const targets: Target[] = [];
  for (const input of inputs) {
    if (input.kind === 'error') {
      targets.push({ kind: 'error', source: input.source, message: input.error.message });
      continue;
    }
    if (input.kind !== 'file') continue;
    const path = resolve(cwd, input.path);
    if (seen.has(path) || path.endsWith(EXPECTED_SUFFIX)) continue;
    seen.add(path);
    const source = shown(cwd, path);
    if (!ARTICLE_EXTENSIONS.has(extname(path).toLowerCase())) {
      targets.push({ kind: 'skip', source, reason: 'not an article (.txt, .md, .html)' });
      continue;
    }
    const expectedPath = expectedPathFor(path);
    targets.push({ kind: 'article', source, path, expected: shown(cwd, expectedPath), expectedPath });
  }
  return targets;
}
