import type { Writable } from 'node:stream';

export interface ProgressState {
  done: number;
  /** Null when the batch's length is not known ahead (JSON Lines is read as it comes). */
  total: number | null;
  seconds: number;
  columns: number;
}

const REDRAW_MS = 100;
const CLEAR_LINE = '\r\u001b[K';

/** "[█████░░░░░] 120/300 · 41/s · 2.9 s", or without a known total "120 documents · 41/s · 2.9 s". */
export function progressLine({ done, total, seconds, columns }: ProgressState): string {
  const rate = seconds > 0 ? ` · ${Math.round(done / seconds)}/s` : '';
  const tail = `${rate} · ${seconds.toFixed(1)} s`;
  if (total === null || total <= 0) return `${done} documents${tail}`.slice(0, columns - 1);
  const counts = ` ${done}/${total}${tail}`;
  const width = Math.min(30, columns - 1 - counts.length - 2);
  if (width < 5) return counts.trim().slice(0, columns - 1);
  const filled = Math.min(width, Math.floor((width * done) / total));
  return `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}]${counts}`;
}

/**
 * The progress line of a batch on a terminal's stderr: redrawn in place at most ten times a
 * second, erased before anything else is written to the terminal and at the end.
 */
export class ProgressBar {
  private done = 0;
  private drawn = false;
  private lastDraw = Number.NEGATIVE_INFINITY;
  private readonly started: number;

  constructor(
    private readonly stream: Writable,
    private readonly total: number | null,
    private readonly columns: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.started = now();
  }

  /** One more document written. */
  tick(): void {
    this.done++;
    if (this.now() - this.lastDraw >= REDRAW_MS) this.draw();
  }

  draw(): void {
    this.lastDraw = this.now();
    const seconds = (this.lastDraw - this.started) / 1000;
    this.stream.write(`${CLEAR_LINE}${progressLine({ done: this.done, total: this.total, seconds, columns: this.columns })}`);
    this.drawn = true;
  }

  /** Erases the line, so a message or output can take its place; the next tick redraws it. */
  clear(): void {
    if (!this.drawn) return;
    this.stream.write(CLEAR_LINE);
    this.drawn = false;
    this.lastDraw = Number.NEGATIVE_INFINITY;
  }
}
