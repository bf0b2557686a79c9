/**
 * One amount as news writes it: an optional currency and sign, digits or number words, an optional
 * magnitude and unit. "$3.4 billion", "€40m", "1.2bn", "-2.3%", "12 percent", "two dozen",
 * "44 million", "US$5", "513,000". Reading only: whether it is a figure is decided elsewhere.
 */
import { SMALL_NUMBERS, TENS } from '../dates/lexicon.js';
import { glued, type Token } from '../dates/tokens.js';
import { startsUpper } from '../chars.js';
import { gluedMeasure, type Measure } from './measures.js';

export interface Amount {
  /** Token index where the amount starts (currency or sign) and where it ends. */
  first: number;
  last: number;
  /** Index of the token holding the number itself. */
  core: number;
  value: number;
  unit: string | null;
  /** The magnitude written ("million" → 1e6, "bn" → 1e9), 1 when none: the number is surely a quantity when > 1. */
  scale: number;
  /** Written in words ("two", "a dozen"), not digits. */
  words: boolean;
  /** A glued letter suffix that needs a currency or a counted noun to mean million ("40m", "50k"). */
  looseSuffix: boolean;
  /** A measure glued to the digits ("40p", "5kg", "35C"): what the figure counts. */
  measure: Measure | null;
}

const SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['₹', 'INR'], ['₩', 'KRW'], ['₽', 'RUB'],
]);

/** Letters glued before "$": "US$", "HK$", "C$". */
const DOLLAR_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['us', 'USD'], ['hk', 'HKD'], ['c', 'CAD'], ['ca', 'CAD'], ['a', 'AUD'], ['au', 'AUD'], ['nz', 'NZD'],
  ['s', 'SGD'], ['r', 'BRL'], ['nt', 'TWD'],
]);

/** ISO codes and abbreviations written before a number: "USD 5 million", "Rs 500". */
const CODES_BEFORE: ReadonlyMap<string, string> = new Map([
  ['usd', 'USD'], ['eur', 'EUR'], ['gbp', 'GBP'], ['jpy', 'JPY'], ['cny', 'CNY'], ['rmb', 'CNY'],
  ['inr', 'INR'], ['chf', 'CHF'], ['cad', 'CAD'], ['aud', 'AUD'], ['rs', 'INR'], ['hkd', 'HKD'],
  ['sek', 'SEK'], ['nok', 'NOK'], ['dkk', 'DKK'], ['zar', 'ZAR'], ['mxn', 'MXN'], ['brl', 'BRL'],
  ['krw', 'KRW'], ['sgd', 'SGD'], ['nzd', 'NZD'], ['pln', 'PLN'], ['aed', 'AED'], ['sar', 'SAR'],
]);

/** Currency words after a number: "500 euros", "3 billion yuan". */
const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['dollar', 'USD'], ['dollars', 'USD'], ['euro', 'EUR'], ['euros', 'EUR'], ['yen', 'JPY'], ['yuan', 'CNY'],
  ['renminbi', 'CNY'], ['rupees', 'INR'], ['rupee', 'INR'], ['rubles', 'RUB'], ['roubles', 'RUB'],
  ['usd', 'USD'], ['eur', 'EUR'], ['gbp', 'GBP'], ['jpy', 'JPY'], ['cny', 'CNY'], ['rmb', 'CNY'],
  ['chf', 'CHF'], ['cad', 'CAD'], ['aud', 'AUD'], ['hkd', 'HKD'], ['inr', 'INR'], ['sek', 'SEK'],
  ['nzd', 'NZD'], ['sgd', 'SGD'], ['zar', 'ZAR'], ['reais', 'BRL'], ['zlotys', 'PLN'], ['zloty', 'PLN'],
  ['naira', 'NGN'], ['kronor', 'SEK'], ['rand', 'ZAR'],
]);

/**
 * A nation's name before a currency shared by several ("Australian dollars", "Swiss francs",
 * "Mexican pesos"): [adjective, currency word, code]. "pesos", "francs" or "kroner" alone stay unknown.
 */
