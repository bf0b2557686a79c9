import type { Doc, Paragraph, Sentence, Stage } from './document.js';
import { isLetterAt, isSpaceAt, lowerCase } from './chars.js';

/**
 * Abbreviations after which a period does not end a sentence. Lower-cased, without the period.
 * Single letters (initials: "George W. Bush", "U.S.") are handled separately.
 */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr',
  'adm', 'maj', 'pres', 'rev', 'fr', 'st', 'jr', 'sr', 'sens', 'reps', 'messrs', 'hon', 'supt',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'inc', 'corp', 'ltd', 'co', 'bros', 'no', 'nos', 'vs', 'etc', 'approx', 'est', 'dept', 'univ',
  'ft', 'mt', 'ave', 'blvd', 'rd', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'a.m', 'p.m', 'ph.d', 'd.c',
]);

const CLOSERS = new Set(['"', '\'', '”', '’', ')', ']', '»', '“']);

const UPPER_START = /[\p{Lu}\d"'“‘«„([`]/u;

function isUpperStart(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  return UPPER_START.test(ch);
}

/**
 * True when the text wraps its lines at a fixed width (e-mail, wire copy), so that a single line
 * break is not a paragraph break. Lines of unwrapped text are whole paragraphs and vary widely.
 */
function isHardWrapped(text: string): boolean {
  // A byte-order mark is invisible: it must not make the first line one character wider.
  const visible = text.startsWith('\ufeff') ? text.slice(1) : text;
  const lengths = visible.split('\n').map((l) => l.trimEnd().length).filter((n) => n > 0);
  if (lengths.length < 4) return false;
  // A loop, not Math.max(...lengths): spreading a million lines would overflow the call stack.
  let longest = 0;
  for (const n of lengths) if (n > longest) longest = n;
  if (longest > 100) return false;
  const nearFull = lengths.filter((n) => n >= longest - 25).length;
  return nearFull >= lengths.length * 0.6;
}

/**
 * Paragraphs. A blank line always separates paragraphs; a single line break does too, unless the
 * text is hard-wrapped, where only blank lines do.
 */
export function splitParagraphs(text: string): Paragraph[] {
  const singleBreaks = !isHardWrapped(text);
  const out: Paragraph[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    while (i < n && isSpaceAt(text, i)) i++;
    if (i >= n) break;
    let j = i;
    let end = -1;
    while (j < n) {
      if (text[j] === '\n') {
        if (singleBreaks) {
          end = j;
          break;
        }
        let k = j + 1;
        while (k < n && (text[k] === ' ' || text[k] === '\t' || text[k] === '\r')) k++;
        if (k >= n || text[k] === '\n') {
          end = j;
          break;
        }
      }
      j++;
    }
    if (end < 0) end = n;
    let e = end;
    while (e > i && isSpaceAt(text, e - 1)) e--;
    out.push({ start: i, end: e, index: out.length });
    i = end;
  }
  return out;
}

function wordBefore(text: string, dot: number, floor: number): string {
  let k = dot;
  while (k > floor && (isLetterAt(text, k - 1) || text.charCodeAt(k - 1) === 46 /* . */)) k--;
  return text.slice(k, dot);
}

const LEADING_DOTS = /^\.+/u;
const DIGIT_NEXT = /^\s*\d/u;
const SINGLE_CAPITAL = /^\p{Lu}$/u;

/** A comma or hyphen right before "Del.": the state ("Dover, Del.", "D-Del."), not a delegate's title. */
const STATE_BEFORE = /[,-]\s*$/u;

/** True when the period at `dot` belongs to an abbreviation or an initial, not a sentence end. */
function isAbbreviation(text: string, dot: number, floor: number): boolean {
  const word = wordBefore(text, dot, floor);
  if (word === '') return false;
  const bare = lowerCase(word.replace(LEADING_DOTS, ''));
  // "No. 10", "Nos. 3 and 4": a number sign only before a number; "she said no." ends a sentence.
  if (bare === 'no' || bare === 'nos') return DIGIT_NEXT.test(text.slice(dot + 1, dot + 4));
  if (ABBREVIATIONS.has(bare)) return true;
  // "said Del. Stacey Plaskett": a delegate's title. After a comma or a hyphen it is the state
  // ("Dover, Del." or "D-Del."), which may end a sentence.
  if (word === 'Del') return !STATE_BEFORE.test(text.slice(Math.max(floor, dot - 6), dot - 3));
  // Initials: "W." in "George W. Bush"; dotted acronyms "U.S." are decided by what follows.
  if (SINGLE_CAPITAL.test(word)) return true;
  return false;
}

/** Sentences within one paragraph, by a linear scan (no backtracking). */
export function splitSentences(text: string, para: Paragraph): Sentence[] {
  const out: Sentence[] = [];
  let start = para.start;
  let i = para.start;
  while (i < para.end) {
    const ch = text[i]!;
    if (ch === '.' || ch === '!' || ch === '?' || ch === '…') {
      let j = i + 1;
      while (j < para.end && (text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
      while (j < para.end && CLOSERS.has(text[j]!)) j++;
      const ws = j;
      while (j < para.end && (text[j] === ' ' || text[j] === '\t' || text[j] === '\n' || text[j] === '\r')) j++;
      const boundary =
        j > ws && j < para.end && isUpperStart(text[j]) && !(ch === '.' && isAbbreviation(text, i, start));
      if (boundary || (j >= para.end && j > ws)) {
        out.push({ start, end: ws, paragraph: para.index });
        start = j;
      }
      i = Math.max(j, i + 1);
      continue;
    }
    i++;
  }
  if (start < para.end) out.push({ start, end: para.end, paragraph: para.index });
  return out;
}

export const segment: Stage = {
  name: 'segment',
  reads: ['text'],
  writes: ['paragraphs', 'sentences'],
  run(doc: Doc) {
    doc.paragraphs = splitParagraphs(doc.text);
    doc.sentences = doc.paragraphs.flatMap((p) => splitSentences(doc.text, p));
  },
};
