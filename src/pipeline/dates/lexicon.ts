/** Word lists shared by the dates and figures parsers. All keys are lower-case. */
import { lowerCase } from '../chars.js';

/** Month names and their news abbreviations → month number. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['february', 2], ['march', 3], ['april', 4], ['may', 5], ['june', 6],
  ['july', 7], ['august', 8], ['september', 9], ['october', 10], ['november', 11], ['december', 12],
  ['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['jun', 6], ['jul', 7], ['aug', 8],
  ['sep', 9], ['sept', 9], ['oct', 10], ['nov', 11], ['dec', 12],
]);

/** Abbreviations that are also ordinary words or names, so they count only with a period or a number. */
export const SHORT_MONTHS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/** Month names that are also common words or names ("may", "march", "june", "april", "august"). */
export const AMBIGUOUS_MONTHS = new Set(['may', 'march', 'june', 'april', 'august']);

export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['sunday', 0], ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6],
]);

export const SMALL_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13],
  ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19],
]);

export const TENS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);

/** Prepositions and modifiers after which a four-digit number reads as a year ("in 2019", "since 2019"). */
export const YEAR_LEADS = new Set([
  'in', 'since', 'by', 'until', 'till', 'through', 'throughout', 'from', 'during', 'before', 'after',
  'of', 'for', 'around', 'circa', 'early', 'late', 'mid', 'year', 'fiscal', 'summer', 'spring',
  'autumn', 'fall', 'winter', 'between', 'into', 'beyond', 'pre', 'post',
]);

/** Nouns that a year commonly modifies ("the 2016 election", "its 2019 budget"). */
export const YEAR_NOUNS = new Set([
  'election', 'elections', 'campaign', 'race', 'season', 'cycle', 'budget', 'census', 'olympics',
  'primary', 'primaries', 'midterm', 'midterms', 'presidential', 'general', 'vote', 'referendum',
  'convention', 'report', 'survey', 'study', 'poll', 'law', 'tax', 'fiscal', 'debate', 'debates',
  'nominee', 'candidate', 'bid', 'run', 'victory', 'win', 'loss', 'defeat', 'attack', 'attacks',
  'crisis', 'recession', 'summit', 'ballot', 'agreement', 'accord', 'deal', 'treaty', 'ruling',
  'decision', 'film', 'book', 'memo', 'letter', 'interview', 'speech', 'visit', 'trip', 'meeting',
  'world', 'financial', 'global', 'levels', 'level', 'figures', 'data', 'edition', 'version', 'model',
  'financials', 'earnings', 'results', 'graduate', 'class', 'draft', 'protests', 'uprising', 'coup',
  'invasion', 'war', 'earthquake', 'tsunami', 'hurricane', 'flood', 'floods', 'shooting', 'bombing',
  'bombings', 'massacre', 'riots', 'strike', 'merger', 'acquisition', 'purchase', 'sale', 'filing',
  'filings', 'returns', 'return', 'audit', 'investigation', 'probe', 'indictment', 'trial',
]);

/** Verbs that may follow a sentence-initial year ("2016 was a hard year"). */
export const YEAR_SUBJECT_VERBS = new Set(['was', 'is', 'has', 'had', 'will', 'saw', 'marked', 'brought', 'began', 'ended']);

/** Words that never name what a figure counts. */
export const FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'and', 'or', 'but',
  'that', 'which', 'who', 'whom', 'whose', 'were', 'was', 'are', 'is', 'be', 'been', 'being', 'have',
  'has', 'had', 'will', 'would', 'could', 'should', 'may', 'might', 'can', 'must', 'shall', 'than',
  'as', 'per', 'each', 'more', 'less', 'fewer', 'not', 'no', 'so', 'if', 'then', 'this', 'these',
  'those', 'their', 'its', 'his', 'her', 'our', 'your', 'my', 'it', 'they', 'he', 'she', 'we', 'you',
  'i', 'them', 'us', 'him', 'there', 'here', 'when', 'where', 'while', 'after', 'before', 'since',
  'until', 'about', 'over', 'under', 'into', 'onto', 'between', 'among', 'during', 'through', 'also',
  'only', 'just', 'all', 'both', 'some', 'many', 'much', 'such', 'very', 'do', 'does', 'did', 'says',
  'said', 'whereas', 'across', 'against', 'toward', 'towards', 'around', 'up', 'down', 'out', 'off',
  'again', 'ago', 'earlier', 'later', 'yet', 'still', 'even', 'now', 'always', 'perhaps', 'thus',
  'plus', 'minus', 'versus', 'via', 'other', 'others', 'another', 'own', 'same', 'less', 'least',
  'most', 'almost', 'nearly', 'roughly', 'approximately', 'each', 'every', 'either', 'neither',
]);

/** Plural nouns that do not end in "s". */
const IRREGULAR_PLURALS = new Set([
  'people', 'men', 'women', 'children', 'police', 'staff', 'personnel', 'cattle', 'sheep', 'fish',
  'deer', 'data', 'media', 'feet', 'teeth', 'mice', 'geese', 'livestock', 'militia', 'clergy',
  'youth', 'crew', 'aircraft', 'offspring', 'faithful', 'elderly', 'poor',
]);

/** Singular words ending in "s". */
const S_SINGULARS = new Set(['news', 'series', 'species', 'means', 'whereas', 'gas', 'bus', 'lens', 'chaos', 'ethos', 'atlas', 'canvas', 'alias', 'bias', 'plus', 'yes', 'this', 'thus', 'his', 'its', 'us', 'as', 'has', 'was', 'is', 'does', 'says', 'goes']);

const SINGULAR_S_ENDING = /(?:ss|us|is|ous)$/u;

/** A plural noun by its form: "entries", "individuals", "people", "Americans"; not "says" or "crisis". */
export function isPluralNoun(word: string): boolean {
  const w = lowerCase(word);
  if (IRREGULAR_PLURALS.has(w)) return true;
  if (w.length < 3 || !w.endsWith('s') || S_SINGULARS.has(w)) return false;
  if (FUNCTION_WORDS.has(w)) return false;
  return !SINGULAR_S_ENDING.test(w);
}

/** Units of time: a number counting them is a duration or part of a date, not a figure. */
export const TIME_UNITS: ReadonlyMap<string, 'day' | 'week' | 'month' | 'year' | 'decade' | 'other'> = new Map([
  ['second', 'other'], ['seconds', 'other'], ['minute', 'other'], ['minutes', 'other'], ['hour', 'other'],
  ['hours', 'other'], ['day', 'day'], ['days', 'day'], ['week', 'week'], ['weeks', 'week'],
  ['month', 'month'], ['months', 'month'], ['year', 'year'], ['years', 'year'], ['decade', 'decade'],
  ['decades', 'decade'], ['century', 'other'], ['centuries', 'other'], ['weekend', 'other'], ['weekends', 'other'],
  ['night', 'other'], ['nights', 'other'], ['quarter', 'other'], ['quarters', 'other'], ['semester', 'other'],
]);