const NATIONAL_CURRENCIES: ReadonlyMap<string, string> = new Map([
  ['australian dollars', 'AUD'], ['canadian dollars', 'CAD'], ['singapore dollars', 'SGD'], ['taiwan dollars', 'TWD'],
  ['taiwanese dollars', 'TWD'], ['zealand dollars', 'NZD'], ['kong dollars', 'HKD'], ['american dollars', 'USD'],
  ['swiss francs', 'CHF'], ['mexican pesos', 'MXN'], ['argentine pesos', 'ARS'], ['philippine pesos', 'PHP'],
  ['chilean pesos', 'CLP'], ['colombian pesos', 'COP'], ['norwegian kroner', 'NOK'], ['danish kroner', 'DKK'],
  ['swedish kronor', 'SEK'], ['turkish lira', 'TRY'], ['turkish liras', 'TRY'], ['brazilian reais', 'BRL'],
  ['indian rupees', 'INR'], ['pakistani rupees', 'PKR'], ['egyptian pounds', 'EGP'], ['south african rand', 'ZAR'],
]);

/** "won" is a verb too: only after a magnitude ("1.2 trillion won") is it the currency. */
const KOREAN_WON = 'won';

const SPACED_MAGNITUDES: ReadonlyMap<string, number> = new Map([
  ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
  ['mn', 1e6], ['mln', 1e6], ['bn', 1e9], ['tn', 1e12], ['trn', 1e12],
  // South Asian news: "Rs 500 crore" is five billion rupees.
  ['lakh', 1e5], ['lakhs', 1e5], ['crore', 1e7], ['crores', 1e7],
]);

/** Glued letters after digits: "40m", "1.2bn", "50k". Single letters are loose: "100m" may be metres. */
const GLUED_MAGNITUDES: ReadonlyMap<string, number> = new Map([
  ['m', 1e6], ['mn', 1e6], ['mln', 1e6], ['bn', 1e9], ['b', 1e9], ['k', 1e3], ['tn', 1e12], ['trn', 1e12],
]);

export const isCurrencySymbol = (t: Token | undefined): boolean => t !== undefined && SYMBOLS.has(t.text);

/** Currency written before the number at `i`: [unit, index of the number's first token]. */
function currencyBefore(tokens: readonly Token[], i: number): [string, number] | null {
  const t = tokens[i];
  if (!t) return null;
  const symbol = SYMBOLS.get(t.text);
  if (symbol) return [symbol, i + 1];
  const dollar = tokens[i + 1];
  const prefix = DOLLAR_PREFIXES.get(t.lower);
  if (prefix && dollar?.text === '$' && glued(t, dollar) && startsUpper(t.text)) return [prefix, i + 2];
  const code = CODES_BEFORE.get(t.lower);
  if (code && t.text !== t.lower && tokens[i + 1]?.kind === 'num') return [code, i + 1];
  if (code && t.lower === 'rs' && tokens[i + 1]?.text === '.' && tokens[i + 2]?.kind === 'num') return [code, i + 2];
  return null;
}

/** A number written in words at i: "two", "twenty-five", "a dozen", "two dozen", "a million". */
function wordNumber(tokens: readonly Token[], i: number): { value: number; last: number } | null {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return null;
  let value: number | undefined;
  let last = i;
  if (t.lower === 'a') {
    const next = tokens[i + 1]?.lower ?? '';
    if (next === 'dozen') return { value: 12, last: i + 1 };
    if (SPACED_MAGNITUDES.has(next) && next.length > 3) return { value: 1, last: i };
    return null;
  }
  value = SMALL_NUMBERS.get(t.lower);
  if (value === undefined) {
    value = TENS.get(t.lower);
    if (value === undefined) return null;
    const unit = tokens[i + 1]?.text === '-' && glued(t, tokens[i + 1]) ? SMALL_NUMBERS.get(tokens[i + 2]?.lower ?? '') : undefined;
    if (unit !== undefined && unit > 0 && unit < 10) {
      value += unit;
      last = i + 2;
    }
  }
  if (tokens[last + 1]?.lower === 'dozen') return { value: value * 12, last: last + 1 };
  // "two hundred", "two hundred and fifty" ("thousand" and larger are read as magnitudes after the number).
  if (tokens[last + 1]?.lower === 'hundred' && value > 0 && value < 100) {
    value *= 100;
    last += 1;
    const k = tokens[last + 1]?.lower === 'and' ? last + 2 : last + 1;
    const rest = wordNumber(tokens, k);
    if (rest && rest.value > 0 && rest.value < 100 && Number.isInteger(rest.value)) return { value: value + rest.value, last: rest.last };
    return { value, last };
  }
  if (gluedHalfAfter(tokens, last)) return { value: value + 0.5, last: last + AND_A_HALF.length };
  return { value, last };
}

