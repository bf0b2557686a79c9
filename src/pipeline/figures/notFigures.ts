/**
 * Numbers that are not figures, judged on the tokens around an amount: times, ordinals, phone
 * numbers, ids and file names, list numbering, labels ("Article 5", "No. 1"), ages, street
 * numbers, numbers dialled, bare years and durations. Each test answers true when the amount must
 * be dropped.
 */
import { isPluralNoun, TIME_UNITS } from '../dates/lexicon.js';
import { chunkAround, glued, looksLikeId, type Token } from '../dates/tokens.js';
import type { Amount } from './amount.js';
import { startsLower, startsUpper } from '../chars.js';
import { PERSON_NOUNS } from '../quotes/lexicon.js';

export interface NumberContext {
  text: string;
  tokens: readonly Token[];
}

/** Labels before a number that make it a name or an index: "page 5", "Article 5", "Flight 370". */
const LABELS = new Set([
  'no', 'number', 'room', 'route', 'flight', 'page', 'pages', 'chapter', 'section', 'article', 'level',
  'grade', 'phase', 'rule', 'item', 'exhibit', 'lot', 'apartment', 'suite', 'highway', 'interstate',
  'channel', 'district', 'precinct', 'ward', 'gate', 'platform', 'seat', 'row', 'case', 'vol', 'volume',
  'issue', 'episode', 'season', 'week', 'day', 'game', 'round', 'stage', 'proposition', 'prop',
  'amendment', 'title', 'act', 'part', 'class', 'category', 'tier', 'terminal', 'unit', 'division',
  'building', 'floor', 'bus', 'line', 'exit', 'version', 'model', 'verse', 'psalm', 'paragraph', 'clause',
  'aged', 'age', 'ages', 'hole', 'lane', 'mile', 'km', 'kilometre', 'kilometer', 'pier', 'berth', 'bay',
]);

const TIME_WORDS = new Set(['am', 'pm', 'gmt', 'utc', 'edt', 'est', 'cdt', 'cst', 'pdt', 'pst', 'bst', 'cet', 'ist']);
const OPENERS = new Set(['"', '“', "'", '‘', '(', '[', '•', '*', '-', '—']);

