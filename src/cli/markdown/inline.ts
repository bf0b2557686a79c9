/**
 * Inline Markdown in one paragraph, masked in place: code-span backticks, link and image brackets
 * with their targets, autolink angle brackets, inline HTML tags and comments, backslashes of
 * escapes, and emphasis delimiters that have a partner (a lone "*" or "_" is text, as in "5 * 3"
 * or "file_name").
 */
type Mask = (from: number, to: number) => void;
/** Makes one (masked) character a line break: where the reader sees text end, the analysis does too. */
type BreakAt = (at: number) => void;

/** Link targets longer than this are not looked for: keeps the scan linear on "[a](((((…". */
const MAX_TARGET = 400;
/** Open brackets remembered; deeper nesting is read as text. */
const MAX_BRACKETS = 32;

interface Run {
  char: string;
  start: number;
  length: number;
  canOpen: boolean;
  canClose: boolean;
}

/** How one file is being masked: shared by every paragraph of it. */
export interface InlineMasking {
  masked: Uint8Array;
  mask: Mask;
  breakAt: BreakAt;
  comments: CommentCloser;
}

export function maskInline(text: string, from: number, to: number, masking: InlineMasking): void {
  const { masked, mask, breakAt, comments } = masking;
  const runs: Run[] = [];
  const brackets: { at: number; image: boolean }[] = [];
  const backticks = backtickRuns(text, from, to, masked);
  let i = from;
  while (i < to) {
    const ch = text[i];
    if (masked[i]) {
      i++;
    } else if (ch === '\\' && i + 1 < to && isAsciiPunctuation(text[i + 1])) {
      mask(i, i + 1);
      i += 2;
    } else if (ch === '`') {
      i = codeSpan(backticks, i, mask);
    } else if (ch === '*' || ch === '_' || ch === '~') {
      let end = i + 1;
      while (end < to && text[end] === ch && !masked[end]) end++;
      runs.push(delimiterRun(text, i, end, from, to, masked));
      i = end;
    } else if (ch === '[' || (ch === '!' && text[i + 1] === '[')) {
      if (brackets.length < MAX_BRACKETS) brackets.push({ at: i, image: ch === '!' });
      i += ch === '!' ? 2 : 1;
    } else if (ch === ']') {
      const open = brackets.pop();
      const targetEnd = open ? linkTargetEnd(text, i + 1, to) : -1;
      if (open && targetEnd > 0) {
        // An image shows no text of its own: its alt text is masked with it.
        if (open.image) mask(open.at, targetEnd);
        else {
          mask(open.at, open.at + 1);
          mask(i, targetEnd);
        }
        i = targetEnd;
      } else {
        i++;
      }
    } else if (ch === '<') {
      const end = autolinkEnd(text, i, to);
      const tag = end > 0 ? -1 : htmlTagEnd(text, i, to, comments);
      if (end > 0) {
        mask(i, i + 1);
        mask(end - 1, end);
        i = end;
      } else if (tag > 0) {
        // A tag shows nothing: <span class="name">Mara Quint</span> reads "Mara Quint". A block
        // or a <br> ends a line, so "Mara Quint<br>Harbor Council" is not one name.
        mask(i, tag);
        if (BREAKING_TAGS.has(tagName(text, i))) breakAt(i);
        i = tag;
      } else {
        i++;
      }
    } else {
      i++;
    }
  }
  maskEmphasis(runs, mask);
}

/** The characters a backslash can escape in CommonMark. */
const ESCAPABLE = new Set('!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~');

function isAsciiPunctuation(ch: string | undefined): boolean {
  return ch !== undefined && ESCAPABLE.has(ch);
}

function isSpace(ch: string | undefined, masked: boolean): boolean {
  return ch === undefined || masked || /\s/u.test(ch);
}

function isPunctuation(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{P}\p{S}]/u.test(ch);
}

/** CommonMark's flanking rules decide whether a run of delimiters may open or close emphasis. */
function delimiterRun(text: string, start: number, end: number, from: number, to: number, masked: Uint8Array): Run {
  const char = text[start] as string;
  const before = start > from ? text[start - 1] : undefined;
  const after = end < to ? text[end] : undefined;
  const spaceBefore = isSpace(before, start > from && masked[start - 1] === 1);
  const spaceAfter = isSpace(after, end < to && masked[end] === 1);
  const left = !spaceAfter && (!isPunctuation(after) || spaceBefore || isPunctuation(before));
  const right = !spaceBefore && (!isPunctuation(before) || spaceAfter || isPunctuation(after));
  if (char === '_') {
    // Inside a word ("file_name") an underscore is never emphasis.
    return { char, start, length: end - start, canOpen: left && (!right || isPunctuation(before)), canClose: right && (!left || isPunctuation(after)) };
  }
  if (char === '~' && end - start !== 2) return { char, start, length: end - start, canOpen: false, canClose: false };
  return { char, start, length: end - start, canOpen: left, canClose: right };
}

/**
 * Pairs each closing run with the nearest open run of the same character and masks the paired
 * delimiters (at most two per pairing, as `**` nests inside `*`), innermost first.
 */
function maskEmphasis(runs: readonly Run[], mask: Mask): void {
  const open: Record<string, { start: number; left: number }[]> = { '*': [], _: [], '~': [] };
  for (const run of runs) {
    const stack = open[run.char] as { start: number; left: number }[];
    let left = run.length;
    let at = run.start;
    while (run.canClose && left > 0 && stack.length > 0) {
      const opener = stack[stack.length - 1] as { start: number; left: number };
      const count = Math.min(2, left, opener.left);
      mask(opener.start + opener.left - count, opener.start + opener.left);
      mask(at, at + count);
      opener.left -= count;
      left -= count;
      at += count;
      if (opener.left === 0) stack.pop();
    }
    if (run.canOpen && left > 0) stack.push({ start: at, left });
  }
}

