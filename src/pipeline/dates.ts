import type { DateMention, Span } from '../types.js';
import type { Doc, Stage } from './document.js';
import { parseIsoDay } from './dates/calendar.js';
import { articleReferenceDate } from './dates/reference.js';
import { scanDates } from './dates/scan.js';
import { tokenize } from './dates/tokens.js';

/** The stretches to scan: sentences (dates never cross them), or the whole text before segmentation. */
export function scanRanges(doc: Doc): readonly Span[] {
  return doc.sentences.length > 0 ? doc.sentences : [{ start: 0, end: doc.text.length }];
}

/**
 * Dates at the granularity the text gives, relative ones resolved against the reference day: the
 * user's, else one the article states (dateline or "Published …" line), else none (value null).
 */
export const dates: Stage = {
  name: 'dates',
  reads: ['text', 'sentences', 'excluded', 'dateline', 'referenceDate'],
  writes: ['dates', 'referenceDate'],
  run(doc: Doc) {
    if (!doc.referenceDate) doc.referenceDate = articleReferenceDate(doc);
    const ref = doc.referenceDate ? parseIsoDay(doc.referenceDate) : null;
    const found: DateMention[] = [];
    for (const range of scanRanges(doc)) {
      for (const c of scanDates(doc.text, tokenize(doc.text, range.start, range.end))) {
        if (doc.isExcluded(c)) continue;
        const { value, endValue } = c.resolve(ref);
        const mention: DateMention = { ...doc.textSpan(c.start, c.end), value, relative: c.relative };
        if (endValue !== undefined) mention.endValue = endValue;
        found.push(mention);
      }
    }
    doc.dates = found.sort((a, b) => a.start - b.start || a.end - b.end);
  },
};
