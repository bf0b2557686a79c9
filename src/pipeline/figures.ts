import type { Figure, Span, TextSpan } from '../types.js';
import type { Doc, Stage } from './document.js';
import { datesInRange, scanRanges } from './dates/shared.js';
import { tokenize } from './dates/tokens.js';
import { readFigure, type FigureMatch } from './figures/readFigure.js';
import { overlapsAny } from './spans.js';

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/**
 * The figure's object, keys in the order printed. Written out rather than spread: an object literal
 * with spreads costs V8 new hidden classes at each call, several hundred bytes per figure.
 */
function figureOf(at: TextSpan, read: FigureMatch): Figure {
  const { text, start, end } = at;
  const { value, unit, counts, qualifier } = read;
  return read.high !== undefined
    ? { text, start, end, value, high: read.high, unit, counts, qualifier }
    : { text, start, end, value, unit, counts, qualifier };
}

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
    const ranges = scanRanges(doc);
    for (let k = 0; k < ranges.length; k++) {
      const range = ranges[k]!;
      const tokens = tokenize(doc.text, range.start, range.end);
      // Scanned once for both stages: the dates stage reuses these candidates.
      const dateSpans = datesInRange(doc, k, tokens);
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
        if (overlapsAny(dateSpans, span) || doc.isExcluded(span)) continue;
        found.push(figureOf(doc.textSpan(span.start, span.end), read));
      }
    }
    doc.figures = found.sort((a, b) => a.start - b.start || a.end - b.end);
  },
};
