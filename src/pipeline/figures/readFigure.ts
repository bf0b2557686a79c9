/**
 * One figure at a token: a magnitude without a number ("multimillion-dollar", "hundreds of"), a
 * fraction ("a third of", "three-quarters"), or an amount with its range ("10 to 15", "between 5
 * and 7", "10-15%"), its qualifier ("nearly", "more than") and what it counts.
 */
import { isPluralNoun, SMALL_NUMBERS, TIME_UNITS } from '../dates/lexicon.js';
import { glued, type Token } from '../dates/tokens.js';
import { isDigits, lowerCase, startsUpper } from '../chars.js';
import { readAmount, readOfMagnitude, type Amount } from './amount.js';
import { countedNoun, type CountContext } from './counts.js';
import { isDuration, isNotFigure } from './notFigures.js';
import { readVagueMagnitude } from './vague.js';

export interface FigureMatch {
  /** Token indices of the figure's first and last tokens. */
  first: number;
  last: number;
  value: number | null;
  high?: number;
  unit: string | null;
  counts: string | null;
  qualifier: string | null;
}

/** What to do at a token: a figure, or skip tokens that are surely no figure ("5-4", "555-0123"). */
export type FigureRead = FigureMatch | { skipTo: number } | null;

const QUALIFIERS: readonly string[][] = [
  'more than', 'less than', 'fewer than', 'at least', 'at most', 'up to', 'as many as', 'as much as',
  'as few as', 'as little as', 'close to', 'nearly', 'almost', 'about', 'around', 'approximately',
  'roughly', 'some', 'over', 'under', 'above', 'below', 'just over', 'just under', 'well over',
  'an estimated', 'estimated', 'upwards of', 'no more than', 'no fewer than', 'no less than', 'exactly',
  'precisely', 'only', 'just', 'a mere', 'barely', 'nearly all', 'more like',
].map((q) => q.split(' '));

/** The longest qualifier phrase ending right before token `first`. */
function qualifierBefore(tokens: readonly Token[], first: number): string | null {
  let best: string[] | null = null;
  for (const q of QUALIFIERS) {
    if (best && q.length <= best.length) continue;
    if (endsBefore(tokens, first, q)) best = q;
  }
  if (!best) return null;
  const from = tokens[first - best.length]!;
  return best.length === 1 ? from.lower : best.join(' ');
}

/** Whether the words of `phrase` are the tokens right before `first` (a loop: no closure per phrase). */
function endsBefore(tokens: readonly Token[], first: number, phrase: readonly string[]): boolean {
  for (let n = 0; n < phrase.length; n++) if (tokens[first - phrase.length + n]?.lower !== phrase[n]) return false;
  return true;
}

const DENOMINATORS: ReadonlyMap<string, number> = new Map([
  ['third', 3], ['quarter', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8], ['ninth', 9], ['tenth', 10],
]);
const NOT_BEFORE_HALF = new Set(['first', 'second', 'latter', 'other', 'a', 'the', 'and']);

/** "a third of", "one-fifth", "two-thirds", "three quarters of", "half of": [value, last token]. */
function readFraction(tokens: readonly Token[], i: number): [number, number] | null {
  const t = tokens[i]!;
  if (t.lower === 'half') {
    if (tokens[i - 1]?.lower === 'by' && endsChange(tokens[i + 1])) return [0.5, i];
    return tokens[i + 1]?.lower === 'of' && !NOT_BEFORE_HALF.has(tokens[i - 1]?.lower ?? '') ? [0.5, i] : null;
  }
  const numerator = t.lower === 'a' ? 1 : SMALL_NUMBERS.get(t.lower);
  if (numerator === undefined || numerator < 1 || numerator > 9) return null;
  const hyphen = tokens[i + 1]?.text === '-' && glued(t, tokens[i + 1]);
  if (hyphen && t.lower === 'a') return null;
  const k = hyphen ? i + 2 : i + 1;
  const word = tokens[k]?.lower ?? '';
  const plural = word.endsWith('s');
  const denominator = DENOMINATORS.get(plural ? word.slice(0, -1) : word);
  if (denominator === undefined || plural !== numerator > 1) return null;
  // "a third-quarter loss", "a third term": ordinals, not fractions.
  if (tokens[k + 1]?.text === '-' && glued(tokens[k], tokens[k + 1])) return null;
  if (!hyphen && tokens[k + 1]?.lower !== 'of' && !(tokens[i - 1]?.lower === 'by' && endsChange(tokens[k + 1]))) return null;
  return [numerator / denominator, k];
}

