/**
 * Calendar dates with a month: "2017-05-17", "05/17/2017", "Nov. 5, 2016", "Tuesday, Nov. 5",
 * "5 November 2016", "November 2016", "in November". A day or month without a year takes its
 * year from the reference day, leaning by the clause's tense (see yearOfMonth).
 */
import { fmtDay, fmtMonth, isValidDay, yearOfMonth, type Lean, type Ymd } from '../calendar.js';
import { clauseTense, dayAt, fixed, lowerAt, monthAt, relativeTo, yearAt, type DateMatch, type DateParser, type ScanContext } from '../match.js';
import { WEEKDAYS } from '../lexicon.js';
import { chunkAround, glued, looksLikeId } from '../tokens.js';
import { isDigits, startsUpper } from '../../chars.js';

// These parsers run at every token: no arrays or closures are built before a match is sure
// (a closure in a parser's body would put that call's variables on the heap each time).

/** The year written after a month or day: ", 2016", " 2016", "of 2016"; or "of last year" (relative). */
type YearPart = { last: number; year: number } | { last: number; shift: -1 | 0 | 1 };

const YEAR_SHIFT: ReadonlyMap<string, -1 | 0 | 1> = new Map([['last', -1], ['this', 0], ['next', 1]]);

function yearPart(ctx: ScanContext, after: number): YearPart | null {
  let k = after + 1;
  if (ctx.tokens[k]?.text === ',' || lowerAt(ctx, k) === 'of') k++;
  const year = yearAt(ctx, k);
  if (year !== null) return { last: k, year };
  // "March of next year", "April last year"; not "in April, last year …" (the comma ends the date).
  const shift = YEAR_SHIFT.get(lowerAt(ctx, k));
  if (ctx.tokens[after + 1]?.text !== ',' && shift !== undefined && lowerAt(ctx, k + 1) === 'year') return { last: k + 1, shift };
  return null;
}

/** "had … in May", "since May" look back; "will … in May" looks ahead; else the distance decides. */
const leanAt = (ctx: ScanContext, i: number): Lean => clauseTense(ctx, i) ?? 'auto';

/** "Sept. 19 to 22", "September 16-19": the last day of a range within one month. */
function dayRangeEnd(ctx: ScanContext, dayLast: number, first: number): { day: number; last: number } | null {
  const link = lowerAt(ctx, dayLast + 1);
  if (link !== '-' && link !== '–' && link !== 'to' && link !== 'through') return null;
  const end = dayAt(ctx, dayLast + 2);
  if (!end || end.day <= first || monthAt(ctx, end.last + 1)) return null;
  return end;
}

/** "Sept. 11 attacks": the 2001 attacks, whatever the reference day. */
const NINE_ELEVEN_NOUNS = new Set(['attack', 'attacks', 'terror', 'terrorist', 'terrorism', 'hijackers', 'hijackings', 'commission', 'conspiracy']);

/**
 * A day of `month` whose tokens end at `dayLast`, with what follows it: a range end, a year.
 * `endDay` is the end of a range written before the month ("3-5 March").
 */
function dayMatch(ctx: ScanContext, start: number, month: number, day: number, dayLast: number, endDay?: number): DateMatch | null {
  // 2000 was a leap year: "Feb. 29" passes here and is checked again once the year is known.
  if (!isValidDay(2000, month, day)) return null;
  const range = endDay === undefined ? dayRangeEnd(ctx, dayLast, day) : { day: endDay, last: dayLast };
  const last = range ? range.last : dayLast;
  const year = yearPart(ctx, last);
  const at = (y: number, d: number): string | null => (isValidDay(y, month, d) ? fmtDay({ y, m: month, d }) : null);
  const make = (y: number): [string | null, string | undefined] => [at(y, day), range ? at(y, range.day) ?? undefined : undefined];
  if (year && 'year' in year) {
    const [value, endValue] = make(year.year);
    return value === null ? null : fixed(year.last, 'day', value, endValue);
  }
  if (!range && month === 9 && day === 11 && NINE_ELEVEN_NOUNS.has(lowerAt(ctx, dayLast + 1))) return fixed(dayLast, 'day', '2001-09-11');
  const lean = leanAt(ctx, start);
  const pick = (ref: Ymd): number => (year && 'shift' in year ? ref.y + year.shift : yearOfMonth(month, ref, lean));
  return {
    last: year ? year.last : last,
    kind: 'day',
    relative: true,
    resolve: (ref) => {
      if (!ref) return { value: null };
      const [value, endValue] = make(pick(ref));
      return endValue === undefined || value === null ? { value } : { value, endValue };
    },
  };
}

