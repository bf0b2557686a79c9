/**
 * Dates named through "the" and the reference day: "by the end of the year", "later in the month",
 * "over the weekend", "in the autumn", "by year-end". Each resolves at the precision of its unit
 * (a week or weekend to the month or year that holds it whole); none has a value without a
 * reference day, nor when the sentence names another year or month "the year" may stand for.
 */
import { fmtMonth, fmtYear, weekdayOf, type Ymd } from '../calendar.js';
import { clauseTense, fixed, lowerAt, relativeTo, yearAt, type DateMatch, type DateParser, type ScanContext } from '../match.js';
import { FUNCTION_WORDS } from '../lexicon.js';
import { glued } from '../tokens.js';
import { yearNamedBefore } from './context.js';
import { SEASONS, weekendValue, weekValue } from './relative.js';

/** The part of a period a phrase points into: "the end of", "the rest of", "the turn of". */
const EDGES = new Set(['end', 'start', 'beginning', 'middle', 'close', 'turn', 'rest', 'remainder']);
/** Words before an edge with no "the": "by end of the year" (headline style). */
const BARE_EDGE_LEADS = new Set(['by', 'at', 'until', 'before', 'since', 'from']);
const HEDGES = new Set(['earlier', 'later', 'early', 'late']);
const UNITS = new Set(['year', 'month', 'week']);

/** The words each parser here opens on, for the scanner's dispatch. */
export const EDGE_OPENERS: readonly string[] = [...EDGES];
export const HEDGE_OPENERS: readonly string[] = [...HEDGES];
export const YEAR_END_OPENERS: readonly string[] = ['year'];
export const WEEKEND_OPENERS: readonly string[] = ['weekend'];
export const SEASON_OPENERS: readonly string[] = [...SEASONS.keys()];

/** "the year" as the reference year, "the month" as its month, "the week" as its week; null when anaphoric. */
function unitMatch(ctx: ScanContext, i: number, last: number, unit: string): DateMatch {
  // "In 2019, sales fell by the end of the year": that year, not the reference's; unsure, so null.
  const anaphoric = unit !== 'week' && (yearNamedBefore(ctx, i) ||
    (unit === 'month' && (ctx.previous?.match.kind === 'month' || ctx.previous?.match.kind === 'day')));
  return relativeTo(last, 'relative', (ref) => {
    if (anaphoric) return null;
    if (unit === 'year') return fmtYear(ref.y);
    if (unit === 'month') return fmtMonth(ref.y, ref.m);
    return weekValue(ref, 0);
  });
}

/** True when token k is "year", "month" or "week" standing alone: not "year-long", not "the year 2024". */
function unitEndsAt(ctx: ScanContext, k: number): boolean {
  const after = ctx.tokens[k + 1];
  if (!UNITS.has(lowerAt(ctx, k))) return false;
  if (after && glued(ctx.tokens[k], after) && (after.text === '-' || after.kind !== 'punct')) return false;
  return after?.kind !== 'num';
}

/** "(the) end of the year", "the start of the month", "the rest of the week". */
export const edgeOfPeriod: DateParser = (ctx, i) => {
  if (!EDGES.has(lowerAt(ctx, i)) || lowerAt(ctx, i + 1) !== 'of' || lowerAt(ctx, i + 2) !== 'the') return null;
  const prev = lowerAt(ctx, i - 1);
  if (prev !== 'the' && !BARE_EDGE_LEADS.has(prev)) return null;
  return unitEndsAt(ctx, i + 3) ? unitMatch(ctx, i, i + 3, lowerAt(ctx, i + 3)) : null;
};

/** "earlier in the year", "later in the month", "late in the week". */
export const hedgedPeriod: DateParser = (ctx, i) => {
  if (!HEDGES.has(lowerAt(ctx, i)) || lowerAt(ctx, i + 1) !== 'in' || lowerAt(ctx, i + 2) !== 'the') return null;
  return unitEndsAt(ctx, i + 3) ? unitMatch(ctx, i, i + 3, lowerAt(ctx, i + 3)) : null;
};

