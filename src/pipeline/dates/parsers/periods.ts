/**
 * Quarters and halves of a year: "the third quarter", "the fourth quarter of 2024", "the first half
 * of the year", "last quarter", "fourth-quarter profit". ISO 8601 has no quarter, so the value is
 * the year that holds the period whole, as "Q3 2024" gets 2024 and a week gets its month.
 */
import { fmtYear, yearOfMonth, type Ymd } from '../calendar.js';
import { clauseTense, fixed, lowerAt, relativeTo, yearAt, type DateMatch, type DateParser, type ScanContext } from '../match.js';
import { glued } from '../tokens.js';
import { isDigits } from '../../chars.js';
import { inBusinessContext, yearNamedBefore } from './context.js';
import { countsSomething } from './years.js';

const ORDINALS: ReadonlyMap<string, number> = new Map([['first', 1], ['second', 2], ['third', 3], ['fourth', 4]]);
const NUMERAL_SUFFIX: ReadonlyMap<string, string> = new Map([['1', 'st'], ['2', 'nd'], ['3', 'rd'], ['4', 'th']]);
/** "the last quarter of 2023", "the latter half of the year": the closing part, taken only with its year named. */
const CLOSING = new Set(['final', 'last', 'latter']);
/** The words a quarter or half may open on, for the scanner's dispatch. */
export const QUARTER_OPENERS: readonly string[] = [...ORDINALS.keys(), ...NUMERAL_SUFFIX.keys(), ...CLOSING];
export const RELATIVE_QUARTER_OPENERS: readonly string[] = ['last', 'this', 'next'];
const PARTS_PER_YEAR: ReadonlyMap<string, number> = new Map([['quarter', 4], ['half', 2]]);

interface Part {
  /** 1-based quarter or half; 0 for "final/last/latter", the last one. */
  n: number;
  perYear: number;
  /** Index of the "quarter"/"half" token. */
  unit: number;
  hyphenated: boolean;
}

/** The ordinal at i ("third", "3rd", "final") → its number and the index of the token after it. */
function ordinalAt(ctx: ScanContext, i: number): { n: number; next: number } | null {
  const t = ctx.tokens[i];
  if (!t) return null;
  if (t.kind === 'num') {
    const suffix = ctx.tokens[i + 1];
    return isDigits(t.text, 1, 1) && NUMERAL_SUFFIX.get(t.text) === suffix?.lower && glued(t, suffix) ? { n: Number(t.text), next: i + 2 } : null;
  }
  const n = ORDINALS.get(t.lower);
  if (n !== undefined) return { n, next: i + 1 };
  return CLOSING.has(t.lower) ? { n: 0, next: i + 1 } : null;
}

/** "third quarter", "first fiscal half", "fourth-quarter" from i; not "quarter-final" or "half-century". */
function partAt(ctx: ScanContext, i: number): Part | null {
  const ord = ordinalAt(ctx, i);
  if (!ord) return null;
  let k = ord.next;
  const dash = ctx.tokens[k];
  const hyphenated = dash?.text === '-' && glued(ctx.tokens[k - 1], dash) && glued(dash, ctx.tokens[k + 1]);
  if (hyphenated) k++;
  else if (lowerAt(ctx, k) === 'fiscal') k++;
  const perYear = PARTS_PER_YEAR.get(lowerAt(ctx, k));
  if (perYear === undefined || ord.n > perYear) return null;
  const after = ctx.tokens[k + 1];
  if (after && glued(ctx.tokens[k], after) && (after.kind !== 'punct' || after.text === '-' || after.text === '–')) return null;
  return { n: ord.n === 0 ? perYear : ord.n, perYear, unit: k, hyphenated };
}

const firstMonthOf = (p: Part): number => (p.n - 1) * (12 / p.perYear) + 1;

const YEAR_SHIFTS: ReadonlyMap<string, number> = new Map([['last', -1], ['this', 0], ['next', 1]]);