/** "2017-05-17", standing alone (not inside a file name). */
export const isoDate: DateParser = (ctx, i) => {
  const { tokens } = ctx;
  if (tokens[i]?.kind !== 'num') return null;
  const y = tokens[i], d1 = tokens[i + 1], m = tokens[i + 2], d2 = tokens[i + 3], d = tokens[i + 4];
  if (!y || !d1 || !m || !d2 || !d) return null;
  if (!isDigits(y.text, 4, 4) || d1.text !== '-' || !isDigits(m.text, 2, 2) || d2.text !== '-' || !isDigits(d.text, 2, 2)) return null;
  if (!glued(y, d1) || !glued(d1, m) || !glued(m, d2) || !glued(d2, d)) return null;
  if (looksLikeId(chunkAround(ctx.text, y.start, d.end))) return null;
  const day = { y: Number(y.text), m: Number(m.text), d: Number(d.text) };
  return isValidDay(day.y, day.m, day.d) ? fixed(i + 4, 'day', fmtDay(day)) : null;
};

/** "05/17/2017" (US order; day first when the first part cannot be a month). */
export const slashDate: DateParser = (ctx, i) => {
  const { tokens } = ctx;
  if (tokens[i]?.kind !== 'num') return null;
  const a = tokens[i], s1 = tokens[i + 1], b = tokens[i + 2], s2 = tokens[i + 3], c = tokens[i + 4];
  if (!a || !s1 || !b || !s2 || !c) return null;
  if (!isDigits(a.text, 1, 2) || s1.text !== '/' || !isDigits(b.text, 1, 2) || s2.text !== '/' || !isDigits(c.text, 4, 4)) return null;
  if (!glued(a, s1) || !glued(s1, b) || !glued(b, s2) || !glued(s2, c)) return null;
  if (chunkAround(ctx.text, a.start, c.end) !== ctx.text.slice(a.start, c.end)) return null;
  let month = Number(a.text);
  let day = Number(b.text);
  if (month > 12) [month, day] = [day, month];
  const y = Number(c.text);
  return isValidDay(y, month, day) ? fixed(i + 4, 'day', fmtDay({ y, m: month, d: day })) : null;
};

/** Where the date starts after a weekday naming it ("Tuesday, Nov. 5", "Saturday 14 June"), else i. */
function afterWeekday(ctx: ScanContext, i: number): number {
  const t = ctx.tokens[i];
  if (!t || !WEEKDAYS.has(t.lower) || !startsUpper(t.text)) return i;
  return ctx.tokens[i + 1]?.text === ',' ? i + 2 : i + 1;
}

/** "Nov. 5, 2016", "November 5", "Tuesday, Nov. 5". */
export const monthDay: DateParser = (ctx, i) => {
  const month = monthAt(ctx, afterWeekday(ctx, i));
  if (!month) return null;
  const day = dayAt(ctx, month.last + 1);
  if (!day) return null;
  return dayMatch(ctx, i, month.month, day.day, day.last);
};

const DAY_LINKS = new Set(['-', '–', 'to']);