const AND_A_HALF = ['-', 'and', '-', 'a', '-', 'half'];

/**
 * "four-and-a-half": the glued tokens after `last`. A loop, not `every` with a closure: wordNumber
 * runs at every word, and a closure there would put its variables on the heap at each call.
 */
function gluedHalfAfter(tokens: readonly Token[], last: number): boolean {
  for (let n = 0; n < AND_A_HALF.length; n++) {
    if (tokens[last + 1 + n]?.lower !== AND_A_HALF[n] || !glued(tokens[last + n], tokens[last + 1 + n])) return false;
  }
  return true;
}

/** Sign glued before the amount: "-2.3%", "−5", but not the dash of "10-15". */
function signBefore(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i - 1];
  if (!t || (t.text !== '-' && t.text !== '−') || !glued(t, tokens[i])) return false;
  const before = tokens[i - 2];
  return t.spaced || before === undefined || before.text === '(';
}

const POINTS = new Set(['point', 'points']);

/** The percent or currency written after the number ending at `k`: [unit, last token]. */
function unitAfter(tokens: readonly Token[], k: number): [string, number] | null {
  const t = tokens[k + 1];
  if (!t) return null;
  if (t.text === '%') return ['percent', k + 1];
  if (t.lower === 'percent' || t.lower === 'pct') return ['percent', k + 1];
  if (t.lower === 'per' && tokens[k + 2]?.lower === 'cent') return ['percent', k + 2];
  // A change of 2.5 percentage points is not a change of 2.5 percent; basis points are hundredths of them.
  if (t.lower === 'percentage' && POINTS.has(tokens[k + 2]?.lower ?? '')) return ['percentage points', k + 2];
  if (t.lower === 'basis' && POINTS.has(tokens[k + 2]?.lower ?? '')) return ['basis points', k + 2];
  const word = CURRENCY_WORDS.get(t.lower);
  if (word) return [word, k + 1];
  const national = nationalCurrency(tokens, k + 1);
  if (national) return national;
  if (t.lower === 'pounds' && tokens[k + 2]?.lower === 'sterling') return ['GBP', k + 2];
  // "U.S. dollars"
  if (t.text === 'U' && tokens[k + 3]?.text === 'S' && tokens[k + 5]?.lower === 'dollars') return ['USD', k + 5];
  return null;
}

/** "Australian dollars", "South African rand" starting at token k: [code, last token]. */
function nationalCurrency(tokens: readonly Token[], k: number): [string, number] | null {
  const first = tokens[k];
  if (!first || first.kind !== 'word' || !startsUpper(first.text)) return null;
  // "Hong Kong dollars", "New Zealand dollars", "South African rand": the last word of the name is enough.
  const pair = (at: number): string => `${tokens[at]?.lower ?? ''} ${tokens[at + 1]?.lower ?? ''}`;
  const one = NATIONAL_CURRENCIES.get(pair(k));
  if (one) return [one, k + 1];
  if (!startsUpper(tokens[k + 1]?.text ?? '')) return null;
  const two = NATIONAL_CURRENCIES.get(pair(k + 1)) ?? NATIONAL_CURRENCIES.get(`${first.lower} ${pair(k + 1)}`);
  return two ? [two, k + 2] : null;
}

/** Currency named by a word after token k ("dollars", "euros", "pounds sterling"), for readers of magnitudes without a number. */
export function currencyWordAfter(tokens: readonly Token[], k: number): [string, number] | null {
  const after = unitAfter(tokens, k);
  if (after && after[0] !== 'percent' && after[0] !== 'percentage points' && after[0] !== 'basis points') return after;
  const t = tokens[k + 1];
  return t && POUNDS.has(t.lower) ? ['GBP', k + 1] : null;
}

