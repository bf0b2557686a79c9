import type { AnalysisResult } from '../../types.js';
import { isErrorRecord, type OutputRecord } from '../records.js';
import type { FormatOptions, Formatter } from '../types.js';
import { escapeForTerminal } from './escape.js';
import { renderGrid } from './grid.js';
import { documentLabel, errorLine } from './header.js';
import { createPaint, type Paint } from './palette.js';
import { SECTIONS, type Section } from './sections.js';
import { wrapText } from './wrap.js';

function wrapped(text: string, columns: number): string {
  return wrapText(escapeForTerminal(text), columns).join('\n');
}

function header(r: AnalysisResult, columns: number, paint: Paint): string {
  const authors = r.authors.map((a) => (a.role ? `${a.text} (${a.role})` : a.text)).join(', ');
  const lines = [
    paint.bold(wrapped(documentLabel(r.source, r.id), columns)),
    wrapped(`Title: ${r.title ?? 'none'}`, columns),
    wrapped(`Reference date: ${r.referenceDate ?? 'none'} · Dateline: ${r.dateline?.text ?? 'none'}`, columns),
    wrapped(`Authors: ${authors || 'none'}`, columns),
  ];
  return lines.join('\n');
}

function section(s: Section, columns: number, paint: Paint): string {
  if (s.count === 0) return paint.hue('muted', `No ${s.kind} found.`);
  const title = `${s.kind[0]?.toUpperCase() ?? ''}${s.kind.slice(1)} (${s.count})`;
  return `${paint.bold(paint.hue(s.hue, title))}\n${renderGrid(s.grid, columns, paint)}`;
}

function block(record: OutputRecord, options: FormatOptions): string {
  const paint = createPaint(options.color);
  if (isErrorRecord(record)) return `${errorLine(record, paint)}\n`;
  let out = header(record, options.columns, paint);
  let previousEmpty = false;
  for (const make of SECTIONS) {
    const s = make(record);
    // Consecutive "No … found." lines stay together; tables get a blank line around them.
    out += s.count === 0 && previousEmpty ? '\n' : '\n\n';
    out += section(s, options.columns, paint);
    previousEmpty = s.count === 0;
  }
  return `${out}\n`;
}

/** Documents separated by one blank line; each document a header and one table per kind. */
export const table: Formatter = {
  render(records, options) {
    return records.map((r, i) => renderOne(r, i, options)).join('');
  },
  renderOne: (record, index, options) => renderOne(record, index, options),
};

function renderOne(record: OutputRecord, index: number, options: FormatOptions): string {
  return `${index > 0 ? '\n' : ''}${block(record, options)}`;
}