/** Start offsets of backtick runs by their length, so a code span finds its closing run in linear time. */
interface Backticks {
  byLength: Map<number, number[]>;
  next: Map<number, number>;
  lengthAt: Map<number, number>;
}

function backtickRuns(text: string, from: number, to: number, masked: Uint8Array): Backticks {
  const byLength = new Map<number, number[]>();
  const lengthAt = new Map<number, number>();
  for (let i = from; i < to; ) {
    if (text[i] !== '`' || masked[i]) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < to && text[end] === '`') end++;
    const list = byLength.get(end - i) ?? [];
    list.push(i);
    byLength.set(end - i, list);
    lengthAt.set(i, end - i);
    i = end;
  }
  return { byLength, next: new Map(), lengthAt };
}

/** Masks a code span's backticks (its content stays as written); returns where scanning resumes. */
function codeSpan(backticks: Backticks, at: number, mask: Mask): number {
  const length = backticks.lengthAt.get(at);
  if (length === undefined) return at + 1;
  const list = backticks.byLength.get(length) ?? [];
  let k = backticks.next.get(length) ?? 0;
  while (k < list.length && (list[k] as number) <= at) k++;
  backticks.next.set(length, k + 1);
  const close = list[k];
  if (close === undefined) return at + length;
  mask(at, at + length);
  mask(close, close + length);
  return close + length;
}

/** After "]": the end of "(target "title")" or "[label]", or -1 when none follows. */
function linkTargetEnd(text: string, at: number, to: number): number {
  const opener = text[at];
  if (opener !== '(' && opener !== '[') return -1;
  const closer = opener === '(' ? ')' : ']';
  let depth = 0;
  const limit = Math.min(to, at + MAX_TARGET);
  for (let i = at + 1; i < limit; i++) {
    const ch = text[i];
    if (ch === '\n' || (opener === '[' && ch === '[')) return -1;
    if (ch === '(' && opener === '(') depth++;
    else if (ch === closer) {
      if (depth === 0) return i + 1;
      depth--;
    }
  }
  return -1;
}

/** "<https://…>": the end just past ">", or -1. */
function autolinkEnd(text: string, at: number, to: number): number {
  const head = text.slice(at + 1, at + 12).toLowerCase();
  if (!head.startsWith('http://') && !head.startsWith('https://') && !head.startsWith('mailto:')) return -1;
  const limit = Math.min(to, at + MAX_TARGET);
  for (let i = at + 1; i < limit; i++) {
    const ch = text[i] as string;
    if (ch === '>') return i + 1;
    if (ch === '<' || /\s/u.test(ch)) return -1;
  }
  return -1;
}

/** Tags that end a line of text where they stand. */
const BREAKING_TAGS = new Set([
  'br', 'p', 'div', 'li', 'ul', 'ol', 'tr', 'td', 'th', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'blockquote', 'section', 'article', 'hr', 'figure', 'figcaption', 'dd', 'dt',
]);

/** The lower-cased name of the tag at `at` ("" for a comment). */
function tagName(text: string, at: number): string {
  let i = at + (text[at + 1] === '/' ? 2 : 1);
  const start = i;
  while (i < text.length && i - start < 20 && /[A-Za-z0-9]/u.test(text[i] as string)) i++;
  return text.slice(start, i).toLowerCase();
}

/** Longest inline HTML tag or comment looked for. */
const MAX_TAG = 400;
const MAX_COMMENT = 2000;

function isTagNameStart(ch: string | undefined): boolean {
  return ch !== undefined && /[A-Za-z]/u.test(ch);
}

/**
 * Where the "-->" after a position is, for a whole file: paragraphs and their comments are met
 * left to right, so each search starts where the last one found its "-->" and the file is scanned
 * once ("<!--" repeated 200,000 times, or one in every paragraph and no "-->", stays linear).
 */
export class CommentCloser {
  private close = -1;
  private searchedFrom = -1;

  constructor(private readonly text: string) {}

  /** Index of the first "-->" at or after `from`, or -1. */
  after(from: number): number {
    if (this.searchedFrom < 0 || from < this.searchedFrom || (this.close >= 0 && this.close < from)) {
      this.searchedFrom = from;
      this.close = this.text.indexOf('-->', from);
    }
    return this.close;
  }
}

/**
 * "<span …>", "</span>", "<br/>" or "<!-- … -->" at `at`: the end just past it, or -1. A tag
 * name must follow "<" at once ("1 < 2" is text), and the scan stops at the first "<" or at the
 * bound, so it stays linear.
 */
function htmlTagEnd(text: string, at: number, to: number, comments: CommentCloser): number {
  if (text.startsWith('<!--', at)) {
    const close = comments.after(at + 4);
    return close >= 0 && close + 3 <= Math.min(to, at + MAX_COMMENT) ? close + 3 : -1;
  }
  let i = at + 1;
  const closing = text[i] === '/';
  if (closing) i++;
  if (!isTagNameStart(text[i])) return -1;
  while (i < to && /[A-Za-z0-9-]/u.test(text[i] as string)) i++;
  const after = text[i];
  if (after !== '>' && after !== '/' && !(after !== undefined && /\s/u.test(after))) return -1;
  let quote = '';
  const limit = Math.min(to, at + MAX_TAG);
  for (; i < limit; i++) {
    const ch = text[i] as string;
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") {
      if (closing) return -1;
      quote = ch;
    } else if (ch === '>') {
      return i + 1;
    } else if (ch === '<') {
      return -1;
    }
  }
  return -1;
}
