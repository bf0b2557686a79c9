import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Readable } from 'node:stream';
import type { ErrorRecord } from '../format/index.js';
import { decodeBytes } from './decode.js';
import { fromFileSystem } from './errors.js';
import { htmlToText, looksLikeHtml } from './html/extract.js';
import type { Input } from './inputs.js';
import { parseJsonlLine, readLines } from './jsonl.js';
import type { InputFormat } from './options.js';
import { readFileBytes, readStreamBytes } from './read.js';

/** One document to analyze: its text exactly as the offsets will refer to it. */
export interface Document {
  kind: 'document';
  source: string;
  id?: string;
  text: string;
  referenceDate: string | null;
}

export type Job = Document | { kind: 'error'; record: ErrorRecord };

export interface ReadSettings {
  inputFormat: InputFormat;
  maxBytes: number;
  referenceDate: string | null;
  stdin: () => Readable;
  checkReferenceDate: (value: string) => string;
  /** One line for stderr that does not stop the run (an encoding fallback). */
  warn: (source: string, message: string) => void;
}

const JSONL_EXTENSIONS = new Set(['.jsonl', '.ndjson']);
const HTML_EXTENSIONS = new Set(['.html', '.htm']);

export function isJsonlInput(input: Input, inputFormat: InputFormat): boolean {
  if (input.kind === 'error') return false;
  if (inputFormat !== 'auto') return inputFormat === 'jsonl';
  return input.kind === 'file' && JSONL_EXTENSIONS.has(extname(input.source).toLowerCase());
}

function errorJob(source: string, error: unknown, id?: string): Job {
  const { code, message } = fromFileSystem(error);
  return { kind: 'error', record: id === undefined ? { source, error: { code, message } } : { source, id, error: { code, message } } };
}

async function readText(input: Input & { kind: 'file' | 'stdin' }, settings: ReadSettings): Promise<string> {
  const bytes = input.kind === 'stdin' ? await readStreamBytes(settings.stdin(), settings.maxBytes) : await readFileBytes(input.path, settings.maxBytes);
  const decoded = decodeBytes(bytes);
  if (decoded.fellBack) settings.warn(input.source, 'not valid UTF-8; read as Windows-1252');
  const isHtml = input.kind === 'file' ? HTML_EXTENSIONS.has(extname(input.source).toLowerCase()) : looksLikeHtml(decoded.text);
  return isHtml ? htmlToText(decoded.text) : decoded.text;
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
    } else if (isJsonlInput(input, settings.inputFormat)) {
      yield* jsonlDocuments(input, settings);
    } else {
      try {
        const text = await readText(input, settings);
        yield { kind: 'document', source: input.source, text, referenceDate: settings.referenceDate };
      } catch (error) {
        yield errorJob(input.source, error);
      }
    }
  }
}