/** Words that may follow the share of a change ("cut by a third by 2030", "fell by half in May"). */
const AFTER_CHANGE = new Set(['by', 'in', 'on', 'at', 'to', 'from', 'since', 'over', 'this', 'last', 'next', 'and', 'but', 'after', 'before', 'during', 'within', 'compared', 'while', 'than', 'or']);

/**
 * "cut spending by a third", "fell by half": a share standing alone after "by" when the phrase
 * ends there; "by a third party", "by half an hour", "by half-time" go on with their noun.
 */
function endsChange(next: Token | undefined): boolean {
  return next === undefined || (next.kind === 'punct' && next.text !== '-') || AFTER_CHANGE.has(next.lower);
}

/** A small whole number in digits or words ("3", "three"), else undefined. */
function smallWhole(t: Token | undefined): number | undefined {
  if (!t) return undefined;
  const n = t.kind === 'num' && isDigits(t.text, 1, 3) ? Number(t.text) : SMALL_NUMBERS.get(t.lower);
  return n !== undefined && n >= 1 ? n : undefined;
}

/** "three in 10 voters", "one in five": a share, [value, last token]. Only "in", whose sense is certain. */
function readRatio(tokens: readonly Token[], i: number): [number, number] | null {
  const part = smallWhole(tokens[i]);
  const whole = smallWhole(tokens[i + 2]);
  if (part === undefined || whole === undefined || tokens[i + 1]?.lower !== 'in' || part >= whole) return null;
  return [part / whole, i + 2];
}

const CURRENCY_CODE = /^[A-Z]{3}$/u;

/** "10 to 15", "10-15%", "between 5 and 7": the high end after amount `a`, or 'invalid' for "5-4". */
function readHighEnd(tokens: readonly Token[], a: Amount): Amount | 'invalid' | null {
  const link = tokens[a.last + 1];
  if (!link) return null;
  const dash = (link.text === '-' || link.text === '–') && glued(tokens[a.last], link) && glued(link, tokens[a.last + 2]);
  const between = tokens[a.first - 1]?.lower === 'between';
  // "rose from 5 percent to 7 percent" and "up by 0.1 points to 4.2 percent" are changes; "10 to 15 million" and "between 5 and 7" are ranges;
  // "by 46 percent to 42 percent" and "5-4" fail the order test below.
  const lead = tokens[a.first - 1]?.lower;
  const word = (link.lower === 'to' && lead !== 'from' && lead !== 'by') || (link.lower === 'and' && between);
  if (!dash && !word) return null;
  const b = readAmount(tokens, a.last + 2);
  if (!b || b.words !== a.words || (a.unit && b.unit && a.unit !== b.unit)) return dash && b ? 'invalid' : null;
  // "rose 3.4 per cent to 512 pence", "rose 2.5 percentage points to 42 km": a range of percentages
  // or points repeats the unit or writes it once at the end (a currency may stand once before: "$10 to 15").
  if (word && a.unit !== null && !CURRENCY_CODE.test(a.unit) && b.unit === null) return null;
  const low = a.scale === 1 ? a.value * b.scale : a.value;
  if (!(low < b.value)) return dash || isTally(tokens, a, b, link) ? 'invalid' : null;
  return b;
}

/** "passed 218 to 210", "voted 7 to 2": a descending pair of bare whole numbers is a vote or a score, like "5-4". */
function isTally(tokens: readonly Token[], a: Amount, b: Amount, link: Token): boolean {
  if (link.lower !== 'to' || a.words || a.unit !== null || b.unit !== null || a.scale !== 1 || b.scale !== 1) return false;
  if (!Number.isInteger(a.value) || !Number.isInteger(b.value)) return false;
  // "fell 30 to 25 seats" counts seats: a change, left as two figures.
  const next = tokens[b.last + 1];
  return !(next?.kind === 'word' && isPluralNoun(next.lower));
}

