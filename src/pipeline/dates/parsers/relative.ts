/**
 * Dates relative to the reference day: "yesterday", "last year", "earlier this month",
 * "two weeks ago", "last September", "on Tuesday", "last summer". Each resolves at the granularity
 * the words give; a week resolves to the month (or year) that holds it whole.
 */
import { addDays, addMonths, fmtDay, fmtMonth, fmtYear, spanValue, weekdayOf, type Ymd } from '../calendar.js';
import { futureClause, lowerAt, monthAt, relativeTo, type DateMatch, type DateParser, type ScanContext } from '../match.js';
import { SMALL_NUMBERS, TENS, TIME_UNITS, WEEKDAYS } from '../lexicon.js';
import { isDigits, isUpperCaseForm, startsUpper } from '../../chars.js';

// Every parser here runs at every token of the text. A closure built in a parser's body makes V8
// allocate that call's variables on the heap even when nothing matches, so each value-computing
// closure is built in a small function called only on a match (dayShift, unitMatch, …).

type Direction = -1 | 0 | 1;

/** "last", "this past" → -1; "this" → 0; "next" → +1; with the index of the word that follows. */
function directionAt(ctx: ScanContext, i: number): { dir: Direction; next: number } | null {
  const w = lowerAt(ctx, i);
  // "the last year", "the next month" are durations ("over the last year"), not dates.
  if (lowerAt(ctx, i - 1) === 'the') return null;
  if (w === 'last') return { dir: -1, next: i + 1 };
  if (w === 'next') return { dir: 1, next: i + 1 };
  if (w === 'this') return lowerAt(ctx, i + 1) === 'past' ? { dir: -1, next: i + 2 } : { dir: 0, next: i + 1 };
  return null;
}

const DAY_WORDS: ReadonlyMap<string, number> = new Map([['yesterday', -1], ['today', 0], ['tonight', 0], ['tomorrow', 1]]);
const DAY_PARTS = new Set(['morning', 'afternoon', 'evening']);

/** The day `offset` days from the reference day, ending at token `last`. */
const dayShift = (last: number, offset: number) => relativeTo(last, 'relative', (ref) => fmtDay(addDays(ref, offset)));

/** "yesterday", "today", "tomorrow", "tonight", "last night", "this morning". */
export const dayWord: DateParser = (ctx, i) => {
  const offset = DAY_WORDS.get(lowerAt(ctx, i));
  if (offset !== undefined) {
    return partOfName(ctx, i) ? null : dayShift(i, offset);
  }
  const w = lowerAt(ctx, i);
  const next = ctx.tokens[i + 1];
  if (lowerAt(ctx, i - 1) === 'the' || !next || partOfName(ctx, i + 1)) return null;
  if (w === 'last' && next.lower === 'night') return dayShift(i + 1, -1);
  if (w === 'this' && DAY_PARTS.has(next.lower)) return relativeTo(i + 1, 'relative', (ref) => fmtDay(ref));
  return null;
};

/** "USA Today", "USA TODAY", "CBS This Morning": a capitalized word inside a name, not a date. */
function partOfName(ctx: ScanContext, i: number): boolean {
  const t = ctx.tokens[i]!;
  if (t.text.length > 1 && isUpperCaseForm(t.text)) return true;
  const prev = ctx.tokens[i - 1];
  if (!startsUpper(t.text) || prev?.kind !== 'word') return false;
  return startsUpper(prev.text) || startsUpper(ctx.tokens[i + 1]?.text ?? '') && ctx.tokens[i + 1]?.kind === 'word';
}

/** Monday of the week holding `ref`. */
const mondayOf = (ref: Ymd): Ymd => addDays(ref, -((weekdayOf(ref) + 6) % 7));

export function weekValue(ref: Ymd, dir: Direction): string | null {
  const monday = addDays(mondayOf(ref), 7 * dir);
  return spanValue(monday, addDays(monday, 6));
}

export function weekendValue(ref: Ymd, dir: Direction): string | null {
  // Weeks start on Monday, so "last weekend" seen from a Sunday is the one before it.
  const saturday = addDays(mondayOf(ref), 5 + 7 * dir);
  return spanValue(saturday, addDays(saturday, 1));
}

/** First month of each season; winter straddles two years, so it gets no value. */
export const SEASONS: ReadonlyMap<string, number | null> = new Map([['spring', 3], ['summer', 6], ['fall', 9], ['autumn', 9], ['winter', null]]);

function seasonValue(ref: Ymd, dir: Direction, first: number | null): string | null {
  if (first === null) return null;
  const last = first + 2;
  if (dir === -1) return fmtYear(ref.m > last ? ref.y : ref.y - 1);
  if (dir === 1) return fmtYear(ref.m < first ? ref.y : ref.y + 1);
  return fmtYear(ref.y);
}

function unitValue(unit: string, ref: Ymd, dir: Direction): string | null {
  switch (unit) {
    case 'year': return fmtYear(ref.y + dir);
    case 'month': return fmtMonth(...addMonths(ref.y, ref.m, dir));
    case 'week': return weekValue(ref, dir);
    case 'weekend': return weekendValue(ref, dir);
    default: return null;
  }
}

const CALENDAR_UNITS = new Set(['year', 'month', 'week', 'weekend']);

const unitMatch = (last: number, unit: string, dir: Direction) => relativeTo(last, 'relative', (ref) => unitValue(unit, ref, dir));
const seasonMatch = (last: number, dir: Direction, first: number | null) =>
  relativeTo(last, 'relative', (ref) => seasonValue(ref, dir, first));

