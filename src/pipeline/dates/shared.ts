import type { Span } from '../../types.js';
import type { Doc } from '../document.js';
import { scanDates, type DateCandidate } from './scan.js';
import { tokenize, type Token } from './tokens.js';

/** The stretches to scan: sentences (dates never cross them), or the whole text before segmentation. */
export function scanRanges(doc: Doc): readonly Span[] {
  return doc.sentences.length > 0 ? doc.sentences : [{ start: 0, end: doc.text.length }];
}

interface Scanned {
  sentences: Doc['sentences'];
  found: (DateCandidate[] | undefined)[];
}

/**
 * Each range's date candidates, scanned once per document: the figures stage needs the date spans
 * (numbers inside dates are not figures) and the dates stage the same candidates, and the scan is
 * about a tenth of a whole analysis. Kept only until the dates stage takes them (`forgetDates`).
 */
const scans = new WeakMap<Doc, Scanned>();

/** The date candidates of `scanRanges(doc)[k]`; `tokens` are that range's date tokens, when the caller has them. */
export function datesInRange(doc: Doc, k: number, tokens?: readonly Token[]): DateCandidate[] {
  let scanned = scans.get(doc);
  // A document whose sentences were replaced since (tests re-segment) is scanned afresh.
  if (!scanned || scanned.sentences !== doc.sentences) {
    scanned = { sentences: doc.sentences, found: [] };
    scans.set(doc, scanned);
  }
  const known = scanned.found[k];
  if (known) return known;
  const range = scanRanges(doc)[k]!;
  const found = scanDates(doc.text, tokens ?? tokenize(doc.text, range.start, range.end));
  scanned.found[k] = found;
  return found;
}

/** Drops the document's remembered scan: its last reader is done. */
export function forgetDates(doc: Doc): void {
  scans.delete(doc);
}
