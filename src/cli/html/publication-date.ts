/**
 * A page's publication date as the reference day (YYYY-MM-DD), from the values pages give it
 * ("2024-03-05", "2024-03-05T09:00:00-05:00", "2024-03-05 09:00"). The day is taken as written,
 * not converted to UTC: "yesterday" in the article means the day before the publisher's date.
 * Anything else (a bare year, "March 5", a timestamp) gives null: never a guessed day.
 */
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/u;

/** Years a news page may plausibly carry; outside them a value is a placeholder ("0001-01-01"). */
const FIRST_YEAR = 1800;
const LAST_YEAR = 2999;

export function publicationDay(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  const match = ISO_DAY.exec(value.trim());
  if (!match) return null;
  const [day, year, month, date] = [match[0].slice(0, 10), Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < FIRST_YEAR || year > LAST_YEAR) return null;
  const parsed = new Date(Date.UTC(year, month - 1, date));
  // Date.UTC rolls "02-30" over to March: a day that does not survive the round trip is not real.
  return parsed.getUTCFullYear() === year && parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === date ? day : null;
}
