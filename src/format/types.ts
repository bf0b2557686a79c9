import type { OutputRecord } from './records.js';

export interface FormatOptions {
  /** Emit ANSI colour codes. */
  color: boolean;
  /** Terminal width the table view wraps to. */
  columns: number;
  /** Several inputs (or a directory, or JSON Lines): JSON prints an array even for one record. */
  batch: boolean;
}

/**
 * The text a record was analyzed on, the one its offsets point into (for HTML the extracted text,
 * for Markdown the file as read); null for an error record, or when the caller does not have it.
 */
export type ArticleText = string | null;

/** A pure function of the records (and, for formats that show the article, their texts). */
export interface Formatter {
  /**
   * The output shows the article itself: the caller passes each record's text, `texts[i]` for
   * `records[i]`. Other formatters get null for every record, so no text is held for them.
   */
  needsText?: boolean;
  render(records: readonly OutputRecord[], options: FormatOptions, texts?: readonly ArticleText[]): string;
  /**
   * The piece of output for the record at `index`, such that the pieces concatenated equal
   * `render` of all records: lets the command write each result as soon as it is ready.
   * Absent when the output needs every record first (a JSON array).
   */
  renderOne?: (record: OutputRecord, index: number, options: FormatOptions, text?: ArticleText) => string;
}
