/**
 * Magnitudes written without a number: "multimillion-dollar", "a billion-dollar deal", "a
 * six-figure salary", "hundreds of fans", "tens of thousands of people", "several hundred
 * protesters". They are figures whose value cannot be computed: the stage reports them with a null
 * value rather than inventing one ("a billion-dollar deal" is a class of deal, not $1,000,000,000).
 */
import { SMALL_NUMBERS } from '../dates/lexicon.js';
import { glued, type Token } from '../dates/tokens.js';
import { currencyWordAfter } from './amount.js';

export interface VagueMagnitude {
  /** Token indices of the magnitude's first and last tokens. */
  first: number;
  last: number;
  unit: string | null;
  /** Where what it counts is read from: the token after which the counted noun starts. */
  countsAfter: number;
  /** Reported only when it counts a noun or names a currency ("hundreds of them" is left alone). */
  needsNoun: boolean;
}

const BIG_MAGNITUDES = new Set(['million', 'billion', 'trillion']);
const MULTI_MAGNITUDES = new Set(['multimillion', 'multibillion', 'multitrillion']);
/** Singular magnitudes that make a compound adjective with a currency: "a billion-dollar deal". */
const COMPOUND_MAGNITUDES = new Set(['million', 'billion', 'trillion']);
/** Plural magnitudes before "of": "hundreds of fans", "millions of dollars". */
const VAGUE_PLURALS = new Set(['dozens', 'scores', 'hundreds', 'thousands', 'millions', 'billions', 'trillions']);
/** Plural magnitudes that may follow "tens of", "hundreds of": "tens of thousands of". */
const CHAINED_PLURALS = new Set(['thousands', 'millions', 'billions']);
/** "several hundred", "a few thousand": a vague count of a magnitude. */
const SEVERAL = new Set(['several', 'few']);
const SINGULAR_MAGNITUDES = new Set(['dozen', 'hundred', 'thousand', 'million', 'billion']);

const isHyphenAfter = (tokens: readonly Token[], k: number): boolean =>
  tokens[k + 1]?.text === '-' && glued(tokens[k], tokens[k + 1]) && glued(tokens[k + 1], tokens[k + 2]);

/** "multimillion-dollar", "multi-billion euro", "multimillion": [unit, last token]. */
function multiMagnitude(tokens: readonly Token[], i: number): VagueMagnitude | null {
  const t = tokens[i]!;
  let last = i;
  if (t.lower === 'multi' && isHyphenAfter(tokens, i) && BIG_MAGNITUDES.has(tokens[i + 2]?.lower ?? '')) last = i + 2;
  else if (!MULTI_MAGNITUDES.has(t.lower)) return null;
  return withCurrency(tokens, i, last, false);
}

/** The currency named after the magnitude ending at `last`, written apart or joined by a hyphen. */
function withCurrency(tokens: readonly Token[], first: number, last: number, needsNoun: boolean): VagueMagnitude {
  const hyphen = isHyphenAfter(tokens, last) ? 1 : 0;
  const currency = currencyWordAfter(tokens, last + hyphen);
  return currency
    ? { first, last: currency[1], unit: currency[0], countsAfter: currency[1], needsNoun }
    : { first, last, unit: null, countsAfter: last, needsNoun };
}

/** "billion-dollar", "million-pound", after an optional article (not part of the figure). */
function compoundMagnitude(tokens: readonly Token[], i: number): VagueMagnitude | null {
  const at = tokens[i]!.lower === 'a' ? i + 1 : i;
  if (!COMPOUND_MAGNITUDES.has(tokens[at]?.lower ?? '') || !isHyphenAfter(tokens, at)) return null;
  const currency = currencyWordAfter(tokens, at + 1);
  if (!currency) return null;
  return { first: at, last: currency[1], unit: currency[0], countsAfter: currency[1], needsNoun: false };
}

/** "six-figure", "seven-figure": the number of digits, not an amount. */
function figureCount(tokens: readonly Token[], i: number): VagueMagnitude | null {
  const t = tokens[i]!;
  const digits = t.kind === 'num' ? Number(t.text) : SMALL_NUMBERS.get(t.lower);
  if (digits === undefined || digits < 2 || digits > 12 || !isHyphenAfter(tokens, i)) return null;
  if (tokens[i + 2]!.lower !== 'figure') return null;
  return { first: i, last: i + 2, unit: null, countsAfter: i + 2, needsNoun: false };
}

/** "hundreds of", "tens of thousands of", "hundreds of millions of dollars". */
function vaguePlural(tokens: readonly Token[], i: number): VagueMagnitude | null {
  const t = tokens[i]!;
  const tens = t.lower === 'tens';
  if (!tens && !VAGUE_PLURALS.has(t.lower)) return null;
  let last = i;
  // Bounded: news chains at most "hundreds of thousands of millions".
  for (let n = 0; n < 3 && tokens[last + 1]?.lower === 'of' && CHAINED_PLURALS.has(tokens[last + 2]?.lower ?? ''); n++) last += 2;
  if ((tens && last === i) || tokens[last + 1]?.lower !== 'of') return null;
  // "scores of 6-4 and 6-3": a plural magnitude counts things, never numbers.
  if (tokens[last + 2]?.kind === 'num') return null;
  const currency = currencyWordAfter(tokens, last + 1);
  if (currency) return { first: i, last: currency[1], unit: currency[0], countsAfter: currency[1], needsNoun: false };
  return { first: i, last, unit: null, countsAfter: last, needsNoun: true };
}

/** "several hundred protesters", "a few thousand dollars". */
function severalMagnitude(tokens: readonly Token[], i: number): VagueMagnitude | null {
  const t = tokens[i]!;
  const word = t.lower === 'a' && tokens[i + 1]?.lower === 'few' ? i + 1 : i;
  if (!SEVERAL.has(tokens[word]!.lower) || (word === i && t.lower === 'few')) return null;
  if (!SINGULAR_MAGNITUDES.has(tokens[word + 1]?.lower ?? '')) return null;
  return withCurrency(tokens, i, word + 1, true);
}

/** Words that may start one of these magnitudes: one look-up rejects every other word, since this runs at each token. */
const STARTERS = new Set(['a', 'multi', 'tens', 'several', ...MULTI_MAGNITUDES, ...COMPOUND_MAGNITUDES, ...VAGUE_PLURALS]);

/** The magnitude without a number starting at token i, if any. */
export function readVagueMagnitude(tokens: readonly Token[], i: number): VagueMagnitude | null {
  const t = tokens[i];
  if (!t || t.kind === 'punct') return null;
  if (t.kind === 'num' || SMALL_NUMBERS.has(t.lower)) return figureCount(tokens, i);
  if (!STARTERS.has(t.lower)) return null;
  return multiMagnitude(tokens, i) ?? compoundMagnitude(tokens, i) ?? vaguePlural(tokens, i) ?? severalMagnitude(tokens, i);
}
