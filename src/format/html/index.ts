import type { AnalysisResult } from '../../types.js';
import { collectVoices, plural, type Voices } from '../article/voices.js';
import { isErrorRecord, type ErrorRecord, type OutputRecord } from '../records.js';
import { documentLabel } from '../table/header.js';
import type { ArticleText, FormatOptions, Formatter } from '../types.js';
import { articleHtml } from './article.js';
import { htmlLine } from './escape.js';
import { STYLESHEET } from './style.js';
import { tablesHtml } from './tables.js';
import { swatch, voiceChart } from './voice.js';
import { documentFacts } from '../article/facts.js';

/** Nothing may load from anywhere: only the inline stylesheet (and no script at all) runs. */
const POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";
const ENTITY_KINDS = ['person', 'organization', 'place', 'figure', 'date'] as const;

function label(record: OutputRecord): string {
  return documentLabel(record.source, record.id);
}

function facts(r: AnalysisResult): string {
  return `<dl class="meta">${documentFacts(r).map(([term, value]) => `<dt>${term}</dt><dd>${htmlLine(value)}</dd>`).join('')}</dl>`;
}

function legend(voices: Voices): string {
  const speakers = voices.speakers.map((v) => `<li>${swatch(v.order)}${htmlLine(v.name)} (${v.type}): ${plural(v.quotes, 'quote')}</li>`);
  if (voices.unattributed > 0) speakers.push(`<li>${swatch(null)}no speaker found: ${plural(voices.unattributed, 'quote')}</li>`);
  const marks = ENTITY_KINDS.map((kind) => `<li><span class="m-${kind}">${kind}</span></li>`);
  const who = speakers.length > 0 ? `<ul class="legend" aria-label="Speakers">${speakers.join('')}</ul>\n` : '';
  return `${who}<ul class="legend" aria-label="Marks">${marks.join('')}</ul>`;
}

function article(result: AnalysisResult, text: ArticleText, voices: Voices): string {
  if (text === null) return '<p class="muted">The article text was not given to this view.</p>';
  if (text.trim() === '') return '<p class="muted">The article is empty.</p>';
  return `${legend(voices)}\n<div class="article">${articleHtml(text, result, voices)}</div>`;
}

function resultSection(result: AnalysisResult, text: ArticleText, level: number): string {
  const voices = collectVoices(result);
  const sub = level + 1;
  return [
    facts(result),
    `<h${sub}>Article</h${sub}>`,
    article(result, text, voices),
    `<h${sub}>Share of voice</h${sub}>`,
    voiceChart(voices),
    tablesHtml(result, voices, sub),
  ].join('\n');
}

function errorSection(record: ErrorRecord): string {
  return `<p class="error">Error: ${htmlLine(record.error.message)} <span class="muted">[${htmlLine(record.error.code)}]</span></p>`;
}

function documentSection(record: OutputRecord, text: ArticleText, index: number, level: number): string {
  const failed = isErrorRecord(record);
  const body = failed ? errorSection(record) : resultSection(record, text, level);
  return `<section class="doc${failed ? ' failed' : ''}" id="doc-${index + 1}">\n<h${level}>${htmlLine(label(record))}</h${level}>\n${body}\n</section>`;
}

function contents(records: readonly OutputRecord[]): string {
  const items = records.map((r, i) => {
    const note = isErrorRecord(r) ? ' <span class="error">(error)</span>' : ` <span class="muted">(${plural(r.quotes.length, 'quote')})</span>`;
    return `<li><a href="#doc-${i + 1}">${htmlLine(label(r))}</a>${note}</li>`;
  });
  return `<nav aria-label="Documents"><ol>\n${items.join('\n')}\n</ol></nav>`;
}

function page(title: string, body: string): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${POLICY}">`,
    `<title>${htmlLine(title)}</title>`,
    `<style>${STYLESHEET}</style>`,
    '</head>',
    '<body>',
    body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * One self-contained page: no script, no request, every value escaped. One document is the page;
 * a batch (several inputs, a directory, JSON Lines) gets a list of contents and a section each,
 * error records shown in their place.
 */
export const html: Formatter = {
  needsText: true,
  render(records: readonly OutputRecord[], options: FormatOptions, texts?: readonly ArticleText[]): string {
    const first = records[0];
    if (!options.batch && records.length === 1 && first) {
      return page(`${label(first)} · analyze`, `<main>\n${documentSection(first, texts?.[0] ?? null, 0, 1)}\n</main>`);
    }
    const count = plural(records.length, 'document');
    const sections = records.map((r, i) => documentSection(r, texts?.[i] ?? null, i, 2));
    const header = `<header>\n<h1>${count}</h1>\n${records.length > 0 ? contents(records) : ''}\n</header>`;
    return page(`${count} · analyze`, `${header}\n<main>\n${sections.join('\n')}\n</main>`);
  },
};
