import { readFile } from 'node:fs/promises';

/** The package version, read from package.json only when asked (two levels up from src/cli and dist/cli). */
export async function packageVersion(): Promise<string> {
  const text = await readFile(new URL('../../package.json', import.meta.url), 'utf8');
  const version = (JSON.parse(text) as { version?: unknown }).version;
  return typeof version === 'string' ? version : 'unknown';
}
