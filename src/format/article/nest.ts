import { compareMarks, type Mark } from './marks.js';

/**
 * The article as a flat sequence that opens and closes marks in proper nesting, for output that
 * needs it (HTML elements, bracket markers): a mark that crosses another's boundary is closed there
 * and opened again on the other side, so `{a [b} c]` becomes `{a [b]}[ c]`.
 */
export type Piece =
  | { type: 'open'; mark: Mark }
  | { type: 'close'; mark: Mark }
  /** Characters `start…start + text.length` of the article, inside every mark of `active` (outer first). */
  | { type: 'text'; text: string; start: number; active: readonly Mark[] };

/** Every offset where some mark starts or ends, with the text's two ends, in order. */
function boundaries(marks: readonly Mark[], length: number): number[] {
  const points = new Set<number>([0, length]);
  for (const m of marks) {
    points.add(m.start);
    points.add(m.end);
  }
  return [...points].sort((a, b) => a - b);
}

/**
 * One pass over the boundaries: at each, the marks covering the next stretch of text, outer first,
 * are compared with the marks open; those past the common prefix are closed and the rest opened.
 * Marks open at one point are few, so this stays linear in the number of marks.
 */
export function nestMarks(text: string, marks: readonly Mark[]): Piece[] {
  const sorted = [...marks].sort(compareMarks);
  const points = boundaries(sorted, text.length);
  const pieces: Piece[] = [];
  const open: Mark[] = [];
  let active: Mark[] = [];
  let next = 0;
  for (let p = 0; p < points.length; p++) {
    const at = points[p] ?? 0;
    active = active.filter((m) => m.end > at);
    let added = false;
    while (next < sorted.length && (sorted[next]?.start ?? Infinity) <= at) {
      const mark = sorted[next++] as Mark;
      if (mark.end > at) {
        active.push(mark);
        added = true;
      }
    }
    if (added) active.sort(compareMarks);
    let shared = 0;
    while (shared < open.length && shared < active.length && open[shared] === active[shared]) shared++;
    while (open.length > shared) pieces.push({ type: 'close', mark: open.pop() as Mark });
    for (const mark of active.slice(shared)) {
      open.push(mark);
      pieces.push({ type: 'open', mark });
    }
    const end = points[p + 1];
    if (end !== undefined && end > at) pieces.push({ type: 'text', text: text.slice(at, end), start: at, active: [...active] });
  }
  while (open.length > 0) pieces.push({ type: 'close', mark: open.pop() as Mark });
  return pieces;
}
