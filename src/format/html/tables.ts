import type { AnalysisResult } from '../../types.js';
import type { Voices } from '../article/voices.js';
import type { Cell } from '../table/grid.js';
import { SECTIONS, type Section } from '../table/sections.js';
import { htmlLine } from './escape.js';
import { swatch } from './voice.js';

/** A speaker's colour beside their name in the quotes and speakers tables, so they read with the text. */
function speakerSwatch(result: AnalysisResult, voices: Voices, kind: string, row: number, column: number): string {
  if (kind === 'quotes' && column === 1) {
    const voice = voices.byQuote[row];
    return voice ? swatch(voice.order) : '';
  }
  if (kind === 'speakers' && column === 0) {
    const s = result.speakers[row];
    const voice = voices.speakers.find((v) => v.name === s?.name && v.type === s.type);
    return voice ? swatch(voice.order) : '';
  }
  return '';
}

function cellHtml(value: Cell | string, numeric: boolean, prefix: string): string {
  const cell = typeof value === 'string' ? { text: value } : value;
  const classes = [numeric ? 'num' : '', cell.hue === 'muted' ? 'muted' : ''].filter(Boolean).join(' ');
  return `<td${classes ? ` class="${classes}"` : ''}>${prefix}${htmlLine(cell.text)}</td>`;
}

function sectionHtml(s: Section, result: AnalysisResult, voices: Voices, level: number): string {
  if (s.count === 0) return `<p class="muted">No ${s.kind} found.</p>`;
  const title = `${s.kind[0]?.toUpperCase() ?? ''}${s.kind.slice(1)} (${s.count})`;
  const numeric = s.grid.columns.map((c) => c.align === 'right');
  const head = s.grid.columns.map((c, i) => `<th${numeric[i] ? ' class="num"' : ''} scope="col">${htmlLine(c.header)}</th>`).join('');
  const rows = s.grid.rows.map((cells, r) => `<tr>${cells.map((cell, i) => cellHtml(cell, numeric[i] ?? false, speakerSwatch(result, voices, s.kind, r, i))).join('')}</tr>`);
  return `<h${level}>${htmlLine(title)}</h${level}>\n<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
}

/** The table view's tables (quotes, speakers, people, organizations, places, figures, dates) as HTML. */
export function tablesHtml(result: AnalysisResult, voices: Voices, level: number): string {
  return SECTIONS.map((make) => sectionHtml(make(result), result, voices, level)).join('\n');
}
