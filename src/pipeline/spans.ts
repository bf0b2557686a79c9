import type { Span } from '../types.js';

/**
 * Index of the first span that ends after `offset`, in spans that are disjoint and in text order
 * (sentences, merged excluded regions, dates); `spans.length` when none does. A binary search, so
 * per-item lookups stay O(log n) however long the document.
 */
export function firstEndingAfter(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether `span` overlaps one of `spans` (disjoint and in text order). */
export function overlapsAny(spans: readonly Span[], span: Span): boolean {
  const first = spans[firstEndingAfter(spans, span.start)];
  return first !== undefined && first.start < span.end;
}

/** How many of the sorted `values` are below `at`: where `at` would go among them. */
export function countBelow(values: readonly number[], at: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
