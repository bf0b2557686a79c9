import type { Run } from './candidates.js';
import { textOf, type Tok } from './tokens.js';
import { FUNCTION_WORDS, HONORIFICS, MODIFIERS, TITLES } from './lexicon/words.js';
import { SURNAMES, isFirstName } from './lexicon/firstNames.js';
import { isRoleNoun } from './context.js';
import { KNOWN_ORGANIZATIONS, ORG_HEADS } from './lexicon/organizations.js';
import { PLACE_HEADS, PLACES } from './lexicon/places.js';
import { isCapitalized, isSuffix, wordKey } from './shape.js';
import { CUE_VERBS } from '../quotes/lexicon.js';
import { lowerCase } from '../chars.js';
import { isAcronymWord } from '../tokens.js';

/**
 * A run cut down to the name: without a leading "The", sentence-initial function words, titles
 * and honorifics ("Dr.", "Massachusetts Sen."), and leading modifiers ("Democrat", "Former").
 */
export interface Shaped {
  run: Run;
  /** Where the title starts (the run after "The" and function words) and where the name starts and ends. */
  titleFrom: number;
  nameFrom: number;
  nameTo: number;
  /** The gender an honorific gives ("Mr." male); undefined without one. */
  honorific: 'male' | 'female' | null | undefined;
  /** The title is more than an honorific: it is a role ("President", "Sen.", "Wells Fargo CEO"). */
  titleIsRole: boolean;
  /** A lone word that is also a function word ("May", "Will"): a name only if a full name explains it. */
  weak: boolean;
}

/** Words that, sentence-initial and seen lower-case elsewhere, are ordinary words, unless a list knows them. */
function isKnownName(w: string): boolean {
  return isFirstName(w) || PLACES().has(w) || KNOWN_ORGANIZATIONS().has(w) || TITLES().has(wordKey(w)) || HONORIFICS.has(lowerCase(w));
}

/** Endings of abstract nouns: a sentence-initial "Evidence" or "Government" is not a name. */
const ABSTRACT_NOUN = /^\p{Ll}{3,}(?:tion|sion|ment|ness|ity|ism|ence|ance|ship|ure|ogy)$/u;

const WEEKDAY = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/u;
const ARTICLES = new Set(['The', 'A', 'An']);
const PARTY_NOUNS = new Set(['Democrat', 'Republican', 'Libertarian']);

const honorificOf = (t: Tok): 'male' | 'female' | null | undefined => HONORIFICS.get(lowerCase(t.text));
/** "Del." before a name is a delegate to Congress ("Del. Stacey Plaskett"); without the dot, "Del Monte". */
const DOTTED_ONLY_TITLES = new Set(['Del.']);
const isTitleWord = (t: Tok): boolean => TITLES().has(wordKey(t.text)) || honorificOf(t) !== undefined || DOTTED_ONLY_TITLES.has(t.text);

/** Titles that follow an honorific as a form of address, not a name ("Mr. President", "Madam Speaker"). */
const ADDRESS_TITLES = new Set(['president', 'speaker', 'secretary', 'chairman', 'chairwoman', 'chair', 'mayor', 'governor', 'senator', 'minister', 'ambassador', 'justice', 'judge']);

/** Ends of words that open a sentence as verbs or abstract nouns, never as names ("Injecting", "Evidence"). */
const GERUND = /^\p{Ll}{3,}ing$/u;
const PARTICIPLE = /^\p{Ll}{5,}ed$/u;

/**
 * An ordinary word in a name's place: a function word or contraction anywhere ("I’m", "Don't"); at
 * the start of a sentence also a word the text writes lower-case elsewhere, an abstract noun, a gerund.
 */
const CURLY_APOSTROPHES = /’/gu;
const CONTRACTION = /'(?:[dmst]|re|ve|ll)$/u;

