import type { Figure, Span } from '../types.js';
import type { Doc, Stage } from './document.js';
import { scanRanges } from './dates.js';
import { scanDates } from './dates/scan.js';
import { tokenize } from './dates/tokens.js';
import { readFigure } from './figures/readFigure.js';

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/**
 * Figures as news writes them, each with its value, unit, what it counts and any qualifier.
 * Numbers inside dates ("Nov. 5, 2016", "two weeks ago") are the dates stage's, so the same date
 * scanner runs here first and its spans are skipped.
 */
export const figures: Stage = {
  name: 'figures',
  reads: ['text', 'sentences', 'excluded'],
  writes: ['figures'],
  run(doc: Doc) {
    const found: Figure[] = [];
    for (const range of scanRanges(doc)) {
      const tokens = tokenize(doc.text, range.start, range.end);
      const dateSpans = scanDates(doc.text, tokens);
      const ctx = { text: doc.text, tokens, sentenceStart: range.start };
      let d = 0;
      let i = 0;
      while (i < tokens.length) {
        const t = tokens[i]!;
        while (d < dateSpans.length && dateSpans[d]!.end <= t.start) d++;
        if (d < dateSpans.length && overlaps(t, dateSpans[d]!)) {
          i++;
          continue;
        }
        const read = readFigure(ctx, i);
        if (read === null) {
          i++;
          continue;
        }
        if ('skipTo' in read) {
          i = Math.max(i + 1, read.skipTo + 1);
          continue;
        }
        const span = { start: tokens[read.first]!.start, end: tokens[read.last]!.end };
        i = read.last + 1;
        if (dateSpans.some((x) => overlaps(x, span)) || doc.isExcluded(span)) continue;
        const high = read.high !== undefined ? { high: read.high } : {};
        found.push({ ...doc.textSpan(span.start, span.end), value: read.value, ...high, unit: read.unit, counts: read.counts, qualifier: read.qualifier });
      }
    }
    doc.figures = found.sort((a, b) => a.start - b.start || a.end - b.end);
  },
};