const APOSTROPHE = /^['’]$/u;

/** "10:30", "5 p.m.", "5pm", "7 o'clock". */
function isTime(tokens: readonly Token[], core: number): boolean {
  const next = tokens[core + 1];
  if (!next) return false;
  if (next.text === ':' && glued(tokens[core], next) && tokens[core + 2]?.kind === 'num') return true;
  if (TIME_WORDS.has(next.lower)) return true;
  if ((next.lower === 'a' || next.lower === 'p') && tokens[core + 2]?.text === '.' && tokens[core + 3]?.lower === 'm') return true;
  return next.lower === 'o' && APOSTROPHE.test(tokens[core + 2]?.text ?? '') && tokens[core + 3]?.lower === 'clock';
}

const LEADING_ZERO = /^0\d/u;
const PHONE_NUMBER = /\d{3}[-.]\d{4}/u;
const REPEATED_SEPARATOR = /\d([-.])\d+\1\d/u;
const FEET_AND_INCHES = /\d['’′]\d/u;
const SCORE_TO = /\d-(?:to|for)-\d/u;

/** "4471-AB", "2231-B": digits with a capital-letter suffix are a reference, unless the letters are a unit ("a 20-MW plant"). */
const LETTER_SUFFIXED = /^\d{1,8}-\p{Lu}{1,2}$/u;
const UNIT_SUFFIXES = new Set(['MW', 'GW', 'KW', 'GB', 'TB', 'MB', 'KB', 'KM', 'HP', 'C', 'F', 'K']);

/** A bare number token standing right after whitespace: one group of a spaced phone number. */
const spacedNumber = (t: Token | undefined): boolean => t !== undefined && t.kind === 'num' && t.spaced;

/** "0161 555 0199", "+1 212 555 0199": a number among groups of digits separated by spaces. */
function isSpacedGroup(tokens: readonly Token[], core: number): boolean {
  const prev = tokens[core - 1];
  const next = tokens[core + 1];
  const prevGroup = spacedNumber(tokens[core]) && prev?.kind === 'num';
  const nextGroup = spacedNumber(next);
  if (prevGroup && nextGroup) return true;
  if ((prevGroup && LEADING_ZERO.test(prev.text)) || (nextGroup && LEADING_ZERO.test(next!.text))) return true;
  return nextGroup && prev?.text === '+' && glued(prev, tokens[core]);
}

/** Digits that read as a code: a leading zero ("05172017", "0100"), a phone-number shape, a file name. */
function isCode(ctx: NumberContext, core: number): boolean {
  const t = ctx.tokens[core]!;
  if (LEADING_ZERO.test(t.text) || isSpacedGroup(ctx.tokens, core)) return true;
  const chunk = chunkAround(ctx.text, t.start, t.end);
  if (looksLikeId(chunk)) return true;
  if (LETTER_SUFFIXED.test(chunk) && !UNIT_SUFFIXES.has(chunk.slice(chunk.indexOf('-') + 1))) return true;
  // "555-0123", "202-555-0123", "1.2.3": phone numbers and versions; 6'3" a height; "2-to-1" a ratio, "2-for-1" an offer.
  return PHONE_NUMBER.test(chunk) || REPEATED_SEPARATOR.test(chunk) || FEET_AND_INCHES.test(chunk) || SCORE_TO.test(chunk);
}

/** "1." opening a sentence or line, "(2)" standing alone: list numbering. */
function isListNumber(tokens: readonly Token[], core: number): boolean {
  const prev = tokens[core - 1];
  const next = tokens[core + 1];
  const atStart = core === 0 || (prev !== undefined && OPENERS.has(prev.text) && core === 1);
  if (atStart && next && glued(tokens[core], next) && (next.text === '.' || next.text === ')')) return true;
  return prev?.text === '(' && next?.text === ')' && glued(prev, tokens[core]) && glued(tokens[core], next);
}

/** A brand written with a capital inside ("iPhone 15", "eBay"), a name whatever its first letter. */
const INNER_CAPITAL = /^\p{Ll}+\p{Lu}/u;

/** "Article 5", "No. 1", "#3", "Flight 370", "Windows 10", "Level 3", "iPhone 15". */
function isLabelled(tokens: readonly Token[], first: number): boolean {
  const prev = tokens[first - 1];
  if (!prev) return false;
  if (prev.text === '#') return true;
  if (prev.text === '.' && tokens[first - 2]?.lower === 'no') return true;
  if (prev.kind !== 'word') return false;
  if (LABELS.has(prev.lower)) return true;
  // A capitalized word inside the sentence (not its first word) names the thing the number indexes.
  if (INNER_CAPITAL.test(prev.text)) return true;
  return startsUpper(prev.text) && first - 1 > 0 && !OPENERS.has(tokens[first - 2]?.text ?? '');
}

/** People named by a noun before their age ("the victim, 34,"), beyond those that speak (PERSON_NOUNS). */
const AGED_NOUNS = new Set([
  'victim', 'driver', 'suspect', 'boy', 'girl', 'teenager', 'son', 'daughter', 'wife', 'husband', 'passenger',
  'pedestrian', 'cyclist', 'motorcyclist', 'patient', 'defendant', 'gunman', 'actor', 'actress', 'singer',
  'brother', 'sister', 'grandmother', 'grandfather', 'partner', 'girlfriend', 'boyfriend', 'child', 'baby',
  'pensioner', 'widow', 'widower', 'survivor', 'rider', 'pilot', 'nurse', 'worker', 'farmer', 'shooter', 'accused',
]);

/** "Smith, 45, said", "the victim, 34, was": an age between commas after a name or a person noun. */
function isAge(tokens: readonly Token[], first: number, last: number): boolean {
  if (tokens[first - 1]?.text !== ',') return false;
  const after = tokens[last + 1]?.text;
  if (after !== ',' && after !== '―' && after !== '—') return false;
  const before = tokens[first - 2];
  if (!before) return false;
  return startsUpper(before.text) || (before.kind === 'word' && (PERSON_NOUNS.has(before.lower) || AGED_NOUNS.has(before.lower)));
}

/** Street words after the name a house number precedes: "10 Downing Street", "221 Baker St". */
const STREET_WORDS = new Set([
  'street', 'st', 'road', 'rd', 'avenue', 'ave', 'lane', 'boulevard', 'blvd', 'drive', 'way', 'place', 'court',
  'terrace', 'crescent', 'parkway', 'square', 'close', 'row',
]);
/** How many capitalized words a street's name may hold before its street word. */
const STREET_NAME_WORDS = 3;

/**
 * "10 Downing Street", "1600 Pennsylvania Avenue": a house number; but "3 Wall Street firms" and
 * "9 Supreme Court justices" count the plural after the name.
 */
function isStreetNumber(tokens: readonly Token[], last: number): boolean {
  for (let k = last + 1; k <= last + STREET_NAME_WORDS + 1; k++) {
    const t = tokens[k];
    if (!t || t.kind !== 'word' || !startsUpper(t.text)) return false;
    if (k > last + 1 && STREET_WORDS.has(t.lower)) {
      const next = tokens[k + 1];
      return !(next?.kind === 'word' && startsLower(next.text) && isPluralNoun(next.lower));
    }
  }
  return false;
}

/** Verbs before a number that is dialled or texted: "call 911", "dial 999". */
const DIAL_VERBS = new Set(['call', 'calling', 'called', 'dial', 'dialled', 'dialed', 'dialling', 'dialing', 'ring', 'text', 'texting']);

/** A number counting units of time ("three years", "a 10-year plan", "45-year-old") is a duration or an age. */
export function isDuration(tokens: readonly Token[], last: number): boolean {
  let k = last + 1;
  if (tokens[k]?.text === '-' && glued(tokens[last], tokens[k])) k++;
  return TIME_UNITS.has(tokens[k]?.lower ?? '');
}

const DECADE_DIGITS = /^\d0$/u;

/** "the 90’s": a decade written with two digits. */
function isShortDecade(tokens: readonly Token[], core: number): boolean {
  const mark = tokens[core + 1];
  return mark !== undefined && (mark.text === '’' || mark.text === "'") && glued(tokens[core], mark) && tokens[core + 2]?.lower === 's' && DECADE_DIGITS.test(tokens[core]!.text);
}

/** True when the amount, read as digits, is a time, code, label, list number, age, address, number to dial or year. */
export function isNotFigure(ctx: NumberContext, a: Amount, hasNoun: boolean): boolean {
  const { tokens } = ctx;
  const plain = a.unit === null && a.scale === 1;
  if (a.words) return false;
  const after = tokens[a.core + 1];
  // Glued letters the amount did not take as a magnitude: "5th", "1990s", "3D", "5pm".
  if (after && after.kind === 'word' && glued(tokens[a.core], after) && a.last <= a.core) return true;
  if (isTime(tokens, a.core) || isCode(ctx, a.core) || isShortDecade(tokens, a.core)) return true;
  if (!plain) return false;
  if (isListNumber(tokens, a.core) || isLabelled(tokens, a.first)) return true;
  // "5kg", "40p": the measure says what the number is; no age, street number or year.
  if (a.measure) return false;
  const n = tokens[a.core]!.text;
  if (isAge(tokens, a.first, a.last) && Number(n) <= 120) return true;
  if (isStreetNumber(tokens, a.last)) return true;
  if (!hasNoun && DIAL_VERBS.has(tokens[a.first - 1]?.lower ?? '')) return true;
  return isYearLike(tokens, a, hasNoun);
}

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 's', 'and', 'or']);

const FOUR_DIGITS = /^\d{4}$/u;

/**
 * A bare four-digit number in the range of years is a year unless a plural noun follows at once
 * and nothing before it reads as a year's determiner: "2019 people", not "her 2006 Senate races".
 */
function isYearLike(tokens: readonly Token[], a: Amount, hasNoun: boolean): boolean {
  const n = tokens[a.core]!.text;
  if (!FOUR_DIGITS.test(n) || Number(n) < 1600 || Number(n) > 2099) return false;
  const next = tokens[a.last + 1];
  const countsDirectly = hasNoun && next !== undefined && startsLower(next.text);
  return !countsDirectly || DETERMINERS.has(tokens[a.first - 1]?.lower ?? '');
}