function isOrdinary(word: string, initial: boolean, lowerWords: ReadonlySet<string>): boolean {
  // "WHO", "IT", "AND": capitals throughout make an acronym, not the word they spell.
  if (isAcronymWord(word)) return false;
  const lowered = lowerCase(word).replace(CURLY_APOSTROPHES, "'");
  // "Mr Patel", "Mrs Patel" as British papers write them: an honorific, which the function-word list also holds.
  if (HONORIFICS.has(lowered)) return false;
  const base = lowered.replace(CONTRACTION, '');
  if (FUNCTION_WORDS().has(lowered) || FUNCTION_WORDS().has(base) || lowered.endsWith("n't")) return true;
  // "Said Ivo Petrov: …" opens with an inverted speech verb, not a name.
  if (initial && CUE_VERBS.has(lowered)) return true;
  if (!initial || isKnownName(word)) return false;
  return lowerWords.has(lowered) || ABSTRACT_NOUN.test(lowered) || GERUND.test(lowered) || PARTICIPLE.test(lowered);
}

/**
 * The name part after the last title word, or null when the run holds no title before a name.
 * `roleOpens`: the run opens a sentence with a capitalized role noun ("Activist Angela Davis").
 */
function splitTitle(tokens: readonly Tok[], from: number, to: number, roleOpens: boolean): number | null {
  for (let t = to - 2; t >= from; t--) {
    const tok = tokens[t]!;
    const honorific = honorificOf(tok) !== undefined;
    if (!honorific && !isTitleWord(tok) && !(t === from && roleOpens)) continue;
    // "Larry King": a title word right after a given name is a family name ("Charlotte Mayor …" is a city's mayor).
    const before = tokens[t - 1]?.text ?? '';
    if (!honorific && t > from && isFirstName(before) && !PLACES().has(before)) continue;
    let name = t + 1;
    // "Secretary of State John Kerry": the name starts at the first given name, else it is the last two words.
    if (!isCapitalized(tokens[name]!.text)) {
      const given = tokens.slice(name, to).findIndex((x) => isFirstName(x.text));
      name = given >= 0 ? name + given : Math.max(name, to - 2);
      if (!isCapitalized(tokens[name]!.text)) return null;
    }
    const words = tokens.slice(name, to);
    if (words.every((w) => isSuffix(w.text) || isTitleWord(w))) {
      // "Mr. King" is a name, "Mr. President" a form of address.
      if (!honorific || words.some((w) => ADDRESS_TITLES.has(wordKey(w.text)))) continue;
    }
    if (words.some((w) => ORG_HEADS().has(w.text))) return null;
    // "the Queen City": a place head alone is no name ("President Park Geun-hye" is one).
    if (words.length === 1 && PLACE_HEADS().has(words[0]!.text)) return null;
    if (FUNCTION_WORDS().has(lowerCase(words[0]!.text))) return null;
    // "Fellow Republicans": a people word after a title is no name.
    if (words.length === 1 && MODIFIERS().has(words[0]!.text)) return null;
    // "Dean Baker" is a name: a title word that is also a given name, with no dot, before one word;
    // "Striker Dean Moss" too, the role before it.
    if (!honorific && words.length === 1 && isFirstName(tok.text)) {
      if (t === from) return null;
      continue;
    }
    return name;
  }
  return null;
}

/** "Crooked Hillary Clinton", "Universe Alicia Machado": a name of three words or more starts at its given name. */
function givenNameStart(tokens: readonly Tok[], from: number, to: number): number {
  if (to - from < 3 || isFirstName(tokens[from]!.text) || SURNAMES().has(tokens[from]!.text)) return from;
  for (let k = from + 1; k < to - 1; k++) if (isFirstName(tokens[k]!.text)) return k;
  return from;
}

const CAPITAL_THEN_LOWER = /^\p{Lu}\p{Ll}/u;
/** Modifiers that are also given names, left out of the given-name lists for that (lexicon/firstNames.ts). */
const MODIFIERS_ALSO_GIVEN = new Set(['Christian']);
const DOCTOR = /^(?:dr|doctor)$/u;

