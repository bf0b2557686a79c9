/**
 * Inline Markdown in one paragraph, masked in place: code-span backticks, link and image brackets
 * with their targets, autolink angle brackets, backslashes of escapes, and emphasis delimiters
 * that have a partner (a lone "*" or "_" is text, as in "5 * 3" or "file_name").
 */
type Mask = (from: number, to: number) => void;

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

export function maskInline(text: string, from: number, to: number, masked: Uint8Array, mask: Mask): void {
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
      if (end > 0) {
        mask(i, i + 1);
        mask(end - 1, end);
        i = end;
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
