/**
 * One linear pass over HTML as a browser's tokenizer would see it, without building a tree:
 * text between tags, and tags. Comments, doctypes and processing instructions are skipped; the
 * content of raw-text elements (scripts, styles, titles) is skipped with their tags, since it is
 * never markup nor visible text. Used by the dependency-free extractor and by the page measure.
 */

/** Elements whose content is not markup: their end tag is searched for, not parsed towards. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);

export interface Tag {
  /** Lower-cased. */
  name: string;
  closing: boolean;
  selfClosing: boolean;
}

export interface TagVisitor {
  /** Text between tags, as written (entities not decoded); a stray "<" comes as its own text. */
  text(raw: string): void;
  tag(tag: Tag): void;
}

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

function readTag(html: string, start: number): Tag & { end: number } {
  const closing = html[start + 1] === '/';
  let i = start + (closing ? 2 : 1);
  const nameStart = i;
  while (i < html.length && isNameChar(html.charCodeAt(i))) i++;
  const name = html.slice(nameStart, i).toLowerCase();
  const end = tagEnd(html, i);
  return { name, closing, selfClosing: html[end - 2] === '/', end };
}

export function scanHtml(html: string, visitor: TagVisitor): void {
  // Lower-cased once, for case-insensitive end-tag searches inside raw-text elements.
  let lower: string | null = null;
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const textEnd = lt < 0 ? html.length : lt;
    if (textEnd > i) visitor.text(html.slice(i, textEnd));
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
      visitor.text('<');
      i = lt + 1;
      continue;
    }
    const tag = readTag(html, lt);
    i = tag.end;
    if (!tag.closing && RAW_TEXT.has(tag.name) && !tag.selfClosing) {
      lower ??= html.toLowerCase();
      const close = lower.indexOf(`</${tag.name}`, i);
      i = close < 0 ? html.length : tagEnd(html, close);
      continue;
    }
    visitor.tag({ name: tag.name, closing: tag.closing, selfClosing: tag.selfClosing });
  }
}
