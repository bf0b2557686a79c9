import { readdir, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { fromFileSystem, InputError } from './errors.js';
import { isUrl } from './url/fetch.js';

/** What a directory contributes: every article file inside it, at any depth. */
const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.html', '.htm']);

export type Input =
  | { kind: 'stdin'; source: '-' }
  | { kind: 'file'; source: string; path: string }
  | { kind: 'url'; source: string }
  | { kind: 'error'; source: string; error: InputError };

export interface ExpandedInputs {
  inputs: Input[];
  /** A directory gave articles: the output is a batch even when it holds only one. */
  fromDirectory: boolean;
}

function isArticle(name: string): boolean {
  return ARTICLE_EXTENSIONS.has(extname(name).toLowerCase());
}

/** Hidden folders (.git) and installed packages are never articles. */
function isSkippedFolder(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Article files under a directory, sorted by path (code-unit order, not locale: the same on every
 * machine). Symbolic links to files are followed; links to folders are not, so no cycle is walked.
 * A folder that cannot be read becomes an error input in its place.
 */
async function walk(source: string, cwd: string): Promise<Input[]> {
  const found: Input[] = [];
  const pending = [source];
  for (let folder = pending.pop(); folder !== undefined; folder = pending.pop()) {
    let entries;
    try {
      entries = await readdir(resolve(cwd, folder), { withFileTypes: true });
    } catch (error) {
      found.push({ kind: 'error', source: folder, error: fromFileSystem(error) });
      continue;
    }
    for (const entry of entries) {
      const child = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!isSkippedFolder(entry.name)) pending.push(child);
      } else if (isArticle(entry.name)) {
        const isFile = entry.isFile() || (entry.isSymbolicLink() && (await stat(resolve(cwd, child)).catch(() => null))?.isFile());
        if (isFile) found.push({ kind: 'file', source: child, path: resolve(cwd, child) });
      }
    }
  }
  return found.sort((a, b) => byCodeUnits(a.source, b.source));
}

/** The command's path arguments as a list of inputs, in the order given; directories expanded. */
export async function expandPaths(paths: readonly string[], cwd: string): Promise<ExpandedInputs> {
  const inputs: Input[] = [];
  let fromDirectory = false;
  for (const source of paths) {
    if (source === '-') {
      inputs.push({ kind: 'stdin', source: '-' });
      continue;
    }
    if (isUrl(source)) {
      inputs.push({ kind: 'url', source });
      continue;
    }
    const path = resolve(cwd, source);
    const info = await stat(path).catch((error: unknown) => fromFileSystem(error));
    if (info instanceof InputError) {
      inputs.push({ kind: 'error', source, error: info });
    } else if (info.isDirectory()) {
      const found = await walk(source, cwd);
      fromDirectory ||= found.length > 0;
      if (found.length === 0) inputs.push({ kind: 'error', source, error: new InputError('no-articles', 'is a directory with no articles') });
      for (const input of found) inputs.push(input);
    } else {
      inputs.push({ kind: 'file', source, path });
    }
  }
  return { inputs, fromDirectory };
}
