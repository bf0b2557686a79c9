import { canonical } from './canonical.js';
import type { FormatOptions, Formatter } from './types.js';
import type { OutputRecord } from './records.js';

/** One object for a single input, an array for a batch (even of one), two-space indented. */
export const json: Formatter = {
  render(records: readonly OutputRecord[], options: FormatOptions): string {
    const first = records[0];
    if (!options.batch && records.length === 1 && first) return `${JSON.stringify(canonical(first), null, 2)}\n`;
    return `${JSON.stringify(records.map((r) => canonical(r)), null, 2)}\n`;
  },
};

/** One compact object per line, so a batch can be streamed and split with line tools. */
export const ndjson: Formatter = {
  render(records: readonly OutputRecord[]): string {
    return records.map((r) => ndjsonLine(r)).join('');
  },
  renderOne: (record) => ndjsonLine(record),
};

/** One record as its NDJSON line; worker threads of `--jobs` write lines with it too. */
export function ndjsonLine(record: OutputRecord): string {
  return `${JSON.stringify(canonical(record))}\n`;
}
