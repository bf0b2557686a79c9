import type { OutputRecord } from '../format/index.js';
import type { Document } from './documents.js';
import type { Engine } from './engine.js';
import { oneLine } from './errors.js';

/** The error record of a document whose analysis failed: a bug worth reporting, never a crash. */
export function internalFailure(doc: Pick<Document, 'source' | 'id'>, detail: string): OutputRecord {
  const error = { code: 'internal' as const, message: `internal error: ${detail}` };
  return doc.id === undefined ? { source: doc.source, error } : { source: doc.source, id: doc.id, error };
}

/** Analyzes in this thread; an exception becomes the document's error record. */
export function analyzeHere(engine: Engine, doc: Document): OutputRecord {
  try {
    return engine.analyze(doc.masked ?? doc.text, { source: doc.source, id: doc.id, referenceDate: doc.referenceDate });
  } catch (error) {
    return internalFailure(doc, oneLine(error));
  }
}
