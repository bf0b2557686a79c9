/** Calendar arithmetic on plain year/month/day triples, in UTC so the machine's zone never matters. */

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export const fmtYear = (y: number): string => pad(y, 4);
export const fmtMonth = (y: number, m: number): string => `${pad(y, 4)}-${pad(m)}`;
export const fmtDay = (x: Ymd): string => `${pad(x.y, 4)}-${pad(x.m)}-${pad(x.d)}`;

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** A YYYY-MM-DD string as a day, or null when it is not one. */
export function parseIsoDay(s: string): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(s);
  if (!m) return null;
  const day = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isValidDay(day.y, day.m, day.d) ? day : null;
}

export function addDays(x: Ymd, n: number): Ymd {
  const t = new Date(Date.UTC(x.y, x.m - 1, x.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(x: Ymd): number {
  return new Date(Date.UTC(x.y, x.m - 1, x.d)).getUTCDay();
}

/** The month `n` months from (y, m), as [year, month]. */
export function addMonths(y: number, m: number, n: number): [number, number] {
  const k = y * 12 + (m - 1) + n;
  return [Math.floor(k / 12), (k % 12) + 1];
}

/** Which way a month named without a year leans: set by the words around it, else by distance. */
export type Lean = 'past' | 'future' | 'auto';

/** How many months ahead of the reference month a yearless month may be before it reads as past. */
const FUTURE_WINDOW = 4;

/**
 * The year of a month named without one ("in November", "Nov. 5"). News reports the past, so the
 * month is the latest one up to the reference month, unless the clause is about the future ("will",
 * "is to") or the month is at most four months ahead ("the Nov. 8 election" read in September).
 */
export function yearOfMonth(month: number, ref: Ymd, lean: Lean): number {
  const ahead = (month - ref.m + 12) % 12;
  const future = lean === 'future' || (lean === 'auto' && ahead >= 1 && ahead <= FUTURE_WINDOW);
  if (future) return month >= ref.m ? ref.y : ref.y + 1;
  return month <= ref.m ? ref.y : ref.y - 1;
}

/** The days [from, to] at the finest granularity that holds them whole; null across years. */
export function spanValue(from: Ymd, to: Ymd): string | null {
  if (from.y === to.y && from.m === to.m && from.d === to.d) return fmtDay(from);
  if (from.y === to.y && from.m === to.m) return fmtMonth(from.y, from.m);
  if (from.y === to.y) return fmtYear(from.y);
  return null;
}
