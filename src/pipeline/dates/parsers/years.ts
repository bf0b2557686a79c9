/**
 * Years and decades: "in 2019", "2019's", "the 2016 election", "2010-2015", "2016-17", "the 1990s",
 * "the '90s". A four-digit number is a year only in a context that makes it one: never
 * "2019 people" or "2,019".
 */
import { fmtYear } from '../calendar.js';
import { fixed, lowerAt, yearAt, type DateParser, type ScanContext } from '../match.js';
import { FUNCTION_WORDS, isPluralNoun, YEAR_LEADS, YEAR_NOUNS, YEAR_SUBJECT_VERBS } from '../lexicon.js';
import { chunkAround, glued, looksLikeId } from '../tokens.js';
import { isDigits } from '../../chars.js';

const LOW = 1600;
const HIGH = 2099;

/** Words after a number that make it a quantity: "2019 people", "1500 million", "2000 percent". */
const QUANTITY_WORDS = new Set(['million', 'billion', 'trillion', 'thousand', 'hundred', 'percent', 'per', 'pct', 'times', 'dollars', 'euros', 'pounds', 'yuan', 'yen']);

/** True when token k makes the number before it a quantity: "2019 people", "2000 percent". */
export function countsSomething(ctx: ScanContext, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t) return false;
  if (t.text === '%') return true;
  if (t.kind !== 'word') return false;
  if (YEAR_NOUNS.has(t.lower)) return false;
  return QUANTITY_WORDS.has(t.lower) || isPluralNoun(t.lower);
}

const RANGE_LINKS = new Set(['and', 'to', '-', '–']);

/** "between 1800 and 2000 people": the pair is a quantity range, not years. */
function startsQuantityRange(ctx: ScanContext, i: number): boolean {
  if (!RANGE_LINKS.has(lowerAt(ctx, i + 1))) return false;
  return ctx.tokens[i + 2]?.kind === 'num' && countsSomething(ctx, i + 3);
}

const OPENERS = new Set(['"', '“', "'", '‘', '(', '[', '—', '–']);
const LIST_LINKS = new Set([',', 'and', 'or', 'to', 'through', 'until', '-', '–', '&']);
const DETERMINER_LIKE = new Set(['mid', 'pre', 'post', 'early', 'late']);
const YEAR_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 's']);

/** "Q3 2024", "H1 2025": a quarter or half named before the year. */
function isPeriodOfYear(ctx: ScanContext, i: number): boolean {
  const n = ctx.tokens[i - 1];
  const letter = ctx.tokens[i - 2];
  if (!n || !letter || n.kind !== 'num' || !glued(letter, n) || glued(ctx.tokens[i - 3], letter)) return false;
  return (letter.text === 'Q' && isDigits(n.text, 1, 1) && n.text >= '1' && n.text <= '4') || (letter.text === 'H' && (n.text === '1' || n.text === '2'));
}

function hasYearContext(ctx: ScanContext, i: number): boolean {
  const prev = ctx.tokens[i - 1];
  const prevLower = prev?.lower ?? '';
  const next = ctx.tokens[i + 1];
  if (YEAR_LEADS.has(prevLower) || isPeriodOfYear(ctx, i)) return true;
  // "mid-2016", "pre-2008"
  if ((prevLower === '-' || prevLower === '–') && DETERMINER_LIKE.has(lowerAt(ctx, i - 2))) return true;
  // "2019's"
  if (next && (next.text === "'" || next.text === '’') && lowerAt(ctx, i + 2) === 's' && glued(ctx.tokens[i], next)) return true;
  if (next && YEAR_NOUNS.has(next.lower)) return true;
  // "the 2010 Dodd-Frank law", "her 2003 book", "Obama’s 2008 campaign"
  if (YEAR_DETERMINERS.has(prevLower) && next?.kind === 'word' && !FUNCTION_WORDS.has(next.lower)) return true;
  // Lists and ranges chained on a year just found: "in 2010, 2012 and 2014", "from 2010 to 2015".
  const before = ctx.previous;
  if (before && before.match.kind === 'year' && before.match.last === i - 2 && LIST_LINKS.has(prevLower)) return true;
  // "(2016)" and a sentence opening on a year: "2016 was a hard year".
  if (prevLower === '(' && next?.text === ')') return true;
  const atStart = i === 0 || OPENERS.has(prevLower);
  return atStart && next !== undefined && YEAR_SUBJECT_VERBS.has(next.lower);
}

