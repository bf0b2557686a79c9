import type { OutputRecord } from './records.js';

export interface FormatOptions {
  /** Emit ANSI colour codes. */
  color: boolean;
  /** Terminal width the table view wraps to. */
  columns: number;
  /** Several inputs (or a directory, or JSON Lines): JSON prints an array even for one record. */
  batch: boolean;
}

/** A pure function of the records: same records and options, same string. */
export interface Formatter {
  render(records: readonly OutputRecord[], options: FormatOptions): string;
  /**
   * The piece of output for the record at `index`, such that the pieces concatenated equal
   * `render` of all records: lets the command write each result as soon as it is ready.
   * Absent when the output needs every record first (a JSON array).
   */
  renderOne?: (record: OutputRecord, index: number, options: FormatOptions) => string;
}
