import { escapeForTerminal, escapeKeepingLines } from '../table/escape.js';

const SPECIAL = /[&<>"']/g;
const ENTITY: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe in element content and in quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(SPECIAL, (ch) => ENTITY[ch] ?? ch);
}

/**
 * One line from the article or the result (a name, a cell, a tooltip): control and bidirectional
 * characters shown as escapes, as in the terminal views, so they cannot reorder what the reader sees.
 */
export function htmlLine(text: string): string {
  return escapeHtml(escapeForTerminal(text));
}

/** Article text, shown with `white-space: pre-wrap`: line breaks and tabs kept, other controls escaped. */
export function htmlArticleText(text: string): string {
  return escapeHtml(escapeKeepingLines(text));
}
