import { highlight } from './highlight/index.js';
import { html } from './html/index.js';
import { json, ndjson } from './json.js';
import { markdown } from './markdown.js';
import { table } from './table/index.js';
import type { Formatter } from './types.js';

export type { ArticleText, FormatOptions, Formatter } from './types.js';
export { isErrorRecord, type ErrorCode, type ErrorRecord, type OutputRecord } from './records.js';
export { canonical } from './canonical.js';

export const FORMAT_NAMES = ['table', 'json', 'ndjson', 'highlight', 'html', 'markdown'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

/** Every output format of `--format`, by name. */
export const FORMATTERS: Readonly<Record<FormatName, Formatter>> = { table, json, ndjson, highlight, html, markdown };