const POUNDS = new Set(['pound', 'pounds']);

const COMMAS = /,/gu;

/** The amount whose currency, sign or number starts at token i. */
export function readAmount(tokens: readonly Token[], i: number): Amount | null {
  const currency = currencyBefore(tokens, i);
  let k = currency ? currency[1] : i;
  let negative = false;
  // A sign may stand between the currency and the digits ("$-5") or before the digits.
  if ((tokens[k]?.text === '-' || tokens[k]?.text === '−') && tokens[k + 1]?.kind === 'num' && glued(tokens[k], tokens[k + 1])) {
    if (!currency && !signBefore(tokens, k + 1)) return null;
    negative = true;
    k++;
  }
  const t = tokens[k];
  if (!t) return null;
  let value: number;
  let last: number;
  let words = false;
  let looseSuffix = false;
  let scale = 1;
  let percentGlued = false;
  if (t.kind === 'num') {
    value = Number(t.text.replace(COMMAS, ''));
    last = k;
    const suffix = tokens[k + 1];
    const glue = suffix && glued(t, suffix) && suffix.kind === 'word' ? GLUED_MAGNITUDES.get(suffix.lower) : undefined;
    if (glue !== undefined) {
      scale = glue;
      last = k + 1;
      looseSuffix = suffix!.lower.length === 1;
    } else if (suffix?.text === 'pc' && glued(t, suffix)) {
      // "3pc": British papers' percent.
      percentGlued = true;
      last = k + 1;
    } else if (!currency) {
      const measure = gluedMeasure(tokens, k, negative ? -value : value);
      // "40p", "5kg": the measure ends the amount (no magnitude or currency follows one).
      if (measure) return { first: negative ? k - 1 : i, last: measure.last, core: k, value: negative ? -value : value, unit: null, scale, words, looseSuffix, measure };
    }
  } else {
    if (currency) return null;
    const w = wordNumber(tokens, k);
    if (!w) return null;
    value = w.value;
    last = w.last;
    words = true;
  }
  // "1.5 million", and "$400-million" written as one compound.
  const hyphen = tokens[last + 1]?.text === '-' && glued(tokens[last], tokens[last + 1]) && glued(tokens[last + 1], tokens[last + 2]) ? 1 : 0;
  const spaced = SPACED_MAGNITUDES.get(tokens[last + 1 + hyphen]?.lower ?? '');
  if (scale === 1 && spaced !== undefined && tokens[last + 1 + hyphen]!.kind === 'word') {
    scale = spaced;
    last += 1 + hyphen;
  }
  value *= scale;
  // "15-plus years": the number with its "plus" is still one amount.
  if (tokens[last + 1]?.text === '-' && tokens[last + 2]?.lower === 'plus' && glued(tokens[last], tokens[last + 1]) && glued(tokens[last + 1], tokens[last + 2])) {
    last += 2;
  }
  let unit = currency ? currency[0] : null;
  const after = percentGlued ? null : unitAfter(tokens, last);
  if (percentGlued) unit = 'percent';
  else if (after && (!unit || after[0] === 'percent')) {
    unit = after[0];
    last = after[1];
  } else if (!unit && scale > 1 && tokens[last + 1]?.lower === KOREAN_WON) {
    unit = 'KRW';
    last += 1;
  }
  if (negative) value = -value;
  // Rounding guards against 1.2 * 1e9 = 1199999999.9999998.
  value = Number(value.toPrecision(12));
  const first = negative && !currency ? k - 1 : i;
  return { first, last, core: k, value, unit, scale, words, looseSuffix, measure: null };
}

/** "of a million dollars" after a fraction: [scale, unit, last token], else null. */
export function readOfMagnitude(tokens: readonly Token[], k: number): [number, string | null, number] | null {
  if (tokens[k + 1]?.lower !== 'of' || tokens[k + 2]?.lower !== 'a') return null;
  const scale = SPACED_MAGNITUDES.get(tokens[k + 3]?.lower ?? '');
  if (scale === undefined) return null;
  const unit = unitAfter(tokens, k + 3);
  return unit ? [scale, unit[0], unit[1]] : [scale, null, k + 3];
}