/** The year after "of": "of 2024", "of fiscal 2024", "of the year", "of last year". */
function ofYear(ctx: ScanContext, p: Part, of: number): DateMatch | null {
  let k = of + 1;
  if (lowerAt(ctx, k) === 'fiscal') k++;
  const y = yearAt(ctx, k, 1600, 2099);
  if (y !== null) return fixed(k, 'year', fmtYear(y));
  if (lowerAt(ctx, of + 2) !== 'year') return null;
  const word = lowerAt(ctx, of + 1);
  if (word === 'the') {
    // "In 2019, sales fell in the first half of the year": the year is the one named, not the reference's; unsure, so null.
    const named = yearNamedBefore(ctx, of);
    return relativeTo(of + 2, 'relative', (ref) => (named ? null : fmtYear(ref.y)));
  }
  const shift = YEAR_SHIFTS.get(word);
  return shift === undefined ? null : shiftedYear(of + 2, shift);
}

const shiftedYear = (last: number, shift: number): DateMatch => relativeTo(last, 'relative', (ref) => fmtYear(ref.y + shift));

/**
 * A part with no year: the year nearest the reference day, leaning by the clause, as for a month
 * named alone; none when a year named just before may be the one meant ("In 2019, profits rose in
 * the third quarter").
 */
function partOfLeaningYear(ctx: ScanContext, i: number, p: Part): DateMatch {
  const lean = clauseTense(ctx, i) ?? 'auto';
  const first = firstMonthOf(p);
  const named = yearNamedBefore(ctx, i);
  return relativeTo(p.unit, 'relative', (ref) => (named ? null : fmtYear(yearOfMonth(first, ref, lean))));
}

/** "the third quarter", "the fourth quarter of 2024", "first-half profit", "the second half of last year". */
export const quarterOrHalf: DateParser = (ctx, i) => {
  const p = partAt(ctx, i);
  if (!p) return null;
  const next = lowerAt(ctx, p.unit + 1);
  if (next === 'of') return ofYear(ctx, p, p.unit + 1);
  // "first-quarter 2025 results", "the third quarter 2024".
  const y = yearAt(ctx, p.unit + 1, 1600, 2099);
  if (y !== null && !countsSomething(ctx, p.unit + 2)) return fixed(p.unit + 1, 'year', fmtYear(y));
  // Without a year, "final"/"last" may close anything, and a game has quarters and halves too:
  // "scored in the third quarter", "a second-half goal". Only a business sentence makes it a date.
  if (CLOSING.has(lowerAt(ctx, i))) return null;
  if (!p.hyphenated && lowerAt(ctx, i - 1) !== 'the') return null;
  return inBusinessContext(ctx, i) ? partOfLeaningYear(ctx, i, p) : null;
};

/** The quarter `shift` quarters from the reference day's, as its year. */
function shiftedQuarterYear(ref: Ymd, shift: number): string {
  const q = Math.floor((ref.m - 1) / 3) + shift;
  return fmtYear(ref.y + Math.floor(q / 4));
}

/** "last quarter", "this quarter", "next quarter", "this past quarter"; not "the last quarter" (a duration or the fourth). */
export const relativeQuarter: DateParser = (ctx, i) => {
  const shift = YEAR_SHIFTS.get(lowerAt(ctx, i));
  if (shift === undefined || lowerAt(ctx, i - 1) === 'the') return null;
  const past = shift === 0 && lowerAt(ctx, i + 1) === 'past';
  const unit = past ? i + 2 : i + 1;
  if (lowerAt(ctx, unit) !== 'quarter' || lowerAt(ctx, unit + 1) === 'of') return null;
  const after = ctx.tokens[unit + 1];
  if (after && glued(ctx.tokens[unit], after) && (after.kind !== 'punct' || after.text === '-')) return null;
  const by = past ? -1 : shift;
  return relativeTo(unit, 'relative', (ref) => shiftedQuarterYear(ref, by));
};
