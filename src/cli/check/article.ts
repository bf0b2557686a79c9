import { readFile, rename, writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { FORMATTERS } from '../../format/index.js';
import { documents, type ReadSettings } from '../documents.js';
import type { Engine } from '../engine.js';
import { fromFileSystem, oneLine } from '../errors.js';
import { DEFAULT_MAX_BYTES } from '../options.js';
import { compareResults } from './compare.js';
import type { Change } from './changes.js';
import type { Target } from './discover.js';
import { locator } from './location.js';
import { restoreOriginalTexts } from '../markdown/restore.js';
import type { ArticleCheck, Verdict } from './outcome.js';
import { isObject, type Json, type JsonObject } from './values.js';

type Expected = { kind: 'missing' } | { kind: 'invalid'; message: string } | { kind: 'found'; value: JsonObject };

async function readExpected(path: string): Promise<Expected> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'invalid', message: fromFileSystem(error).message };
  }
  let value: Json;
  try {
    value = JSON.parse(text.startsWith('\ufeff') ? text.slice(1) : text) as Json;
  } catch (error) {
    return { kind: 'invalid', message: `not valid JSON (${oneLine(error)})` };
  }
  return isObject(value) ? { kind: 'found', value } : { kind: 'invalid', message: 'not an analysis result (one JSON object)' };
}

/** Read exactly as `analyze X` reads it: decoded, without a byte-order mark, HTML as its text. */
async function readArticle(
  target: Target & { kind: 'article' },
  warn: (message: string) => void,
): Promise<{ text: string; masked?: string; referenceDate: string | null } | { error: string }> {
  const settings: ReadSettings = {
    // Targets are articles only (never JSON Lines); auto reads Markdown as Markdown.
    inputFormat: 'auto',
    maxBytes: DEFAULT_MAX_BYTES,
    referenceDate: null,
    stdin: () => {
      throw new Error('check never reads standard input');
    },
    checkReferenceDate: (value) => value,
    warn: (source, message) => warn(`${source}: ${message}`),
  };
  for await (const job of documents([{ kind: 'file', source: target.source, path: target.path }], settings)) {
    // The date a page or front matter gives itself resolves relative dates, as in `analyze X`.
    return job.kind === 'document' ? { text: job.text, masked: job.masked, referenceDate: job.referenceDate } : { error: job.record.error.message };
  }
  return { error: 'nothing read' };
}

/** Through a temporary file and a rename, as --output does: never half an expected file. */
async function writeExpected(path: string, text: string): Promise<void> {
  const temporary = `${path}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, path);
}

/**
 * One article against its expected file: analyzed as `analyze --format json` would, compared as
 * JSON values (every field; key order and whitespace of the file do not matter), and with
 * `update` the expected file rewritten when they differ.
 */
export async function checkArticle(target: Target, engine: Engine, update: boolean, warn: (message: string) => void): Promise<ArticleCheck> {
  if (target.kind === 'skip') return { source: target.source, expected: null, locate: null, verdict: { status: 'skip', reason: target.reason } };
  if (target.kind === 'error') return { source: target.source, expected: null, locate: null, verdict: { status: 'error', message: target.message } };
  const base = { source: target.source, expected: target.expected };
  const verdict = (v: Verdict, text: string | null = null): ArticleCheck => ({
    ...base,
    // Offsets of an HTML page count its extracted text, not the lines of the file.
    locate: text === null || ['.html', '.htm'].includes(extname(target.path).toLowerCase()) ? null : locator(text),
    verdict: v,
  });
  const expected = await readExpected(target.expectedPath);
  if (expected.kind === 'missing') return verdict({ status: 'skip', reason: `no ${target.expected}` });
  if (expected.kind === 'invalid' && !update) return verdict({ status: 'error', message: `${target.expected}: ${expected.message}` });
  const article = await readArticle(target, warn);
  if ('error' in article) return verdict({ status: 'error', message: article.error });
  let rendered: string;
  try {
    const analyzed = engine.analyze(article.masked ?? article.text, { source: target.source, referenceDate: article.referenceDate });
    const result = article.masked === undefined ? analyzed : restoreOriginalTexts(analyzed, article.text);
    rendered = FORMATTERS.json.render([result], { batch: false, color: false, columns: 80 });
  } catch (error) {
    return verdict({ status: 'error', message: `internal error: ${oneLine(error)}` }, article.text);
  }
  const changes: Change[] =
    expected.kind === 'found'
      ? compareResults(expected.value, JSON.parse(rendered) as JsonObject)
      : [{ group: 'document', kind: 'changed', item: 'expected file', details: [expected.message], offset: null }];
  if (changes.length === 0) return verdict({ status: 'pass' }, article.text);
  if (!update) return verdict({ status: 'fail', changes }, article.text);
  try {
    await writeExpected(target.expectedPath, rendered);
  } catch (error) {
    return verdict({ status: 'error', message: `${target.expected}: ${fromFileSystem(error).message}` }, article.text);
  }
  return verdict({ status: 'updated', changes }, article.text);
}
