import type { AnalysisResult } from '../../types.js';

/** One document, sent to a worker thread in one message. */
export interface Task {
  seq: number;
  text: string;
  source: string;
  id?: string;
  referenceDate: string | null;
}

/** What a worker thread posts back: once `ready` (its libraries loaded), then one reply per task. */
export type Reply =
  | { kind: 'ready' }
  | { kind: 'result'; seq: number; result: AnalysisResult }
  | { kind: 'failed'; seq: number; message: string };
