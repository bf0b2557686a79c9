/**
 * A small tokenizer shared by the dates and figures stages: words, numbers and single punctuation
 * marks, each with its offsets and whether whitespace precedes it. Parsers then match token
 * sequences instead of running regexes over the text, so no pattern can backtrack.
 */
import { isLetterOrMarkAt, isSpaceAt, lowerCase } from '../chars.js';

export type TokenKind = 'num' | 'word' | 'punct';

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** True when whitespace (or the start of the range) stands right before the token. */
  spaced: boolean;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A letter or a combining mark at i: what words of this tokenizer are made of. */
export const isLetterAt = isLetterOrMarkAt;

/** End of a number starting at `i`: digits, thousands groups (",ddd") and one decimal part. */
function numberEnd(text: string, i: number, end: number): number {
  let j = i;
  while (j < end && isDigit(text.charCodeAt(j))) j++;
  // Thousands groups: exactly three digits after each comma.
  while (
    j + 3 < end + 1 &&
    text[j] === ',' &&
    isDigit(text.charCodeAt(j + 1)) &&
    isDigit(text.charCodeAt(j + 2)) &&
    isDigit(text.charCodeAt(j + 3)) &&
    !(j + 4 < end && isDigit(text.charCodeAt(j + 4)))
  ) {
    j += 4;
  }
  if (j + 1 < end && text[j] === '.' && isDigit(text.charCodeAt(j + 1))) {
    j++;
    while (j < end && isDigit(text.charCodeAt(j))) j++;
  }
  return j;
}

/** Tokens of text[start, end), by one linear scan. */
export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  let i = start;
  let spaced = true;
  while (i < end) {
    if (isSpaceAt(text, i)) {
      spaced = true;
      i++;
      continue;
    }
    let j: number;
    let kind: TokenKind;
    if (isDigit(text.charCodeAt(i))) {
      j = numberEnd(text, i, end);
      kind = 'num';
    } else if (isLetterAt(text, i)) {
      j = i + 1;
      while (j < end && isLetterAt(text, j)) j++;
      kind = 'word';
    } else {
      // Keep surrogate pairs whole so offsets stay on code-point boundaries.
      const c = text.charCodeAt(i);
      j = c >= 0xd800 && c <= 0xdbff && i + 1 < end ? i + 2 : i + 1;
      kind = 'punct';
    }
    const t = text.slice(i, j);
    out.push({ text: t, lower: lowerCase(t), start: i, end: j, kind, spaced });
    spaced = false;
    i = j;
  }
  return out;
}

/** True when token b directly follows token a with no whitespace between them. */
export function glued(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}

const EDGE_PUNCT = new Set([...'"\'“”‘’()[]{}<>«»,;:!?.…*']);
const PATH_CHARS = /[/\\_@#=|~]/u;

/**
 * How far `chunkAround` looks each way for the whitespace that ends a chunk. Ids, paths and URLs
 * show what they are within a few dozen characters of a number; without a bound, a megabyte with no
 * space ("1,000,1,000,…") would be rescanned for each of its numbers: quadratic time.
 */
export const CHUNK_REACH = 128;

/**
 * The whitespace-delimited chunk around [start, end), trimmed of surrounding punctuation. Numbers
 * and years inside file names, URLs, handles and ids ("photo-05172017.jpg") live in such chunks.
 * A side cut at CHUNK_REACH is not trimmed, so a cut chunk never equals the span it surrounds.
 */
export function chunkAround(text: string, start: number, end: number): string {
  const floor = Math.max(0, start - CHUNK_REACH);
  const ceiling = Math.min(text.length, end + CHUNK_REACH);
  let a = start;
  while (a > floor && !isSpaceAt(text, a - 1)) a--;
  let b = end;
  while (b < ceiling && !isSpaceAt(text, b)) b++;
  const cutBefore = a > 0 && !isSpaceAt(text, a - 1);
  const cutAfter = b < text.length && !isSpaceAt(text, b);
  while (!cutBefore && a < start && EDGE_PUNCT.has(text[a]!)) a++;
  while (!cutAfter && b > end && EDGE_PUNCT.has(text[b - 1]!)) b--;
  return text.slice(a, b);
}

const DIGIT = /\d/u;
const TRAILING_HYPHEN = /[-–]$/u;
const ENDS_WITH_LETTER = /\p{L}$/u;
const PROSE_PREFIX = /^(?:mid|pre|post|early|late)$/iu;

/**
 * True when the chunk holding a number looks like a name, path or id rather than prose: path
 * characters, a dot before letters ("photo-05172017.jpg", "example.com"), or letters joined to the
 * first digit directly or by a hyphen ("COVID-19", "F-35", "A380", "file-2017"; "mid-2016" and
 * "US$5" are prose). Letters glued after the digits ("40m", "1990s") are the caller's to judge.
 */
export function looksLikeId(chunk: string): boolean {
  if (PATH_CHARS.test(chunk)) return true;
  for (let k = 0; k + 1 < chunk.length; k++) {
    if (chunk[k] === '.' && isLetterAt(chunk, k + 1)) return true;
  }
  const firstDigit = chunk.search(DIGIT);
  if (firstDigit <= 0) return false;
  const head = chunk.slice(0, firstDigit).replace(TRAILING_HYPHEN, '');
  return ENDS_WITH_LETTER.test(head) && !PROSE_PREFIX.test(head);
}
