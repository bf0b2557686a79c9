import type { OutputRecord } from '../format/index.js';
import type { Document } from './documents.js';
import type { Engine } from './engine.js';
import { oneLine } from './errors.js';
import { restoreOriginalTexts } from './markdown/restore.js';

/** The error record of a document whose analysis failed: a bug worth reporting, never a crash. */
export function internalFailure(doc: Pick<Document, 'source' | 'id'>, detail: string): OutputRecord {
  const error = { code: 'internal' as const, message: `internal error: ${detail}` };
  return doc.id === undefined ? { source: doc.source, error } : { source: doc.source, id: doc.id, error };
}

/**
 * Analyzes in this thread; an exception becomes the document's error record. Markdown is analyzed
 * masked and its span texts are then taken from the file as read.
 */
export function analyzeHere(engine: Engine, doc: Document): OutputRecord {
  try {
    const record = engine.analyze(doc.masked ?? doc.text, { source: doc.source, id: doc.id, referenceDate: doc.referenceDate });
    return doc.masked === undefined ? record : restoreOriginalTexts(record, doc.text);
  } catch (error) {
    return internalFailure(doc, oneLine(error));
  }
}
