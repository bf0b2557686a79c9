import { maskInline } from './inline.js';

/**
 * Markdown as a same-length text for the analysis: markup characters (heading hashes, list and
 * block-quote markers, emphasis delimiters, code backticks, link brackets and link targets) become
 * spaces, everything else stays where it is. Offsets into the masked text are therefore offsets into
 * the file as read, and the visible words keep their place. Line breaks are never masked.
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
  let inFence = false;
  let paragraphStart = -1;
  const flush = (end: number): void => {
    if (paragraphStart >= 0) maskInline(text, paragraphStart, end, masked, mask);
    paragraphStart = -1;
  };
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
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
    } else {
      const heading = headingMarker(line);
      if (heading) {
        flush(start);
        mask(start, start + heading.open);
        mask(start + heading.close, end);
        maskInline(text, start, end, masked, mask);
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
