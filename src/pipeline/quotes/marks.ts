import type { Span } from '../../types.js';
import { nicknameEnd } from '../nickname.js';

/** A span of text between quote marks, found in one paragraph. */
export interface MarkedSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just past the closing mark; the paragraph's end when the quote is not closed there. */
  close: number;
  /** The text between the marks, trimmed of white space. */
  inner: Span;
  openMark: string;
  /** False when the paragraph ends before a closing mark: a quote that runs on into the next paragraph. */
  closed: boolean;
}

/** Closing marks each opening mark accepts. German „…“ closes with “; wire style ``…'' with ''. */
const CLOSERS: Record<string, readonly string[]> = {
  '“': ['”', '"'],
  '„': ['“', '”'],
  '«': ['»'],
  '"': ['"', '”'],
  '``': ["''", '"', '”'],
  "''": ["''"],
  '‘': ['’'],
  "'": ["'"],
};

// Patterns are module constants: a regex literal in a function body is a new object at each call.
const SPACE = /\s/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const OPEN_CONTEXT = /[\s([{\u2014\u2013/:;-]/u;
const CASED_LETTER = /\p{Lu}|\p{Ll}/u;
const ENDS_A_QUOTED_WORD = /[\p{L}\p{N}.,!?]/u;
const LOWER = /\p{Ll}/u;
/** Words that open with an apostrophe for an elided "i": 'tis, 'twas, 'til (not 'treated with contempt'). */
const ELIDED_T = /^(?:tis|twas|til|tween|twixt)(?!\p{L})/iu;

const isSpace = (ch: string | undefined): boolean => ch === undefined || SPACE.test(ch);
const isLetterOrDigit = (ch: string | undefined): boolean => ch !== undefined && LETTER_OR_DIGIT.test(ch);
/** Characters after which a straight quote opens rather than closes. */
const isOpenContext = (ch: string | undefined): boolean => ch === undefined || OPEN_CONTEXT.test(ch);

/** The opening mark at `i`, if any, as the key of CLOSERS. */
function openerAt(text: string, i: number, start: number, straightSingles: boolean): string | null {
  const ch = text[i];
  if (ch === '`' && text[i + 1] === '`') return '``';
  // Two apostrophes as a quote mark (''…'', as some newspapers set it) open at a word start.
  if (ch === "'" && text[i + 1] === "'") return isOpenContext(i > start ? text[i - 1] : undefined) && isLetterOrDigit(text[i + 2]) ? "''" : null;
  if (ch === '“' || ch === '„' || ch === '«') return ch;
  if (ch === '"') return isOpenContext(i > start ? text[i - 1] : undefined) && !isSpace(text[i + 1]) ? '"' : null;
  // A curly single quote opens only at a word start and only before a letter: ’90s and ’em are apostrophes.
  if (ch === '‘') return (i === start || !isLetterOrDigit(text[i - 1])) && isLetterOrDigit(text[i + 1]) ? '‘' : null;
  // A straight single quote (British style) opens at a word start before a letter: 'tis and '90s stay apostrophes.
  if (ch === "'" && straightSingles) return isOpenContext(i > start ? text[i - 1] : undefined) && CASED_LETTER.test(text[i + 1] ?? '') && !ELIDED_T.test(text.slice(i + 1, i + 7)) ? "'" : null;
  return null;
}

function closerAt(text: string, i: number, opener: string, end: number): string | null {
  for (const c of CLOSERS[opener] ?? []) {
    if (text.startsWith(c, i)) {
      // An apostrophe inside a word (don’t, Xinjiang’s) does not close a single-quoted span.
      if ((c === '’' || c === "'") && isLetterOrDigit(text[i - 1]) && isLetterOrDigit(text[i + 1])) continue;
      // A straight single quote closes after punctuation or a word's last letter, but "the Smiths' dog"
      // is a plural possessive.
      if (c === "'" && opener === "'" && (!ENDS_A_QUOTED_WORD.test(text[i - 1] ?? '') || (text[i - 1] === 's' && SPACE.test(text[i + 1] ?? '') && LOWER.test(text[i + 2] ?? '')))) continue;
      if (c === "''" || c === '"' || c === '’') {
        // A straight mark that opens a new quote is not a closer for the previous one… unless it ends the paragraph.
        if (c === '"' && i + 1 < end && isOpenContext(text[i - 1]) && !isSpace(text[i + 1])) continue;
      }
      return c;
    }
  }
  return null;
}

function trimmed(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  return { start: s, end: e };
}

/**
 * The quoted spans of one paragraph, in order, by a single left-to-right scan. Marks inside an open
 * quote other than its closers (a quote inside a quote) are part of it. A quote left open runs to
 * the paragraph's end: the newsroom convention for a quote that continues in the next paragraph.
 * `straightSingles`: ' marks quotes too — for texts set in the British style, which use no double
 * quote marks; elsewhere a straight single quote is an apostrophe or a quote inside a quote.
 */
export function findMarkedSpans(text: string, para: Span, straightSingles = false): MarkedSpan[] {
  const out: MarkedSpan[] = [];
  let i = para.start;
  while (i < para.end) {
    const opener = openerAt(text, i, para.start, straightSingles);
    if (!opener) {
      i++;
      continue;
    }
    const innerStart = i + opener.length;
    let j = innerStart;
    let closer: string | null = null;
    let stop = para.end;
    // Curly marks nested inside a straight-quoted span pair with each other, not with the outer mark.
    let nestedCurly = 0;
    while (j < para.end) {
      if (opener === '"' && text[j] === '“') nestedCurly++;
      else if (opener === '"' && text[j] === '”' && nestedCurly > 0) {
        nestedCurly--;
        j++;
        continue;
      }
      closer = closerAt(text, j, opener, para.end);
      if (closer) break;
      // A second “ after white space means the first was never closed: the typo ends at the new quote.
      if (opener === '“' && text[j] === '“' && isSpace(text[j - 1])) {
        stop = j;
        break;
      }
      j++;
    }
    const closed = closer !== null;
    const close = closed ? j + closer!.length : stop;
    const inner = trimmed(text, innerStart, closed ? j : stop);
    // Single quotes never run on across paragraphs: an unclosed ‘ is an apostrophe (‘90s), not a quote.
    const keep = inner.end > inner.start && (closed || (opener !== '‘' && opener !== "'")) && !(closed && nicknameEnd(text, i) === close);
    if (keep) out.push({ open: i, close, inner, openMark: opener, closed: closed || stop < para.end });
    i = keep || closed ? close : i + 1;
  }
  return out;
}

/**
 * True when the text quotes speech with single marks (British style): more of its paragraphs open
 * with a straight single quote than with a double one.
 */
export function quotesWithSingles(text: string): boolean {
  const singles = text.match(/^[ \t]*'\p{Lu}/gmu)?.length ?? 0;
  const doubles = text.match(/^[ \t]*["“„«]/gmu)?.length ?? 0;
  return singles > doubles;
}
