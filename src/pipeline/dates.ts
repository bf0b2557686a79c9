import type { DateMention } from '../types.js';
import type { Doc, Stage } from './document.js';
import { parseIsoDay } from './dates/calendar.js';
import { articleReferenceDate } from './dates/reference.js';
import { datesInRange, forgetDates, scanRanges } from './dates/shared.js';

export { scanRanges } from './dates/shared.js';

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
    // The figures stage, run before, has usually scanned every range already.
    const ranges = scanRanges(doc);
    for (let k = 0; k < ranges.length; k++) {
      for (const c of datesInRange(doc, k)) {
        if (doc.isExcluded(c)) continue;
        const { value, endValue } = c.resolve(ref);
        // Keys written out (text, start, end first, as textSpan gives them): a spread costs new hidden classes per object.
        const { text, start, end } = doc.textSpan(c.start, c.end);
        const mention: DateMention = { text, start, end, value, relative: c.relative };
        if (endValue !== undefined) mention.endValue = endValue;
        found.push(mention);
      }
    }
    doc.dates = found.sort((a, b) => a.start - b.start || a.end - b.end);
    forgetDates(doc);
  },
};
