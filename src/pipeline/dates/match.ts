/**
 * What a date parser returns, and the token readers the parsers share (a month name, a day of the
 * month, a year). A parser looks at the tokens from index `i` and answers with the last token it
 * took and how to resolve the value against a reference day, or null.
 */
import { isDigits, isUpperCaseForm, startsUpper } from '../chars.js';
import type { Ymd } from './calendar.js';
import { AMBIGUOUS_MONTHS, MONTHS, SHORT_MONTHS } from './lexicon.js';
import { chunkAround, glued, looksLikeId, type Token } from './tokens.js';

export interface Resolved {
  value: string | null;
  endValue?: string;
}

export type DateKind = 'day' | 'month' | 'year' | 'decade' | 'relative';

export interface DateMatch {
  /** Index of the last token taken. */
  last: number;
  kind: DateKind;
  /** True when the value depends on the reference day. */
  relative: boolean;
  resolve(ref: Ymd | null): Resolved;
}

export interface ScanContext {
  text: string;
  tokens: readonly Token[];
  /** The match that ended last before the current token, if any: lists and ranges of years chain on it. */
  previous: { first: number; match: DateMatch } | null;
}

export type DateParser = (ctx: ScanContext, i: number) => DateMatch | null;

/** An absolute value: the same whatever the reference day. */
export function fixed(last: number, kind: DateKind, value: string, endValue?: string): DateMatch {
  const resolved: Resolved = endValue === undefined ? { value } : { value, endValue };
  return { last, kind, relative: false, resolve: () => resolved };
}

/** A value computed from the reference day; unresolvable (null) without one. */
export function relativeTo(last: number, kind: DateKind, compute: (ref: Ymd) => string | null): DateMatch {
  return { last, kind, relative: true, resolve: (ref) => ({ value: ref ? compute(ref) : null }) };
}

export function lowerAt(ctx: ScanContext, i: number): string {
  return ctx.tokens[i]?.lower ?? '';
}

const isCapitalized = (t: Token): boolean => startsUpper(t.text);

export interface MonthToken {
  month: number;
  last: number;
  /** "May", "March": also a verb or a name, so it needs a day, a year or a lead word. */
  ambiguous: boolean;
}

/** A capitalized month name at i ("November", "Nov.", "Sept."); a bare "Nov" only before a number. */
export function monthAt(ctx: ScanContext, i: number): MonthToken | null {
  const t = ctx.tokens[i];
  if (!t || t.kind !== 'word' || !isCapitalized(t)) return null;
  // All-caps words are headings or acronyms ("MAY"), except "MARCH" in a dateline; keep it simple.
  if (t.text.length > 1 && isUpperCaseForm(t.text)) return null;
  const month = MONTHS.get(t.lower);
  if (month === undefined) return null;
  const dot = ctx.tokens[i + 1];
  const hasDot = dot?.text === '.' && glued(t, dot);
  if (SHORT_MONTHS.has(t.lower)) {
    if (hasDot) return { month, last: i + 1, ambiguous: false };
    return ctx.tokens[i + 1]?.kind === 'num' ? { month, last: i, ambiguous: false } : null;
  }
  return { month, last: i, ambiguous: AMBIGUOUS_MONTHS.has(t.lower) };
}

const ORDINAL_SUFFIX = new Set(['st', 'nd', 'rd', 'th']);

/** A day of the month at i: 1–31, one or two digits, maybe "5th". */
export function dayAt(ctx: ScanContext, i: number): { day: number; last: number } | null {
  const t = ctx.tokens[i];
  if (!t || t.kind !== 'num' || !isDigits(t.text, 1, 2)) return null;
  const day = Number(t.text);
  if (day < 1 || day > 31) return null;
  const next = ctx.tokens[i + 1];
  if (next && glued(t, next)) {
    if (next.kind === 'word' && ORDINAL_SUFFIX.has(next.lower)) return { day, last: i + 1 };
    if (next.text === ':' || next.text === '%' || next.kind === 'word' || next.kind === 'num') return null;
  }
  return { day, last: i };
}

const CURRENCY_OR_NUMBER_SIGN = new Set(['$', '€', '£', '¥', '₹', '#']);

/** A four-digit year at i within [lo, hi], not part of a larger number, name or id. */
export function yearAt(ctx: ScanContext, i: number, lo = 1000, hi = 2999): number | null {
  const t = ctx.tokens[i];
  if (!t || t.kind !== 'num' || !isDigits(t.text, 4, 4)) return null;
  const y = Number(t.text);
  if (y < lo || y > hi) return null;
  if (looksLikeId(chunkAround(ctx.text, t.start, t.end))) return null;
  const next = ctx.tokens[i + 1];
  // Glued letters ("2019abc") or a unit ("2019%") make it something else; "1990s" is the decade parser's.
  if (next && glued(t, next) && (next.kind === 'word' || next.text === '%' || next.kind === 'num')) return null;
  const prev = ctx.tokens[i - 1];
  if (prev && glued(prev, t) && (prev.kind === 'num' || CURRENCY_OR_NUMBER_SIGN.has(prev.text))) return null;
  return y;
}

/** Words that put a clause in the future: "will vote on Tuesday", "is to take over on Jan. 1", "expects growth in the third quarter". */
const FUTURE_CUES = new Set(['will', 'll', 'shall', 'scheduled', 'slated', 'should', 'expects', 'expect']);
/** "is due on Thursday", "are due in March"; "was due" stays past. */
const BEFORE_DUE = new Set(['is', 'are', 's', 'be']);
/** "is to", "are set to", "plans to": a verb of intent before "to". */
const INTENT_BEFORE_TO = new Set(['is', 'are', 'set', 'plans', 'plan', 'expected', 'due']);
const CLAUSE_BREAKS = new Set(['said', 'says', 'told', 'announced', 'reported', 'added', 'wrote', '.', ';', '—', 'but']);

/**
 * Words that put a clause in the past: "had gotten them in February", "since May"; not "was to" /
 * "were to" (a future in the past). A future cue further back still wins.
 */
const PAST_CUES = new Set(['had', 'did', 'was', 'were', 'since']);

/** The tense the few words before token i give its clause: future, past, or null when they say nothing. */
export function clauseTense(ctx: ScanContext, i: number): 'future' | 'past' | null {
  let past = false;
  for (let k = i - 1; k >= 0 && k >= i - 8; k--) {
    const w = lowerAt(ctx, k);
    if (CLAUSE_BREAKS.has(w)) break;
    // "should have acted" looks back.
    if (FUTURE_CUES.has(w) && !(w === 'should' && lowerAt(ctx, k + 1) === 'have')) return 'future';
    if (w === 'to' && INTENT_BEFORE_TO.has(lowerAt(ctx, k - 1))) return 'future';
    if (w === 'due' && BEFORE_DUE.has(lowerAt(ctx, k - 1))) return 'future';
    if (PAST_CUES.has(w) && lowerAt(ctx, k + 1) !== 'to') past = true;
  }
  return past ? 'past' : null;
}

export const futureClause = (ctx: ScanContext, i: number): boolean => clauseTense(ctx, i) === 'future';
