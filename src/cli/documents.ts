import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Readable } from 'node:stream';
import type { ErrorRecord } from '../format/index.js';
import { decodeBytes } from './decode.js';
import { fromFileSystem } from './errors.js';
import { looksLikeHtml } from './html/extract.js';
import { readHtml } from './html/page.js';
import type { Input } from './inputs.js';
import { frontMatterDate } from './markdown/front-matter.js';
import { maskMarkdown } from './markdown/mask.js';
import { decodePage } from './url/decode-page.js';
import { fetchPage, isHtmlType } from './url/fetch.js';
import { parseJsonlLine, readLines } from './jsonl.js';
import type { InputFormat } from './options.js';
import { readFileBytes, readStreamBytes } from './read.js';

/** One document to analyze: its text exactly as the offsets will refer to it. */
export interface Document {
  kind: 'document';
  source: string;
  id?: string;
  text: string;
  /**
   * What the analysis reads when it is not `text` itself: Markdown with its markup masked by
   * spaces. Same length as `text`, so offsets into it are offsets into `text`.
   */
  masked?: string;
  /**
   * The reference date for relative dates: --reference-date (or the JSON Lines record's), else the
   * date the input states about itself (an HTML page's publication date, a Markdown front matter's
   * `date:`), else null (the analysis then looks for one in the text).
   */
  referenceDate: string | null;
}

/** What reading an input gives before it becomes a Document. */
interface Read {
  text: string;
  masked?: string;
  /** The date the input states about itself, YYYY-MM-DD. */
  published?: string | null;
}

export type Job = Document | { kind: 'error'; record: ErrorRecord };

export interface ReadSettings {
  inputFormat: InputFormat;
  maxBytes: number;
  referenceDate: string | null;
  stdin: () => Readable;
  checkReferenceDate: (value: string) => string;
  /** How long a URL may take, body included (default 15 s). */
  urlTimeoutMs?: number;
  /** One line for stderr that does not stop the run (an encoding fallback). */
  warn: (source: string, message: string) => void;
}

const JSONL_EXTENSIONS = new Set(['.jsonl', '.ndjson']);
const HTML_EXTENSIONS = new Set(['.html', '.htm']);
const MARKDOWN_EXTENSIONS = new Set(['.md', '.markdown']);

export function isJsonlInput(input: Input, inputFormat: InputFormat): boolean {
  if (input.kind === 'error' || input.kind === 'url') return false;
  if (inputFormat !== 'auto') return inputFormat === 'jsonl';
  return input.kind === 'file' && JSONL_EXTENSIONS.has(extname(input.source).toLowerCase());
}

function errorJob(source: string, error: unknown, id?: string): Job {
  const { code, message } = fromFileSystem(error);
  return { kind: 'error', record: id === undefined ? { source, error: { code, message } } : { source, id, error: { code, message } } };
}

/** Markdown by extension with `auto`, every input with `markdown`; `text` keeps the markup. */
function isMarkdownInput(input: Input & { kind: 'file' | 'stdin' }, inputFormat: InputFormat): boolean {
  if (inputFormat !== 'auto') return inputFormat === 'markdown';
  return input.kind === 'file' && MARKDOWN_EXTENSIONS.has(extname(input.source).toLowerCase());
}

function readMarkdown(text: string): Read {
  return { text, masked: maskMarkdown(text), published: frontMatterDate(text) };
}

/** HTML as its article text (html/page.ts), with the page's publication date. */
async function readHtmlText(html: string): Promise<Read> {
  const page = await readHtml(html);
  return { text: page.text, published: page.published };
}

/** A page on the web: HTML by its Content-Type (or, untyped, by its first bytes). */
async function readUrl(input: Input & { kind: 'url' }, settings: ReadSettings): Promise<Read> {
  const page = await fetchPage(input.source, { maxBytes: settings.maxBytes, timeoutMs: settings.urlTimeoutMs });
  const decoded = decodePage(page);
  if (decoded.fellBack) settings.warn(input.source, 'not valid UTF-8; read as Windows-1252');
  if (settings.inputFormat === 'markdown' || (settings.inputFormat === 'auto' && page.mediaType === 'text/markdown')) {
    return readMarkdown(decoded.text);
  }
  const isHtml = page.mediaType === '' ? looksLikeHtml(decoded.text) : isHtmlType(page.mediaType);
  return isHtml ? readHtmlText(decoded.text) : { text: decoded.text };
}

async function readText(input: Input & { kind: 'file' | 'stdin' | 'url' }, settings: ReadSettings): Promise<Read> {
  if (input.kind === 'url') return readUrl(input, settings);
  const bytes = input.kind === 'stdin' ? await readStreamBytes(settings.stdin(), settings.maxBytes) : await readFileBytes(input.path, settings.maxBytes);
  const decoded = decodeBytes(bytes);
  if (decoded.fellBack) settings.warn(input.source, 'not valid UTF-8; read as Windows-1252');
  if (isMarkdownInput(input, settings.inputFormat)) return readMarkdown(decoded.text);
  const isHtml = input.kind === 'file' ? HTML_EXTENSIONS.has(extname(input.source).toLowerCase()) : looksLikeHtml(decoded.text);
  return isHtml ? readHtmlText(decoded.text) : { text: decoded.text };
}

async function* jsonlDocuments(input: Input & { kind: 'file' | 'stdin' }, settings: ReadSettings): AsyncGenerator<Job> {
  let stream: Readable;
  if (input.kind === 'stdin') {
    stream = settings.stdin();
  } else {
    try {
      stream = (await open(input.path, 'r')).createReadStream();
    } catch (error) {
      yield errorJob(input.source, error);
      return;
    }
  }
  const context = { source: input.source, defaultReferenceDate: settings.referenceDate, maxBytes: settings.maxBytes, checkReferenceDate: settings.checkReferenceDate };
  try {
    for await (const line of readLines(stream, settings.maxBytes)) {
      const parsed = parseJsonlLine(line, context);
      if ('error' in parsed) yield { kind: 'error', record: parsed };
      else yield { kind: 'document', source: input.source, ...parsed };
    }
  } catch (error) {
    yield errorJob(input.source, error);
  } finally {
    stream.destroy();
  }
}

/**
 * Every document of the inputs, in input order, one at a time: a JSON Lines input yields each
 * line as it is read, so the first results can be written before the input ends.
 */
export async function* documents(inputs: readonly Input[], settings: ReadSettings): AsyncGenerator<Job> {
  for (const input of inputs) {
    if (input.kind === 'error') {
      yield errorJob(input.source, input.error);
    } else if (input.kind !== 'url' && isJsonlInput(input, settings.inputFormat)) {
      yield* jsonlDocuments(input, settings);
    } else {
      try {
        const { published, ...read } = await readText(input, settings);
        // --reference-date wins over the date the input gives itself.
        yield { kind: 'document', source: input.source, ...read, referenceDate: settings.referenceDate ?? published ?? null };
      } catch (error) {
        yield errorJob(input.source, error);
      }
    }
  }
}