function figureFromAmount(ctx: CountContext, i: number): FigureRead {
  const { tokens } = ctx;
  const a = readAmount(tokens, i);
  if (!a) return null;
  const high = readHighEnd(tokens, a);
  if (high === 'invalid') return { skipTo: a.last + 2 };
  const end = high ?? a;
  const unit = a.unit ?? high?.unit ?? null;
  const measure = end.measure ?? a.measure;
  const value = high && a.scale === 1 ? a.value * high.scale : a.value;
  const first = high && tokens[a.first - 1]?.lower === 'between' && tokens[a.last + 1]?.lower === 'and' ? a.first - 1 : a.first;
  // "4.5% year on year" and "$5 a year" are not durations: the unit says what the number is.
  if (unit === null && isDuration(tokens, end.last)) return { skipTo: end.last };
  const counts = measure ? measure.name : countedNoun(ctx, first, end.last);
  const hasNoun = counts !== null;
  if (isNotFigure(ctx, a, hasNoun) || (high && isNotFigure(ctx, high, hasNoun))) return { skipTo: end.last };
  // "100m" and "5k" mean million and thousand only with money or a plural counted ("the 100m sprint" is metres).
  if ((a.looseSuffix || high?.looseSuffix) && unit === null && !(counts && isPluralNoun(counts))) return { skipTo: end.last };
  if (a.words && !acceptWords(tokens, a, unit, counts)) return null;
  const figure: FigureMatch = { first, last: end.last, value, unit, counts, qualifier: qualifierBefore(tokens, first) };
  if (high) figure.high = high.value;
  return figure;
}

/** Number words are figures only when they count something: "two dozen protesters", "three million". */
function acceptWords(tokens: readonly Token[], a: Amount, unit: string | null, counts: string | null): boolean {
  const t = tokens[a.core]!;
  // "Big Ten", "Fantastic Four": a capitalized number word inside the sentence is a name.
  if (startsUpper(t.text) && a.core > 0 && tokens[a.core - 1]?.kind === 'word') return false;
  if (a.scale > 1 || unit !== null) return true;
  // "one" and "a" alone count nothing worth a figure; "a dozen" does.
  if (t.lower === 'one' || (t.lower === 'a' && a.value !== 12)) return false;
  // Plural only: "two-way race", "a three-judge panel" are compounds, not counts.
  return counts !== null && isPluralNoun(lowerCase(counts));
}

/**
 * "hundreds of fans": a vague magnitude is a figure only with the plural it counts; "hundreds of
 * years" and "thousands of times" are durations and frequencies, and a singular ("dozens of local
 * elected officials" read as "local") is a misread head.
 */
function countsThings(counts: string | null): boolean {
  if (counts === null) return false;
  const lower = lowerCase(counts);
  return isPluralNoun(lower) && !TIME_UNITS.has(lower) && lower !== 'times';
}

/** The figure starting at token i, if any. */
export function readFigure(ctx: CountContext, i: number): FigureRead {
  const { tokens } = ctx;
  const vague = readVagueMagnitude(tokens, i);
  if (vague) {
    const counts = countedNoun(ctx, vague.first, vague.countsAfter);
    if (vague.needsNoun && vague.unit === null && !countsThings(counts)) return null;
    return { first: vague.first, last: vague.last, value: null, unit: vague.unit, counts, qualifier: qualifierBefore(tokens, vague.first) };
  }
  const ratio = readRatio(tokens, i);
  if (ratio) {
    const [value, last] = ratio;
    return { first: i, last, value, unit: null, counts: countedNoun(ctx, i, last), qualifier: qualifierBefore(tokens, i) };
  }
  const fraction = readFraction(tokens, i);
  if (fraction) {
    const [share, last] = fraction;
    // "a quarter of a million dollars" is an amount, not a share.
    const of = readOfMagnitude(tokens, last);
    const [value, unit, end] = of ? [share * of[0], of[1], of[2]] : [share, null, last];
    return { first: i, last: end, value, unit, counts: countedNoun(ctx, i, end), qualifier: qualifierBefore(tokens, i) };
  }
  return figureFromAmount(ctx, i);
}
