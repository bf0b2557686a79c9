/**
 * What a figure counts: the noun it qualifies ("44 million individuals", "12 percent of voters",
 * "a $3.4 billion deal"), or, when the figure stands alone as a subject ("only 1.5 million were
 * linked"), the plural noun the sentence set up before it ("Of the entries …").
 */
import { FUNCTION_WORDS, isPluralNoun } from '../dates/lexicon.js';
import { glued, type Token } from '../dates/tokens.js';
import { lowerCase, startsUpper } from '../chars.js';
import { spacedMeasure } from './measures.js';

export interface CountContext {
  text: string;
  tokens: readonly Token[];
  /** Start of the sentence, for the look-back. */
  sentenceStart: number;
}

/** A word, or a hyphenated compound ("crime-scene"), starting at token k: [text, last token]. */
function wordAt(tokens: readonly Token[], k: number): [string, number] | null {
  const t = tokens[k];
  if (!t || t.kind !== 'word') return null;
  let last = k;
  while (tokens[last + 1]?.text === '-' && glued(tokens[last], tokens[last + 1]) && tokens[last + 2]?.kind === 'word' && glued(tokens[last + 1], tokens[last + 2])) {
    last += 2;
  }
  return [tokens.slice(k, last + 1).map((x) => x.text).join(''), last];
}

/** Index after a possessive "’s" / "'s" glued to the token before k, else k. */
function skipPossessive(tokens: readonly Token[], k: number): number {
  const mark = tokens[k];
  if (mark && (mark.text === '’' || mark.text === "'") && glued(tokens[k - 1], mark) && tokens[k + 1]?.lower === 's' && glued(mark, tokens[k + 1])) return k + 2;
  return k;
}

/** Verbs, adverbs and comparatives by their ending: never what a figure counts ("12 percent higher"). */
const NOT_HEADS = /(?:ly|er|est|ed|ing)$/u;
/** Words after a figure that end the phrase ("$20 million last month", "32 percent below"). */
const STOP_WORDS = new Set([
  'below', 'above', 'ahead', 'behind', 'last', 'next', 'what', 'annually', 'apiece', 'alone',
  // Prepositions FUNCTION_WORDS lacks: "a million-pound house near the coast" counts a house.
  'near', 'along', 'beyond', 'within', 'without', 'despite', 'amid', 'like', 'unlike', 'throughout', 'upon', 'beneath',
]);
/** Words that stand in the phrase but are never its head ("16,389 total subsidiaries", "$5 worth of"). */
const NEVER_HEADS = new Set(['worth', 'total', 'offshore', 'overall', 'plus']);

const VERB_ENDING = /(?:ed|ing)$/u;

/** Plural-looking nouns that often modify another plural: "police officers", "sales executives". */
const PLURAL_MODIFIERS = new Set(['police', 'staff', 'crew', 'sales', 'goods', 'arms', 'savings', 'customs', 'parts', 'sports']);

/**
 * "police officers": the plural after such a modifier is the head. Only after these: after any
 * plural, a verb in -s would be taken ("one in five households lacks heat").
 */
function pluralCompoundHead(tokens: readonly Token[], last: number, word: string): string {
  const next = wordAt(tokens, last + 1);
  if (!next || startsUpper(next[0]) || !PLURAL_MODIFIERS.has(lowerCase(word))) return word;
  const lower = lowerCase(next[0]);
  return !FUNCTION_WORDS.has(lower) && !STOP_WORDS.has(lower) && isPluralNoun(lower) && !VERB_ENDING.test(lower) ? next[0] : word;
}

/**
 * The head noun of the phrase starting at token k: the first plural noun within a few words
 * (adjectives and possessors skipped: "the bank’s retail bankers"), or, when `singular` (a
 * determiner makes the figure a modifier: "a $3.4 billion deal"), the last lower-case word of the
 * run before a function word.
 */