const HEDGES = new Set(['earlier', 'later', 'early', 'late']);
const HEDGED_DIRECTIONS = new Set(['this', 'last', 'next']);

/** "last year", "this month", "next week", "last summer", "earlier this month", "early next year", "late last year". */
export const relativeUnit: DateParser = (ctx, i) => {
  const hedged = HEDGES.has(lowerAt(ctx, i));
  const at = hedged && HEDGED_DIRECTIONS.has(lowerAt(ctx, i + 1)) ? i + 1 : i;
  if (hedged && at === i) return null;
  const d = directionAt(ctx, at);
  if (!d) return null;
  const unit = lowerAt(ctx, d.next);
  if (CALENDAR_UNITS.has(unit)) return unitMatch(d.next, unit, d.dir);
  const season = SEASONS.get(unit);
  if (season !== undefined) return seasonMatch(d.next, d.dir, season);
  return null;
};

/** "last September": the most recent September strictly before the reference month. */
export const relativeMonth: DateParser = (ctx, i) => {
  const d = directionAt(ctx, i);
  if (!d) return null;
  const month = monthAt(ctx, d.next);
  if (!month) return null;
  return monthMatch(month.last, d.dir, month.month);
};

function monthMatch(last: number, dir: Direction, m: number): DateMatch {
  return relativeTo(last, 'month', (ref) => {
    if (dir === -1) return fmtMonth(m < ref.m ? ref.y : ref.y - 1, m);
    if (dir === 1) return fmtMonth(m > ref.m ? ref.y : ref.y + 1, m);
    return fmtMonth(ref.y, m);
  });
}

/** A count before "ago": "two", "a", "an", "12", "twenty-five" → [value, last token]. */
function countAt(ctx: ScanContext, i: number): [number, number] | null {
  const t = ctx.tokens[i];
  if (!t) return null;
  if (t.kind === 'num') return isDigits(t.text, 1, 3) ? [Number(t.text), i] : null;
  if (t.lower === 'a' || t.lower === 'an') return [1, i];
  const small = SMALL_NUMBERS.get(t.lower);
  if (small !== undefined) return [small, i];
  const tens = TENS.get(t.lower);
  if (tens === undefined) return null;
  const unit = ctx.tokens[i + 1]?.text === '-' ? SMALL_NUMBERS.get(lowerAt(ctx, i + 2)) : undefined;
  return unit !== undefined && unit < 10 ? [tens + unit, i + 2] : [tens, i];
}

/** "two weeks ago", "a year ago", "three days ago", "a decade ago". */
export const agoPhrase: DateParser = (ctx, i) => {
  const count = countAt(ctx, i);
  if (!count) return null;
  const [n, last] = count;
  const unit = TIME_UNITS.get(lowerAt(ctx, last + 1));
  if (lowerAt(ctx, last + 2) !== 'ago' || !unit || n === 0) return null;
  return agoMatch(last + 2, unit, n);
};

function agoMatch(last: number, unit: string, n: number): DateMatch {
  const compute = (ref: Ymd): string | null => {
    switch (unit) {
      case 'day': return fmtDay(addDays(ref, -n));
      case 'week': return fmtDay(addDays(ref, -7 * n));
      case 'month': return fmtMonth(...addMonths(ref.y, ref.m, -n));
      case 'year': return fmtYear(ref.y - n);
      case 'decade': return fmtYear(ref.y - 10 * n);
      default: return null;
    }
  };
  return relativeTo(last, 'relative', compute);
}

/** Words before a weekday that still leave it a plain date ("On Tuesday", "Since Monday"). */
const WEEKDAY_LEADS = new Set(['on', 'since', 'by', 'until', 'till', 'before', 'after', 'from', 'through', 'last', 'this', 'next', 'early', 'late', 'and', 'or', 'that', 'as', 'of']);
/** "on Tuesday" → the latest Tuesday on or before the reference day (news convention), unless the clause is future. */
export const weekday: DateParser = (ctx, i) => {
  const d = directionAt(ctx, i);
  const at = d ? d.next : i;
  const t = ctx.tokens[at];
  const w = t ? WEEKDAYS.get(t.lower) : undefined;
  if (!t || w === undefined || !startsUpper(t.text)) return null;
  // "Super Tuesday", "Black Friday": a capitalized word before the weekday makes it a name.
  const prev = ctx.tokens[at - 1];
  if (!d && prev?.kind === 'word' && startsUpper(prev.text) && !WEEKDAY_LEADS.has(prev.lower)) return null;
  const dir: Direction = d ? d.dir : futureClause(ctx, i) ? 1 : 0;
  return weekdayMatch(at, w, d?.dir, dir);
};

/** Weekday `w` seen from the reference day: by the written direction, else by the clause's tense (`dir`). */
function weekdayMatch(last: number, w: number, written: Direction | undefined, dir: Direction): DateMatch {
  return relativeTo(last, 'relative', (ref) => {
    const back = (weekdayOf(ref) - w + 7) % 7;
    const ahead = (w - weekdayOf(ref) + 7) % 7;
    if (written === -1) return fmtDay(addDays(ref, -(back || 7)));
    if (written === 1) return fmtDay(addDays(ref, ahead || 7));
    return fmtDay(addDays(ref, dir === 1 ? ahead : -back));
  });
}
