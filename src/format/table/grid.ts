import Table from 'cli-table3';
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

function paintLines(lines: readonly string[], paint: Paint, hue: Hue | undefined): string {
  return lines.map((line) => (hue ? paint.hue(hue, line) : line)).join('\n');
}

/** A bordered table that fits `total` columns, cells word-wrapped (never truncated) and escaped. */
export function renderGrid(grid: Grid, total: number, paint: Paint): string {
  const cells = grid.rows.map((row) => row.map(toCell));
  const widths = fitWidths(grid.columns, naturalWidths(grid.columns, cells), total);
  const table = new Table({
    head: grid.columns.map((c, i) => paint.bold(wrapText(c.header, widths[i] ?? 1).join('\n'))),
    colAligns: grid.columns.map((c) => c.align ?? 'left'),
    // Colours come from our own palette; cli-table3 must add none of its own.
    style: { head: [], border: [] },
    wordWrap: false,
  });
  for (const row of cells) {
    table.push(row.map((cell, i) => paintLines(wrapText(cell.text, widths[i] ?? 1), paint, cell.hue)));
  }
  return table.toString();
}