const YEAR_END_LEADS = new Set(['by', 'at', 'before', 'until', 'since', 'after', 'from']);

/** "by year-end", "at year end", "by year-end 2025". */
export const yearEnd: DateParser = (ctx, i) => {
  if (lowerAt(ctx, i) !== 'year' || !YEAR_END_LEADS.has(lowerAt(ctx, i - 1))) return null;
  const dash = ctx.tokens[i + 1];
  const hyphenated = dash?.text === '-' && glued(ctx.tokens[i], dash) && glued(dash, ctx.tokens[i + 2]);
  const end = hyphenated ? i + 2 : i + 1;
  if (lowerAt(ctx, end) !== 'end') return null;
  const y = yearAt(ctx, end + 1, 1600, 2099);
  if (y !== null) return fixed(end + 1, 'year', fmtYear(y));
  const after = ctx.tokens[end + 1];
  if (after && glued(ctx.tokens[end], after) && after.kind !== 'punct') return null;
  return unitMatch(ctx, i, end, 'year');
};

const WEEKEND_LEADS = new Set(['over', 'at', 'on', 'during', 'through', 'throughout']);

/** The weekend a clause means: the coming one in a future clause, else the latest (this one on a Saturday or Sunday). */
function weekendOf(ref: Ymd, future: boolean): string | null {
  const inWeekend = weekdayOf(ref) === 0 || weekdayOf(ref) === 6;
  return weekendValue(ref, future || inWeekend ? 0 : -1);
}

/** "over the weekend", "at the weekend" (British), "on the weekend". */
export const theWeekend: DateParser = (ctx, i) => {
  if (lowerAt(ctx, i) !== 'weekend' || lowerAt(ctx, i - 1) !== 'the' || !WEEKEND_LEADS.has(lowerAt(ctx, i - 2))) return null;
  const after = ctx.tokens[i + 1];
  if (after && glued(ctx.tokens[i], after) && (after.text === '-' || after.kind !== 'punct')) return null;
  const future = clauseTense(ctx, i) === 'future';
  return relativeTo(i, 'relative', (ref) => weekendOf(ref, future));
};

const SEASON_LEADS = new Set(['in', 'during', 'over', 'by', 'until', 'since', 'through', 'throughout', 'before', 'after']);
/** "after the fall", "before the fall": of a government more often than an autumn. */
const FALL_LEADS = new Set(['in', 'during', 'by', 'until']);

/** The year of a season named with "the": the latest begun in a past clause, the next unfinished in a future one. */
function seasonYear(ref: Ymd, first: number, lean: 'past' | 'future'): number {
  if (lean === 'past') return first <= ref.m ? ref.y : ref.y - 1;
  return first + 2 >= ref.m ? ref.y : ref.y + 1;
}

/** "in the summer", "by the autumn"; winter straddles two years, so it gets no value. */
export const theSeason: DateParser = (ctx, i) => {
  const first = SEASONS.get(lowerAt(ctx, i));
  const t = ctx.tokens[i]!;
  // "the Spring Festival", "Donna Summer": a capitalized season is a name.
  if (first === undefined || t.text !== t.lower || lowerAt(ctx, i - 1) !== 'the') return null;
  if (!(t.lower === 'fall' ? FALL_LEADS : SEASON_LEADS).has(lowerAt(ctx, i - 2))) return null;
  // "the summer of 2015" is the year's parser's, "the summer of discontent" no date; "the winter
  // break", "the summer recess" name an event: the season must end its phrase.
  const after = ctx.tokens[i + 1];
  if (after?.lower === 'of' || (after?.kind === 'word' && !FUNCTION_WORDS.has(after.lower))) return null;
  if (after && glued(t, after) && (after.text === '-' || after.kind !== 'punct')) return null;
  // "works full time in the summer" is a habit, not a date: only a clause with a tense cue ("will",
  // "was", "had") names one summer.
  const lean = clauseTense(ctx, i);
  if (lean === null) return null;
  return relativeTo(i, 'relative', (ref) => (first === null ? null : fmtYear(seasonYear(ref, first, lean))));
};
