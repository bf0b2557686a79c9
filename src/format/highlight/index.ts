import type { AnalysisResult } from '../../types.js';
import { collectVoices } from '../article/voices.js';
import { isErrorRecord, type OutputRecord } from '../records.js';
import { documentLabel, errorLine } from '../table/header.js';
import { escapeForTerminal } from '../table/escape.js';
import { createPaint, type Paint } from '../table/palette.js';
import { wrapText } from '../table/wrap.js';
import type { ArticleText, FormatOptions, Formatter } from '../types.js';
import { articleLines } from './article.js';
import { legendLines } from './legend.js';
import { createLook } from './look.js';

function notice(message: string, paint: Paint): string {
  return paint.hue('muted', message);
}

function body(result: AnalysisResult, text: ArticleText, options: FormatOptions, paint: Paint): string[] {
  const voices = collectVoices(result);
  const look = createLook(options.color, voices);
  let article: string[];
  if (text === null) article = [notice('(The article text was not given to this view.)', paint)];
  else {
    article = articleLines(text, result, look, options.columns);
    if (article.length === 0) article = [notice('(The article is empty.)', paint)];
  }
  return [...article, '', ...legendLines(voices, look, options.columns, paint.bold)];
}

function block(record: OutputRecord, text: ArticleText, options: FormatOptions): string {
  const paint = createPaint(options.color);
  if (isErrorRecord(record)) return `${errorLine(record, paint)}\n`;
  const title = wrapText(escapeForTerminal(documentLabel(record.source, record.id)), options.columns).map(paint.bold);
  return `${[...title, '', ...body(record, text, options, paint)].join('\n')}\n`;
}

function renderOne(record: OutputRecord, index: number, options: FormatOptions, text: ArticleText): string {
  return `${index > 0 ? '\n' : ''}${block(record, text, options)}`;
}

/**
 * The article in the terminal: each speaker's quotes in their colour, entities, figures and dates
 * marked, then a legend; with colour off, bracket markers in the text instead. Documents are
 * separated by a blank line, like the table view.
 */
export const highlight: Formatter = {
  needsText: true,
  render(records, options, texts) {
    return records.map((r, i) => renderOne(r, i, options, texts?.[i] ?? null)).join('');
  },
  renderOne: (record, index, options, text) => renderOne(record, index, options, text ?? null),
};