function headNoun(tokens: readonly Token[], k: number, singular: boolean): string | null {
  let lastWord: string | null = null;
  for (let n = 0; n < 4; n++) {
    const w = wordAt(tokens, k);
    if (!w) break;
    const [word, last] = w;
    const lower = lowerCase(word);
    if (FUNCTION_WORDS.has(lower) || STOP_WORDS.has(lower)) break;
    if (isPluralNoun(lower.split('-').at(-1)!)) return pluralCompoundHead(tokens, last, word);
    k = last + 1;
    const after = skipPossessive(tokens, k);
    if (after > k) {
      lastWord = null;
      k = after;
    } else if (NOT_HEADS.test(lower) || NEVER_HEADS.has(lower) || startsUpper(word)) {
      // "shooting victims", "likely voters", "American jobs": modifiers, skipped; but a participle
      // after the noun ends the phrase ("a $100 million penalty imposed by …").
      if (lastWord !== null && VERB_ENDING.test(lower)) break;
    } else {
      lastWord = word;
    }
  }
  return singular ? lastWord : null;
}

const DETERMINERS = new Set(['the', 'all', 'its', 'their', 'his', 'her', 'our', 'your', 'these', 'those', 'this', 'that', 'such']);
/** After these the figure is the subject and its noun was named earlier. */
const VERBS_AFTER_SUBJECT = new Set(['were', 'was', 'are', 'is', 'have', 'had', 'has', 'will', 'would', 'could', 'did', 'remain', 'remained', 'came', 'went', 'died', 'live', 'lived']);
/** "Of the entries …", "among the victims": the plural noun a later bare figure refers to. */
const SET_UP = /\b(?:of|among)\s(?:(?:the|these|those|its|their|all)\s)?([\p{L}-]{3,40})/giu;

function nounSetUpBefore(ctx: CountContext, before: number): string | null {
  const head = ctx.text.slice(ctx.sentenceStart, before);
  let found: string | null = null;
  for (const m of head.matchAll(SET_UP)) {
    if (isPluralNoun(m[1]!)) found = m[1]!;
  }
  return found;
}

/** "a", "the", "his": before a figure (maybe past one adjective) they make it a modifier of the next noun. */
const ARTICLES = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'your', 'this', 'that', 's']);

function isModifier(tokens: readonly Token[], first: number): boolean {
  return ARTICLES.has(tokens[first - 1]?.lower ?? '') || ARTICLES.has(tokens[first - 2]?.lower ?? '');
}

const ARTICLE_COMPOUND = /^(?:a|an|per)-/iu;

/** "10,000 more officers", "200 fewer beds": the comparative stands between the figure and its noun. */
const COMPARATIVES = new Set(['more', 'fewer', 'extra']);

/** What the figure spanning tokens [first, last] counts. */
export function countedNoun(ctx: CountContext, first: number, last: number): string | null {
  const { tokens } = ctx;
  // "42 km", "512 pence": a measure written after the figure is what it counts.
  const measure = spacedMeasure(tokens, last);
  if (measure) return measure.name;
  let k = last + 1;
  // "300-page report": the compound names the unit counted; "$12-an-hour workers": a rate, read past it.
  if (tokens[k]?.text === '-' && glued(tokens[last], tokens[k]) && glued(tokens[k], tokens[k + 1])) {
    const compound = wordAt(tokens, k + 1);
    if (!compound) return null;
    if (!ARTICLE_COMPOUND.test(compound[0])) return compound[0];
    k = compound[1] + 1;
  }
  if (COMPARATIVES.has(tokens[k]?.lower ?? '') && tokens[k + 1]?.kind === 'word' && tokens[k + 1]!.lower !== 'than') k++;
  if (tokens[k]?.lower === 'of') {
    k++;
    if (DETERMINERS.has(tokens[k]?.lower ?? '')) k++;
    return headNoun(tokens, k, true);
  }
  const direct = headNoun(tokens, k, isModifier(tokens, first));
  if (direct !== null) return direct;
  if (VERBS_AFTER_SUBJECT.has(tokens[k]?.lower ?? '')) return nounSetUpBefore(ctx, tokens[first]!.start);
  return null;
}
