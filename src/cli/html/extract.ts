import { decodeEntities } from './entities.js';
import { TextBuilder } from './text-builder.js';

/** Page furniture, not article text: skipped with everything inside. */
const DROPPED = new Set([
  'head', 'script', 'style', 'nav', 'header', 'footer', 'aside', 'form', 'noscript', 'template', 'svg',
  'iframe', 'button', 'select', 'object', 'canvas', 'math', 'dialog',
]);

/** Elements whose content is not markup: their end tag is searched for, not parsed towards. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);

const BLOCKS = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote',
  'section', 'article', 'main', 'figure', 'figcaption', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'pre',
  'hr', 'address', 'details', 'summary', 'center', 'fieldset', 'caption', 'body', 'html',
]);

const CELLS = new Set(['td', 'th']);

const WHITESPACE_RUN = /[ \t\n\r\f]+/g;

function isNameChar(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x2d || code === 0x3a;
}

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'));
}

/** Index just past the '>' closing the tag that starts at `from`, skipping quoted attribute values. */
function tagEnd(html: string, from: number): number {
  let quote = '';
  for (let i = from; i < html.length; i++) {
    const ch = html[i];
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === '>') {
      return i + 1;
    }
  }
  return html.length;
}

/** Index of the end tag `</name` at or after `from` (case-insensitive), or the end of the text. */
function rawTextEnd(lower: string, name: string, from: number): number {
  const at = lower.indexOf(`</${name}`, from);
  return at < 0 ? lower.length : at;
}

interface Tag {
  name: string;
  closing: boolean;
  selfClosing: boolean;
  end: number;
}

function readTag(html: string, start: number): Tag {
  const closing = html[start + 1] === '/';
  let i = start + (closing ? 2 : 1);
  const nameStart = i;
  while (i < html.length && isNameChar(html.charCodeAt(i))) i++;
  const name = html.slice(nameStart, i).toLowerCase();
  const end = tagEnd(html, i);
  return { name, closing, selfClosing: html[end - 2] === '/', end };
}

/**
 * The article text of an HTML page, dependency-free and in one linear pass: page furniture
 * (head, scripts, navigation, header, footer, asides, forms) dropped, blocks separated by blank
 * lines, entities decoded. Offsets in the analysis refer to this text (`--print-text` shows it).
 */
export function htmlToText(html: string): string {
  const out = new TextBuilder();
  // Lower-cased once, for case-insensitive end-tag searches inside raw-text elements.
  let lower: string | null = null;
  let dropped: { name: string; depth: number } | null = null;
  let preDepth = 0;
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const textEnd = lt < 0 ? html.length : lt;
    if (textEnd > i && !dropped) {
      const raw = html.slice(i, textEnd);
      if (preDepth > 0) out.addPreformatted(decodeEntities(raw));
      else out.addFlowText(decodeEntities(raw.replace(WHITESPACE_RUN, ' ')));
    }
    if (lt < 0) break;
    const next = html[lt + 1];
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close < 0 ? html.length : close + 3;
      continue;
    }
    if (next === '!' || next === '?') {
      i = tagEnd(html, lt + 2);
      continue;
    }
    if (!isLetter(next) && !(next === '/' && isLetter(html[lt + 2]))) {
      if (!dropped) out.addFlowText('<');
      i = lt + 1;
      continue;
    }
    const tag = readTag(html, lt);
    i = tag.end;
    if (!tag.closing && RAW_TEXT.has(tag.name) && !tag.selfClosing) {
      lower ??= html.toLowerCase();
      i = tagEnd(html, rawTextEnd(lower, tag.name, i));
      continue;
    }
    if (dropped) {
      if (tag.name === dropped.name && !tag.selfClosing) dropped.depth += tag.closing ? -1 : 1;
      if (dropped.depth === 0) dropped = null;
      continue;
    }
    if (!tag.closing && DROPPED.has(tag.name) && !tag.selfClosing) {
      dropped = { name: tag.name, depth: 1 };
      continue;
    }
    if (tag.name === 'pre') preDepth = Math.max(0, preDepth + (tag.closing ? -1 : 1));
    if (tag.name === 'br') out.lineBreak();
    else if (BLOCKS.has(tag.name)) out.paragraphBreak();
    else if (CELLS.has(tag.name)) out.addFlowText(' ');
  }
  return out.toString();
}

/** True when text read from a stream (no file name to go by) is an HTML document. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 512).trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html');
}