/** Whether tokens k and k + 1 open a known organization or place ("European Union"). */
function opensKnownName(tokens: readonly Tok[], k: number): boolean {
  const pair = `${tokens[k]!.text} ${tokens[k + 1]?.text ?? ''}`;
  return KNOWN_ORGANIZATIONS().has(pair) || PLACES().has(pair);
}

/** "Chamber of Commerce", "Bank of England": an organization's head word right before "of". */
function headBeforeOf(tokens: Run['tokens'], from: number, to: number): boolean {
  for (let k = from + 1; k < to - 1; k++) {
    if (tokens[k]!.text === 'of' && ORG_HEADS().has(tokens[k - 1]!.text)) return true;
  }
  return false;
}

export function shape(run: Run, lowerWords: ReadonlySet<string>): Shaped | null {
  const { tokens } = run;
  let from = run.from;
  let to = run.to;
  while (from < to && ARTICLES.has(tokens[from]!.text)) from++;
  const initial = run.initial && from === run.from;
  if (initial) {
    while (to - from > 1 && isOrdinary(tokens[from]!.text, true, lowerWords)) from++;
  }
  while (to > from && (WEEKDAY.test(tokens[to - 1]!.text) || !isCapitalized(tokens[to - 1]!.text))) to--;
  if (from >= to) return null;

  if (to - from === 1) {
    const word = tokens[from]!.text;
    const ordinary = isOrdinary(word, initial, lowerWords);
    if (ordinary || MODIFIERS().has(word)) {
      const weak = ordinary && !run.initial && !WEEKDAY.test(word) && CAPITAL_THEN_LOWER.test(word);
      return weak ? { run, titleFrom: from, nameFrom: from, nameTo: to, honorific: undefined, titleIsRole: false, weak: true } : null;
    }
  }

  const whole = textOf(tokens, from, to);
  // "Port Ellis Chamber of Commerce" is whole, though "Ellis" is a given name.
  const namedWhole = KNOWN_ORGANIZATIONS().has(whole) || PLACES().has(whole) || ORG_HEADS().has(tokens[to - 1]!.text) || headBeforeOf(tokens, from, to);
  // "Democrat Ana Ruiz and Republican Tom Ashby": a party noun before a name is a role anywhere.
  const roleOpens = (initial && isRoleNoun(tokens[from]!.text)) || (to - from > 1 && PARTY_NOUNS.has(tokens[from]!.text));
  const split = namedWhole ? null : splitTitle(tokens, from, to, roleOpens);
  if (split !== null) {
    const name = givenNameStart(tokens, split, to);
    const titleWords = tokens.slice(from, name);
    const honorific = titleWords.map(honorificOf).find((g) => g !== undefined);
    const titleIsRole = titleWords.some((w) => w.kind === 'word' && honorificOf(w) === undefined && !DOCTOR.test(wordKey(w.text)));
    return { run, titleFrom: from, nameFrom: name, nameTo: to, honorific, titleIsRole, weak: false };
  }

  let nameFrom = from;
  // "Democrat Hillary Clinton" loses its label; "European Union Chamber of Commerce" keeps "European".
  // "Christian Lind" is a given name and a family name, where "Christian Democrats" sheds a modifier.
  const givenBeforeOne = (k: number): boolean => to - k === 2 && (isFirstName(tokens[k]!.text) || MODIFIERS_ALSO_GIVEN.has(tokens[k]!.text));
  while (!namedWhole && to - nameFrom > 1 && MODIFIERS().has(tokens[nameFrom]!.text) && !opensKnownName(tokens, nameFrom) && !givenBeforeOne(nameFrom)) nameFrom++;
  if (to - nameFrom === 1 && MODIFIERS().has(tokens[nameFrom]!.text)) return null;
  if (!namedWhole) nameFrom = givenNameStart(tokens, nameFrom, to);
  return { run, titleFrom: from, nameFrom, nameTo: to, honorific: undefined, titleIsRole: false, weak: false };
}
