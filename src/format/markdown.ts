import type { AnalysisResult } from '../types.js';
import { isErrorRecord, type ErrorRecord, type OutputRecord } from './records.js';
import type { Cell, Grid } from './table/grid.js';
import { documentLabel } from './table/header.js';
import { SECTIONS, type Section } from './table/sections.js';
import type { FormatOptions, Formatter } from './types.js';
import { documentFacts } from './article/facts.js';

/** C0/C1 controls and bidirectional controls: shown as escapes, never pasted as they are. */
const UNSAFE = /[\p{Cc}\p{Bidi_Control}]/gu;
/**
 * ASCII punctuation that Markdown (GitHub's included) would read as markup: emphasis, code, links,
 * raw HTML, entities, table pipes, strikethrough, and `$` for GitHub's math. CommonMark lets a
 * backslash escape every one of them. A `#` matters only in a heading (see `heading`).
 */
const MARKUP = /[\\`*_[\]<>|~&$]/g;
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/u;

function visible(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

function escapeLine(text: string): string {
  return text.replace(UNSAFE, (ch) => (ch === '\t' ? ' ' : visible(ch))).replace(MARKUP, '\\$&');
}

/** Text in running Markdown: markup escaped, line breaks as spaces. */
export function markdownText(text: string): string {
  return text.split(LINE_BREAK).map(escapeLine).join(' ');
}

/** Text in a table cell: as `markdownText`, but a line break is kept as `<br>` (GitHub renders it in cells). */
export function markdownCell(text: string): string {
  return text.split(LINE_BREAK).map(escapeLine).join('<br>');
}

/** A heading's text: `#`s escaped too, else trailing ones would be read as the heading's closing marks. */
function heading(level: number, text: string): string {
  return `${'#'.repeat(level)} ${markdownText(text).replaceAll('#', '\\#')}`;
}

function cellText(value: Cell | string): string {
  return typeof value === 'string' ? value : value.text;
}

function table(grid: Grid): string {
  const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const lines = [
    row(grid.columns.map((c) => markdownCell(c.header))),
    row(grid.columns.map((c) => (c.align === 'right' ? '---:' : '---'))),
    ...grid.rows.map((cells) => row(grid.columns.map((_c, i) => markdownCell(cellText(cells[i] ?? ''))))),
  ];
  return lines.join('\n');
}

function section(s: Section): string {
  if (s.count === 0) return `No ${s.kind} found.`;
  return `${heading(3, `${s.kind[0]?.toUpperCase() ?? ''}${s.kind.slice(1)} (${s.count})`)}\n\n${table(s.grid)}`;
}

function facts(r: AnalysisResult): string {
  return documentFacts(r).map(([label, value]) => `- **${label}:** ${markdownText(value)}`).join('\n');
}

function errorBlock(r: ErrorRecord): string {
  return `${heading(2, documentLabel(r.source, r.id))}\n\n**Error** (\`${r.error.code}\`): ${markdownText(r.error.message)}\n`;
}

function block(record: OutputRecord): string {
  if (isErrorRecord(record)) return errorBlock(record);
  const parts = [heading(2, documentLabel(record.source, record.id)), facts(record), ...SECTIONS.map((make) => section(make(record)))];
  return `${parts.join('\n\n')}\n`;
}

function renderOne(record: OutputRecord, index: number): string {
  return `${index > 0 ? '\n' : ''}${block(record)}`;
}

/**
 * The table view's tables as GitHub-flavoured Markdown, for pasting into issues and reports: one
 * `##` heading per document, a `###` heading per kind. Everything from the article is escaped.
 */
export const markdown: Formatter = {
  render(records: readonly OutputRecord[], _options: FormatOptions): string {
    return records.map((r, i) => renderOne(r, i)).join('');
  },
  renderOne: (record, index) => renderOne(record, index),
};
