import type { Readable } from 'node:stream';
import type { ErrorRecord } from '../format/index.js';

export interface Line {
  /** 1-based line number in the input. */
  number: number;
  /** The line's text; null when it was longer than the limit (its bytes were not kept). */
  text: string | null;
}

const NEWLINE = 0x0a;

function lineText(parts: readonly Buffer[], size: number, first: boolean): string {
  let text = Buffer.concat(parts, size).toString('utf8');
  if (text.endsWith('\r')) text = text.slice(0, -1);
  return first && text.startsWith('\ufeff') ? text.slice(1) : text;
}

/**
 * The lines of a byte stream, one at a time as they arrive, so memory holds one line at most
 * (not readline: a line longer than `maxBytes` is skipped as it streams instead of being buffered).
 * Blank lines are not yielded.
 */
export async function* readLines(stream: Readable, maxBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let oversized = false;
  let number = 1;
  const take = (): Line | null => {
    const line = oversized ? { number, text: null } : { number, text: lineText(parts, size, number === 1) };
    parts = [];
    size = 0;
    oversized = false;
    number++;
    return line.text === null || line.text.trim() !== '' ? line : null;
  };
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    let from = 0;
    while (from <= bytes.length) {
      const newline = bytes.indexOf(NEWLINE, from);
      const end = newline < 0 ? bytes.length : newline;
      if (!oversized && end > from) {
        size += end - from;
        if (size > maxBytes) {
          oversized = true;
          parts = [];
        } else {
          parts.push(bytes.subarray(from, end));
        }
      }
      if (newline < 0) break;
      const line = take();
      if (line) yield line;
      from = newline + 1;
    }
  }
  if (size > 0 || oversized) {
    const line = take();
    if (line) yield line;
  }
}

export interface JsonlDocument {
  id?: string;
  text: string;
  referenceDate: string | null;
}

function failure(source: string, id: string | undefined, code: ErrorRecord['error']['code'], message: string): ErrorRecord {
  return id === undefined ? { source, error: { code, message } } : { source, id, error: { code, message } };
}

/**
 * One JSON Lines record `{"id", "text", "referenceDate"?}` as a document to analyze, or the error
 * record that takes its place. A numeric id is kept as its decimal string.
 */
export interface JsonlContext {
  source: string;
  defaultReferenceDate: string | null;
  maxBytes: number;
  /** Returns the date when it is a calendar day in YYYY-MM-DD form, else throws. */
  checkReferenceDate: (value: string) => string;
}

export function parseJsonlLine(line: Line, context: JsonlContext): JsonlDocument | ErrorRecord {
  const { source, defaultReferenceDate, maxBytes, checkReferenceDate } = context;
  const where = `line ${line.number}`;
  if (line.text === null) return failure(source, undefined, 'too-large', `${where}: too large (over --max-bytes ${maxBytes})`);
  let value: unknown;
  try {
    value = JSON.parse(line.text);
  } catch {
    return failure(source, undefined, 'invalid-json', `${where}: not valid JSON`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return failure(source, undefined, 'invalid-document', `${where}: not a JSON object`);
  }
  const record = value as Record<string, unknown>;
  const rawId = record.id;
  if (rawId !== undefined && rawId !== null && typeof rawId !== 'string' && !(typeof rawId === 'number' && Number.isFinite(rawId))) {
    return failure(source, undefined, 'invalid-document', `${where}: "id" must be a string`);
  }
  const id = rawId === undefined || rawId === null ? undefined : String(rawId);
  if (typeof record.text !== 'string') return failure(source, id, 'invalid-document', `${where}: no "text" string`);
  let referenceDate = defaultReferenceDate;
  if (record.referenceDate !== undefined && record.referenceDate !== null) {
    try {
      referenceDate = checkReferenceDate(String(record.referenceDate));
    } catch (error) {
      return failure(source, id, 'invalid-reference-date', `${where}: ${(error as Error).message}`);
    }
  }
  return id === undefined ? { text: record.text, referenceDate } : { id, text: record.text, referenceDate };
}
