import type { OutputRecord } from '../../format/index.js';
import type { AnalysisResult } from '../../types.js';

/** One document, sent to a worker thread in one message. */
export interface Task {
  seq: number;
  /** What the analysis reads: the text, or Markdown with its markup masked. */
  text: string;
  /** The file as read, when `text` is masked: span texts are taken from it. */
  original?: string;
  source: string;
  id?: string;
  referenceDate: string | null;
  /** Answer with the record's NDJSON line instead of the record. */
  asLine: boolean;
}

/**
 * What a worker thread posts back: once `ready` (its libraries loaded), then one reply per task:
 * the result, its NDJSON line (with the quote count the batch summary needs), or why it failed.
 */
export type Reply =
  | { kind: 'ready' }
  | { kind: 'result'; seq: number; result: AnalysisResult }
  | { kind: 'line'; seq: number; line: string; quotes: number }
  | { kind: 'failed'; seq: number; message: string };

/** A document's analysis as the writer gets it: a record to format, or a line already formatted. */
export type Analyzed = { kind: 'record'; record: OutputRecord } | { kind: 'line'; line: string; quotes: number };
