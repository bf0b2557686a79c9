import type { AnalysisResult } from '../types.js';

/** Why a document produced no result. Stable strings: scripts match on them. */
export type ErrorCode =
  | 'not-found'
  | 'permission-denied'
  | 'no-articles'
  | 'binary'
  | 'too-large'
  | 'unreadable'
  | 'invalid-json'
  | 'invalid-document'
  | 'invalid-reference-date'
  | 'internal';

/** Stands in a batch's output in place of the result a document could not give. */
export interface ErrorRecord {
  source: string;
  id?: string;
  error: { code: ErrorCode; message: string };
}

/** One line of NDJSON output, one element of a JSON array, one block of the table view. */
export type OutputRecord = AnalysisResult | ErrorRecord;

export function isErrorRecord(record: OutputRecord): record is ErrorRecord {
  return 'error' in record;
}
