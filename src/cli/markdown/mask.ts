import { readFrontMatter } from './front-matter.js';
import { CommentCloser, maskInline, type InlineMasking } from './inline.js';
import { cellPipes, continuesTable, opensTable } from './table.js';

/**
 * Markdown as a same-length text for the analysis: markup characters (front matter, heading
 * hashes, list and block-quote markers, emphasis delimiters, code backticks, link brackets and
 * targets, table pipes and delimiter rows, inline HTML tags) become spaces, everything else stays
 * where it is. Offsets into the masked text are therefore offsets into the file as read, and the
 * visible words keep their place. Line breaks are never masked.
 */
export function maskMarkdown(text: string): string {
  const out = text.split('');
  const masked = new Uint8Array(text.length);
  const mask = (from: number, to: number): void => {
    for (let i = from; i < to; i++) {
      if (text[i] !== '\n' && text[i] !== '\r') {
        out[i] = ' ';
        masked[i] = 1;
      }
    }
  };
  const breakAt = (at: number): void => {
    out[at] = '\n';
    masked[at] = 1;
  };
  const inline: InlineMasking = { masked, mask, breakAt, comments: new CommentCloser(text) };
  let inFence = false;
  let paragraphStart = -1;
  const flush = (end: number): void => {
    if (paragraphStart >= 0) maskInline(text, paragraphStart, end, inline);
    paragraphStart = -1;
  };
  const lineEnd = (start: number): number => {
    const newline = text.indexOf('\n', start);
    return newline < 0 ? text.length : newline;
  };
  let start = maskFrontMatter(text, mask);
  while (start < text.length) {
    const end = lineEnd(start);
    const line = text.slice(start, end);
    if (isFence(line)) {
      flush(start);
      mask(start, end);
      inFence = !inFence;
    } else if (inFence) {
      // Code is shown as written: no markup inside.
    } else if (line.trim() === '') {
      flush(start);
    } else if (isRule(line) || isSetextUnderline(line, paragraphStart >= 0)) {
      flush(start);
      mask(start, end);
    } else if (isLinkDefinition(line)) {
      flush(start);
      mask(start, end);
    } else if (end < text.length && opensTable(line, text.slice(end + 1, lineEnd(end + 1)))) {
      flush(start);
      start = maskTable(text, start, inline);
      continue;
    } else {
      const heading = headingMarker(line);
      if (heading) {
        flush(start);
        mask(start, start + heading.open);
        mask(start + heading.close, end);
        maskInline(text, start, end, inline);
      } else {
        mask(start, start + containerMarkers(line));
        if (paragraphStart < 0) paragraphStart = start;
      }
    }
    start = end + 1;
  }
  flush(text.length);
  return out.join('');
}

/**
 * Masks the front matter, except a title that the article does not repeat in its first heading;
 * returns where the Markdown proper starts.
 */
function maskFrontMatter(text: string, mask: (from: number, to: number) => void): number {
  const front = readFrontMatter(text);
  if (!front) return 0;
  const title = front.title;
  if (title && !repeatsTitle(text, front.end, text.slice(title.start, title.end))) {
    mask(0, title.start);
    mask(title.end, front.end);
  } else {
    mask(0, front.end);
  }
  return front.end;
}

/** True when the first line after the front matter is a heading with the title's words. */
function repeatsTitle(text: string, from: number, title: string): boolean {
  let start = from;
  while (start < text.length && /\s/u.test(text[start] ?? '')) start++;
  const newline = text.indexOf('\n', start);
  const line = text.slice(start, newline < 0 ? text.length : newline);
  const heading = headingMarker(line);
  const words = (value: string): string => value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return heading !== null && words(line.slice(heading.open, heading.close)) === words(title);
}

/**
 * Masks a table's delimiter row and the inline markup of each row; a pipe between two cells
 * becomes a line break (outer pipes are masked), so that each cell is read apart ("Mara Quint",
 * "Harbor Council", not one name "Mara Quint Harbor Council"). Returns the offset after the table.
 */
function maskTable(text: string, from: number, inline: InlineMasking): number {
  const { mask, breakAt } = inline;
  let start = from;
  for (let row = 0; start < text.length; row++) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(start, end);
    if (row > 1 && !continuesTable(line)) return start;
    if (row === 1) {
      mask(start, end);
    } else {
      const pipes = cellPipes(line);
      const content = line.trim();
      const outerFirst = content.startsWith('|') ? pipes[0] : undefined;
      const outerLast = content.endsWith('|') ? pipes[pipes.length - 1] : undefined;
      for (const pipe of pipes) {
        mask(start + pipe, start + pipe + 1);
        if (pipe !== outerFirst && pipe !== outerLast) breakAt(start + pipe);
      }
      maskInline(text, start, end, inline);
    }
    start = end + 1;
  }
  return text.length;
}
const FENCE = /^ {0,3}(?:`{3,}|~{3,})/u;
const RULE = /^ {0,3}(?:(?:\* {0,8}){3,}|(?:- {0,8}){3,}|(?:_ {0,8}){3,})\r?$/u;
const SETEXT = /^ {0,3}(?:={1,200}|-{1,200}) {0,8}\r?$/u;
const LINK_DEFINITION = /^ {0,3}\[[^\]\n]{1,200}\]:\s/u;

function isFence(line: string): boolean {
  return FENCE.test(line);
}

function isRule(line: string): boolean {
  return line.length <= 400 && RULE.test(line);
}

/** "Title" over "=====" (or "-----"): the underline is markup. */
function isSetextUnderline(line: string, afterText: boolean): boolean {
  return afterText && SETEXT.test(line);
}

function isLinkDefinition(line: string): boolean {
  return LINK_DEFINITION.test(line);
}

/** "## Title ##": how many leading characters and from where the trailing ones are markup. */
function headingMarker(line: string): { open: number; close: number } | null {
  let i = 0;
  while (i < 3 && line[i] === ' ') i++;
  let hashes = 0;
  while (line[i + hashes] === '#') hashes++;
  if (hashes === 0 || hashes > 6) return null;
  const after = line[i + hashes];
  if (after !== undefined && after !== ' ' && after !== '\t' && after !== '\r') return null;
  const open = Math.min(line.length, i + hashes + 1);
  // An optional closing run of hashes, preceded by a space.
  let close = line.length;
  while (close > open && (line[close - 1] === ' ' || line[close - 1] === '\r')) close--;
  let hashEnd = close;
  while (hashEnd > open && line[hashEnd - 1] === '#') hashEnd--;
  if (hashEnd < close && (hashEnd === open || line[hashEnd - 1] === ' ')) close = hashEnd;
  return { open, close };
}

/**
 * Length of the block markers that open a line: block quotes ("> "), then one list marker
 * ("- ", "* ", "+ ", "1. ", "2) ").
 */
function containerMarkers(line: string): number {
  let i = 0;
  for (let depth = 0; depth < 8; depth++) {
    let j = i;
    while (j < i + 3 && line[j] === ' ') j++;
    if (line[j] !== '>') break;
    i = j + 1;
    if (line[i] === ' ') i++;
  }
  let j = i;
  while (j < i + 3 && line[j] === ' ') j++;
  const bullet = line[j];
  if ((bullet === '-' || bullet === '*' || bullet === '+') && line[j + 1] === ' ') return j + 2;
  let digits = 0;
  while (digits < 9 && isDigit(line[j + digits])) digits++;
  const delimiter = line[j + digits];
  if (digits > 0 && (delimiter === '.' || delimiter === ')') && line[j + digits + 1] === ' ') return j + digits + 2;
  return i;
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}
