import { decodeEntities } from './entities.js';
import { scanHtml } from './tags.js';
import { TextBuilder } from './text-builder.js';

/** Page furniture, not article text: skipped with everything inside. */
const DROPPED = new Set([
  'head', 'script', 'style', 'nav', 'header', 'footer', 'aside', 'form', 'noscript', 'template', 'svg',
  'iframe', 'button', 'select', 'object', 'canvas', 'math', 'dialog',
]);

const BLOCKS = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote',
  'section', 'article', 'main', 'figure', 'figcaption', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'pre',
  'hr', 'address', 'details', 'summary', 'center', 'fieldset', 'caption', 'body', 'html',
]);

const CELLS = new Set(['td', 'th']);

const WHITESPACE_RUN = /[ \t\n\r\f]+/g;

/**
 * The visible text of HTML, dependency-free and in one linear pass: page furniture (head,
 * scripts, navigation, header, footer, asides, forms) dropped, blocks separated by blank lines,
 * entities decoded. It reads fragments, turns the article Readability found into text, and is the
 * fallback for a whole page when Readability finds no article (html/page.ts).
 */
export function htmlToText(html: string): string {
  const out = new TextBuilder();
  let dropped: { name: string; depth: number } | null = null;
  let preDepth = 0;
  scanHtml(html, {
    text(raw) {
      if (dropped) return;
      if (preDepth > 0) out.addPreformatted(decodeEntities(raw));
      else out.addFlowText(decodeEntities(raw.replace(WHITESPACE_RUN, ' ')));
    },
    tag(tag) {
      if (dropped) {
        if (tag.name === dropped.name && !tag.selfClosing) dropped.depth += tag.closing ? -1 : 1;
        if (dropped.depth === 0) dropped = null;
        return;
      }
      if (!tag.closing && DROPPED.has(tag.name) && !tag.selfClosing) {
        dropped = { name: tag.name, depth: 1 };
        return;
      }
      if (tag.name === 'pre') preDepth = Math.max(0, preDepth + (tag.closing ? -1 : 1));
      if (tag.name === 'br') out.lineBreak();
      else if (BLOCKS.has(tag.name)) out.paragraphBreak();
      else if (CELLS.has(tag.name)) out.addFlowText(' ');
    },
  });
  return out.toString();
}

/** True when text read from a stream (no file name to go by) is an HTML document. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 512).trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html');
}
