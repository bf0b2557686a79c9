/**
 * The date scanner: at each token, every parser is tried and the longest match wins (so the order
 * of PARSERS only breaks ties); then the range refiner joins "from X to Y" pairs.
 */
import { parseIsoDay, type Ymd } from './calendar.js';
import type { DateKind, DateParser, Resolved, ScanContext } from './match.js';
import { dayMonth, isoDate, monthAlone, monthDay, monthYear, slashDate } from './parsers/calendarDates.js';
import { agoPhrase, dayWord, relativeMonth, relativeUnit, weekday } from './parsers/relative.js';
import { bareYear, dashedYears, decade } from './parsers/years.js';
import {
  EDGE_OPENERS, edgeOfPeriod, HEDGE_OPENERS, hedgedPeriod, SEASON_OPENERS, theSeason, theWeekend, WEEKEND_OPENERS, yearEnd,
  YEAR_END_OPENERS,
} from './parsers/definite.js';
import { NINE_ELEVEN_OPENERS, nineEleven } from './parsers/events.js';
import { QUARTER_OPENERS, quarterOrHalf, RELATIVE_QUARTER_OPENERS, relativeQuarter } from './parsers/periods.js';
import type { Token } from './tokens.js';

export interface DateCandidate {
  start: number;
  end: number;
  kind: DateKind;
  relative: boolean;
  resolve(ref: Ymd | null): Resolved;
}

/** Ties go to the earlier parser: a full calendar date before its parts, a decade before a bare year. */
const PARSERS: readonly DateParser[] = [
  isoDate, slashDate, monthDay, dayMonth, monthYear, relativeMonth, monthAlone,
  relativeUnit, dayWord, agoPhrase, weekday, dashedYears, decade, bareYear,
];

/**
 * Parsers of phrases that open on one of a few words, tried only at those words (one map lookup
 * per token instead of a call each). They are tried after PARSERS, so a tie goes to those; none
 * ties in practice, as each takes more than the year or month it is built around
 * ("fourth quarter of 2024", "April last year") and starts before it.
 */
const KEYED: ReadonlyMap<string, readonly DateParser[]> = keyParsers([
  [QUARTER_OPENERS, quarterOrHalf], [RELATIVE_QUARTER_OPENERS, relativeQuarter], [EDGE_OPENERS, edgeOfPeriod],
  [HEDGE_OPENERS, hedgedPeriod], [YEAR_END_OPENERS, yearEnd], [WEEKEND_OPENERS, theWeekend],
  [SEASON_OPENERS, theSeason], [NINE_ELEVEN_OPENERS, nineEleven],
]);

function keyParsers(entries: readonly (readonly [readonly string[], DateParser])[]): Map<string, DateParser[]> {
  const map = new Map<string, DateParser[]>();
  for (const [words, parser] of entries) {
    for (const w of words) {
      const list = map.get(w);
      if (list) list.push(parser);
      else map.set(w, [parser]);
    }
  }
  return map;
}

/** Dates among `tokens` (one sentence or line of `text`), in text order. */
export function scanDates(text: string, tokens: readonly Token[]): DateCandidate[] {
  const ctx: ScanContext = { text, tokens, previous: null };
  const out: DateCandidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    let best = null;
    for (let p = 0; p < PARSERS.length; p++) {
      const m = PARSERS[p]!(ctx, i);
      if (m && (!best || m.last > best.last)) best = m;
    }
    const keyed = KEYED.get(tokens[i]!.lower);
    if (keyed) {
      for (let p = 0; p < keyed.length; p++) {
        const m = keyed[p]!(ctx, i);
        if (m && (!best || m.last > best.last)) best = m;
      }
    }
    if (!best) {
      i++;
      continue;
    }
    out.push({ start: tokens[i]!.start, end: tokens[best.last]!.end, kind: best.kind, relative: best.relative, resolve: best.resolve });
    ctx.previous = { first: i, match: best };
    i = best.last + 1;
  }
  return joinRanges(text, out);
}

/** The same month or day a year earlier; null for a 29 February without one. */
function yearEarlier(value: string): string | null {
  const shifted = String(Number(value.slice(0, 4)) - 1).padStart(4, '0') + value.slice(4);
  return value.length < 10 || parseIsoDay(shifted) ? shifted : null;
}

const WORD_LINK = /^\s{1,3}(?:to|through|until|and)\s{1,3}$/iu;
const DASH_LINK = /^\s{0,2}[-–]\s{0,2}$/u;
const RANGE_LEAD = /\b(?:from|between)\s{1,3}$/iu;
const AND = /and/iu;
const BETWEEN = /^between/iu;

/**
 * "from 2010 to 2015", "between May and July", "2010 – 2015": one mention with value and endValue.
 * "and" needs "between", other words need "from": "in 2010 and 2012" is a list, not a range.
 */
function joinRanges(text: string, found: DateCandidate[]): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (let k = 0; k < found.length; k++) {
    const a = found[k]!;
    const b = found[k + 1];
    if (b) {
      const link = text.slice(a.end, b.start);
      const lead = RANGE_LEAD.exec(text.slice(Math.max(0, a.start - 12), a.start));
      const isAnd = AND.test(link);
      const leadOk = lead !== null && (!isAnd || BETWEEN.test(lead[0]));
      if ((WORD_LINK.test(link) && leadOk) || (DASH_LINK.test(link) && a.kind === b.kind)) {
        const start = WORD_LINK.test(link) && lead ? a.start - lead[0].length : a.start;
        out.push({
          start,
          end: b.end,
          kind: a.kind,
          relative: a.relative || b.relative,
          resolve: (ref) => {
            const to = b.resolve(ref).value;
            let from = a.resolve(ref).value;
            // "between January 1 and September 26": a yearless start lies before its end.
            if (from !== null && to !== null && a.relative && from.length === to.length && from > to) from = yearEarlier(from);
            return from !== null && to !== null ? { value: from, endValue: to } : { value: from };
          },
        });
        k++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}