export const bareYear: DateParser = (ctx, i) => {
  const y = yearAt(ctx, i, LOW, HIGH);
  if (y === null) return null;
  if (countsSomething(ctx, i + 1) || startsQuantityRange(ctx, i)) return null;
  return hasYearContext(ctx, i) ? fixed(i, 'year', fmtYear(y)) : null;
};

/** "2010-2015", "2016–17": a range of years written with a dash. */
export const dashedYears: DateParser = (ctx, i) => {
  const y1 = yearAt(ctx, i, LOW, HIGH);
  const dash = ctx.tokens[i + 1];
  const second = ctx.tokens[i + 2];
  if (y1 === null || !dash || !second || (dash.text !== '-' && dash.text !== '–')) return null;
  if (!glued(ctx.tokens[i], dash) || !glued(dash, second) || second.kind !== 'num') return null;
  if (glued(second, ctx.tokens[i + 3]) && ctx.tokens[i + 3]?.kind !== 'punct') return null;
  let y2: number;
  if (isDigits(second.text, 4, 4)) y2 = Number(second.text);
  else if (isDigits(second.text, 2, 2)) y2 = Math.floor(y1 / 100) * 100 + Number(second.text);
  else return null;
  if (y2 <= y1 || y2 > HIGH || countsSomething(ctx, i + 3)) return null;
  if (looksLikeId(chunkAround(ctx.text, ctx.tokens[i]!.start, second.end))) return null;
  return fixed(i + 2, 'year', fmtYear(y1), fmtYear(y2));
};

/** "1990s", "1990's" after "the", "’90s": the decade as its first three digits. */
export const decade: DateParser = (ctx, i) => {
  const t = ctx.tokens[i];
  if (!t) return null;
  if (t.kind === 'num' && isDigits(t.text, 4, 4) && t.text.endsWith('0')) {
    const y = Number(t.text);
    if (y < 1000 || y > HIGH || looksLikeId(chunkAround(ctx.text, t.start, t.end))) return null;
    const next = ctx.tokens[i + 1];
    if (next?.lower === 's' && glued(t, next)) return fixed(i + 1, 'decade', t.text.slice(0, 3));
    const after = ctx.tokens[i + 2];
    const prev = lowerAt(ctx, i - 1);
    if (next && (next.text === "'" || next.text === '’') && glued(t, next) && after?.lower === 's' && glued(next, after) &&
      (prev === 'the' || DETERMINER_LIKE.has(prev)) && !(ctx.tokens[i + 3]?.kind === 'word' && YEAR_NOUNS.has(lowerAt(ctx, i + 3)))) {
      return fixed(i + 2, 'decade', t.text.slice(0, 3));
    }
    return null;
  }
  // "the 80’s", "the early 90's": two digits, an apostrophe, an "s", after "the" or "early/mid/late".
  if (t.kind === 'num' && isDigits(t.text, 2, 2) && t.text.endsWith('0')) {
    const mark = ctx.tokens[i + 1];
    const s = ctx.tokens[i + 2];
    const prev = lowerAt(ctx, i - 1);
    if (!mark || !s || (mark.text !== "'" && mark.text !== '’') || !glued(t, mark) || !glued(mark, s) || s.lower !== 's') return null;
    if (prev !== 'the' && !DETERMINER_LIKE.has(prev)) return null;
    const yy = Number(t.text);
    return fixed(i + 2, 'decade', String((yy >= 20 ? 1900 : 2000) + yy).slice(0, 3));
  }
  // "’90s": an apostrophe opening the word, two digits ending in 0, a glued "s".
  if ((t.text === "'" || t.text === '’') && t.spaced) {
    const num = ctx.tokens[i + 1];
    const s = ctx.tokens[i + 2];
    if (!num || !s || !glued(t, num) || !glued(num, s) || s.lower !== 's' || !(isDigits(num.text, 2, 2) && num.text.endsWith('0'))) return null;
    const yy = Number(num.text);
    const century = yy >= 20 ? 1900 : 2000;
    return fixed(i + 2, 'decade', String(century + yy).slice(0, 3));
  }
  return null;
};
