/**
 * GFM tables: a header row, a delimiter row ("| --- | :---: |") with as many cells, then body
 * rows up to a blank line or a line without a pipe. The delimiter row is masked whole; in the
 * other rows the cell pipes are masked, so cells read as words apart, never as "|Mara" or "Quint|".
 */

/** Wider rows are not tables (keeps a pathological line cheap). */
const MAX_CELLS = 64;

/** Offsets (into `line`) of the pipes that separate cells: not escaped, not inside a code span. */
export function cellPipes(line: string): number[] {
  const pipes: number[] = [];
  let inCode = 0;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '\\') {
      i++;
    } else if (ch === '`') {
      let run = 1;
      while (line[i + run] === '`') run++;
      // A code span closes on a run of the same length; an unclosed one is text.
      if (inCode === 0 && line.indexOf('`'.repeat(run), i + run) > 0) inCode = run;
      else if (inCode === run) inCode = 0;
      i += run - 1;
    } else if (ch === '|' && inCode === 0) {
      pipes.push(i);
    }
  }
  return pipes;
}

/** The cells of a row: its text split at the pipes, an outer pipe on either side dropped. */
function cellCount(line: string, pipes: readonly number[]): number {
  const trimmed = line.trim();
  let count = pipes.length + 1;
  if (trimmed.startsWith('|')) count--;
  if (trimmed.endsWith('|') && trimmed.length > 1) count--;
  return count;
}

/** "| --- | :---: |": cells of dashes with optional colons; the row's cell count, or 0 when it is not one. */
export function delimiterCells(line: string): number {
  const trimmed = line.trim();
  if (!trimmed.includes('|')) return 0;
  const inner = trimmed.replace(/^\|/u, '').replace(/\|$/u, '');
  const cells = inner.split('|');
  if (cells.length > MAX_CELLS) return 0;
  return cells.every((cell) => /^:?-+:?$/u.test(cell.trim())) ? cells.length : 0;
}

/** True when `header` and `delimiter` open a table. */
export function opensTable(header: string, delimiter: string | undefined): boolean {
  if (delimiter === undefined || !header.includes('|')) return false;
  const pipes = cellPipes(header);
  const cells = delimiterCells(delimiter);
  return pipes.length > 0 && cells > 0 && cellCount(header, pipes) === cells;
}

/** A body row continues the table: not blank, and with a pipe. */
export function continuesTable(line: string): boolean {
  return line.trim() !== '' && line.includes('|');
}
