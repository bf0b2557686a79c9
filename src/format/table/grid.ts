import { escapeForTerminal } from './escape.js';
import type { Hue, Paint } from './palette.js';
import { displayWidth } from './width.js';
import { wrapText } from './wrap.js';

export interface Column {
  header: string;
  /** Shares the width left after the fixed columns; a fixed column takes its content's width. */
  flex?: boolean;
  /** Upper bound on the content width (before padding). */
  max?: number;
  align?: 'left' | 'right';
}

export interface Cell {
  text: string;
  hue?: Hue;
}

export interface Grid {
  columns: readonly Column[];
  rows: readonly (readonly (Cell | string)[])[];
}

/** A flex column is not made narrower than this (nor than its header's words) when room allows... */
const MIN_FLEX_WIDTH = 8;
/** ...and never narrower than this, whatever the terminal. */
const MIN_NARROW_WIDTH = 4;

function longestWord(text: string): number {
  return Math.max(0, ...text.split(' ').map(displayWidth));
}

/** Per column: one space of padding on each side plus one border; plus the table's last border. */
function overhead(columnCount: number): number {
  return 3 * columnCount + 1;
}

function naturalWidths(columns: readonly Column[], cells: readonly (readonly Cell[])[]): number[] {
  return columns.map((column, i) => {
    let widest = displayWidth(column.header);
    for (const row of cells) widest = Math.max(widest, displayWidth(row[i]?.text ?? ''));
    return Math.min(widest, column.max ?? widest);
  });
}

/**
 * Content width of each column for a table at most `total` columns wide: fixed columns keep their
 * natural width, flex columns share the rest max-min fairly (narrow ones get all they need, the
 * widest takes what is left), each at least MIN_FLEX_WIDTH.
 */
export function fitWidths(columns: readonly Column[], natural: readonly number[], total: number): number[] {
  const widths = shareWidths(columns, natural, total);
  const used = widths.reduce((sum, w) => sum + w, overhead(columns.length));
  // Too narrow even so: let the fixed columns wrap too rather than overflow the terminal.
  if (used > total && columns.some((c) => !c.flex)) return shareWidths(columns.map((c) => ({ ...c, flex: true })), natural, total);
  return widths;
}

function shareWidths(columns: readonly Column[], natural: readonly number[], total: number): number[] {
  const widths = [...natural];
  let budget = total - overhead(columns.length);
  const flex: number[] = [];
  columns.forEach((column, i) => {
    if (column.flex) flex.push(i);
    else budget -= natural[i] ?? 0;
  });
  flex.sort((a, b) => (natural[a] ?? 0) - (natural[b] ?? 0));
  // In a narrow terminal the floors give way (headers break) before the table overflows.
  const fairFloor = Math.max(MIN_NARROW_WIDTH, Math.floor(budget / Math.max(1, flex.length)));
  flex.forEach((index, k) => {
    const want = natural[index] ?? 0;
    const share = Math.floor(budget / (flex.length - k));
    const floor = Math.min(want, Math.max(MIN_FLEX_WIDTH, longestWord(columns[index]?.header ?? '')), fairFloor);
    const width = Math.max(Math.min(want, share), floor);
    widths[index] = width;
    budget -= width;
  });
  return widths;
}

function toCell(value: Cell | string): Cell {
  const cell = typeof value === 'string' ? { text: value } : value;
  return { ...cell, text: escapeForTerminal(cell.text) };
}

/** Box-drawing characters of the border. */
const BOX = {
  top: ['┌', '┬', '┐'],
  middle: ['├', '┼', '┤'],
  bottom: ['└', '┴', '┘'],
  line: '─',
  side: '│',
} as const;

function rule(widths: readonly number[], [left, cross, right]: readonly string[]): string {
  return left + widths.map((w) => BOX.line.repeat(w + 2)).join(cross) + right;
}

/** One row of cells, each already wrapped to its column's width; shorter cells are padded with blank lines. */
function renderRow(cells: readonly { lines: readonly string[]; hue?: Hue | undefined; bold?: boolean }[], widths: readonly number[], aligns: readonly ('left' | 'right')[], paint: Paint): string[] {
  const height = cells.reduce((h, c) => Math.max(h, c.lines.length), 1);
  const out: string[] = [];
  for (let k = 0; k < height; k++) {
    const parts = cells.map((cell, i) => {
      const line = cell.lines[k] ?? '';
      const gap = ' '.repeat(Math.max(0, (widths[i] ?? 0) - displayWidth(line)));
      const shown = cell.bold ? paint.bold(line) : cell.hue && line ? paint.hue(cell.hue, line) : line;
      return ` ${aligns[i] === 'right' ? gap + shown : shown + gap} `;
    });
    out.push(BOX.side + parts.join(BOX.side) + BOX.side);
  }
  return out;
}

/**
 * A bordered table that fits `total` columns, cells word-wrapped (never truncated) and escaped.
 * Drawn here rather than by a table library: the cells are already wrapped to width, and a generic
 * renderer re-measuring every line made a long quote take seconds (time grew with the cube of its
 * length).
 */
export function renderGrid(grid: Grid, total: number, paint: Paint): string {
  const cells = grid.rows.map((row) => row.map(toCell));
  const limits = fitWidths(grid.columns, naturalWidths(grid.columns, cells), total);
  const aligns = grid.columns.map((c) => c.align ?? 'left');
  const head = grid.columns.map((c, i) => ({ lines: wrapText(c.header, limits[i] ?? 1), bold: true }));
  const body = cells.map((row) => row.map((cell, i) => ({ lines: wrapText(cell.text, limits[i] ?? 1), hue: cell.hue })));
  // A column is as wide as its longest wrapped line, which may be narrower than its limit.
  const widths = limits.map(() => 0);
  for (const row of [head, ...body]) {
    row.forEach((cell, i) => {
      for (const line of cell.lines) widths[i] = Math.max(widths[i] ?? 0, displayWidth(line));
    });
  }
  const lines = [rule(widths, BOX.top), ...renderRow(head, widths, aligns, paint)];
  for (const row of body) lines.push(rule(widths, BOX.middle), ...renderRow(row, widths, aligns, paint));
  lines.push(rule(widths, BOX.bottom));
  return lines.join('\n');
}