/** "5 November 2016", "5th of November", "3-5 March 2025", "Saturday 14 June". */
export const dayMonth: DateParser = (ctx, i) => {
  const day = dayAt(ctx, afterWeekday(ctx, i));
  if (!day) return null;
  const end = DAY_LINKS.has(lowerAt(ctx, day.last + 1)) ? dayAt(ctx, day.last + 2) : null;
  const upTo = end && end.day > day.day ? end : null;
  const after = upTo ? upTo.last : day.last;
  const k = lowerAt(ctx, after + 1) === 'of' ? after + 2 : after + 1;
  const month = monthAt(ctx, k);
  if (!month) return null;
  return dayMatch(ctx, i, month.month, day.day, month.last, upTo?.day);
};

/** "November 2016", "March of 2016", "March of next year". */
export const monthYear: DateParser = (ctx, i) => {
  const month = monthAt(ctx, i);
  if (!month) return null;
  const m = month.month;
  const year = yearPart(ctx, month.last);
  if (!year) return null;
  if ('year' in year) return fixed(year.last, 'month', fmtMonth(year.year, m));
  // "Theresa May last year said …": a month that is also a name needs "of" or a lead word ("in May last year").
  if (month.ambiguous && lowerAt(ctx, month.last + 1) !== 'of' && !MONTH_LEADS.has(lowerAt(ctx, i - 1))) return null;
  return monthOfShiftedYear(year.last, m, year.shift);
};

function monthOfShiftedYear(last: number, m: number, shift: number): DateMatch {
  return relativeTo(last, 'month', (ref) => fmtMonth(ref.y + shift, m));
}

/** Words before a month named alone that make it a date: "in May", "since March", "early June". */
const MONTH_LEADS = new Set([
  'in', 'since', 'by', 'until', 'till', 'through', 'from', 'during', 'before', 'after', 'of', 'early',
  'late', 'mid', 'between', 'throughout',
]);

const HYPHEN_LEADS = new Set(['mid', 'early', 'late']);

/** "mid-January", "late-March": a prefix joined to the month by a hyphen, as in "mid-2016". */
function hyphenLead(ctx: ScanContext, i: number): boolean {
  const dash = ctx.tokens[i - 1];
  return dash !== undefined && (dash.text === '-' || dash.text === '–') && glued(dash, ctx.tokens[i]) &&
    glued(ctx.tokens[i - 2], dash) && HYPHEN_LEADS.has(lowerAt(ctx, i - 2));
}

/** Links between the months of a list or range ("May and June", "May-June"). */
const MONTH_LINKS = new Set(['and', 'or', 'to', 'through', 'until', '-', '–']);

/** A month named alone after a lead word, or after another month in a list or range ("May and June"). */
export const monthAlone: DateParser = (ctx, i) => {
  const month = monthAt(ctx, i);
  if (!month) return null;
  const prev = lowerAt(ctx, i - 1);
  const chained = ctx.previous?.match.kind === 'month' && ctx.previous.match.last === i - 2 && MONTH_LINKS.has(prev);
  // "last/this/next May" is not here: the relative parser resolves it toward the past or the future.
  if (!MONTH_LEADS.has(prev) && !chained && !hyphenLead(ctx, i) && !(prev === 'the' && opensMonthSpan(ctx, month.last))) return null;
  return monthOfLeaningYear(month.last, month.month, leanAt(ctx, i));
};

/** "the January-March quarter", "the April–June period": a month joined to another by a dash. */
function opensMonthSpan(ctx: ScanContext, last: number): boolean {
  const dash = ctx.tokens[last + 1];
  if (!dash || (dash.text !== '-' && dash.text !== '–') || !glued(ctx.tokens[last], dash) || !glued(dash, ctx.tokens[last + 2])) return false;
  return monthAt(ctx, last + 2) !== null;
}

function monthOfLeaningYear(last: number, m: number, lean: Lean): DateMatch {
  return relativeTo(last, 'month', (ref) => fmtMonth(yearOfMonth(m, ref, lean), m));
}
