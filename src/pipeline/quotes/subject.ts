import { isAcronymWord, isCapitalized, isParticlePrefixedName, type Token } from '../tokens.js';
import { ANONYMOUS_HEADS, BETWEEN_SUBJECT_AND_VERB, CUE_VERBS, ORG_NOUNS, PERSON_NOUNS, PRONOUNS } from './lexicon.js';
import { lowerCase, startsLower } from '../chars.js';
import { isRoleNoun } from '../entities/context.js';
import { isFirstName } from '../entities/lexicon/firstNames.js';

/**
 * Who a cue names as the speaker, read from the tokens around its verb: the subject before it
 * ("Torres said", "Shih Chien Yu, senior lecturer, said"), or after an inverted verb ("said Torres").
 */

export type SubjectKind = 'name' | 'pronoun' | 'nominal' | 'anonymous';

/** Who a cue says spoke, as written: a name, a pronoun, a noun phrase ("the group"), or nobody in particular. */
export interface Subject {
  start: number;
  end: number;
  kind: SubjectKind;
  /** Lower-cased head word: the pronoun, or the noun of a nominal ("group", "spokeswoman"). */
  head: string;
}

export const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'this', 'that', 'our', 'my', 'whose']);
export const NAME_PARTICLES = new Set(['de', 'da', 'del', 'della', 'der', 'van', 'von', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'du', 'dos', 'das', 'di', 'ben', 'abu', 'of', 'y', 'st.']);
/** Capitalized words that open a sentence without being part of a name. */
export const SENTENCE_OPENERS = new Set([
  'but', 'and', 'then', 'however', 'still', 'now', 'yet', 'so', 'also', 'later', 'in', 'on', 'at', 'as', 'when',
  'while', 'after', 'before', 'meanwhile', 'instead', 'today', 'yesterday', 'separately', 'earlier', 'there',
  'here', 'asked', 'speaking', 'writing', 'if', 'because', 'although', 'though', 'for', 'with', 'by', 'from',
  'such', 'this', 'these', 'those', 'some', 'many', 'most', 'all', 'other', 'another', 'each', 'every', 'several',
  'both', 'few', 'no', 'its', 'his', 'her', 'their', 'our', 'my', 'it', 'what', 'who', 'why', 'how', 'where',
  'you', 'we', 'i', 'they', 'he', 'she', 'following', 'according', 'under', 'over', 'across', 'throughout', 'among',
  'unlike', 'like', 'given', 'since', 'during', 'despite', 'amid', 'until', 'once', 'not', 'only', 'even', 'just',
  'to', 'let', 'please',
]);
export const NOT_SUBJECT_AFTER_VERB = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'today', 'yesterday',
]);

export const wordAt = (t: readonly Token[], i: number): string => (t[i] && t[i]!.word ? lowerCase(t[i]!.text) : '');
export const isPunct = (t: readonly Token[], i: number, chars: string): boolean => !!t[i] && !t[i]!.word && chars.includes(t[i]!.text);

/** Finite verbs that make the words before a cue a clause of their own, not an apposition. */
const FINITE_AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'has', 'have', 'had', 'will', 'would', 'did', 'does']);

/** Party labels that open an apposition after a name ("…, Democrat of California, said"). */
const PARTY_LABELS = new Set(['democrat', 'republican', 'independent', 'libertarian']);

/** Participles that open an apposition about being questioned ("Park, asked about …, said"). */
const PASSIVE_OPENERS = new Set(['asked', 'pressed', 'questioned', 'interviewed', 'reached', 'contacted']);

/** Prepositions that attach a place to the name before them ("the chamber in China"). */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from']);

const isDayAdverb = (w: string): boolean => w === 'yesterday' || w === 'today';

/** Tokens of a day that ends at `i` ("on Monday": 2, "yesterday": 1), else 0. */
export function dayEndingAt(t: readonly Token[], i: number): number {
  if (wordAt(t, i - 1) === 'on' && NOT_SUBJECT_AFTER_VERB.has(wordAt(t, i))) return 2;
  return isDayAdverb(wordAt(t, i)) ? 1 : 0;
}

/** Tokens of a day that starts at `i`, the same way. */
export function dayStartingAt(t: readonly Token[], i: number): number {
  if (wordAt(t, i) === 'on' && NOT_SUBJECT_AFTER_VERB.has(wordAt(t, i + 1))) return 2;
  return isDayAdverb(wordAt(t, i)) ? 1 : 0;
}

export function isNameWord(tok: Token | undefined): boolean {
  return !!tok && tok.word && (isCapitalized(tok.text) || isParticlePrefixedName(tok.text));
}

// Double marks only, as in quotes/marks.ts: headlines quote in single marks and capitalize every word.
const NICKNAME_OPENERS = '"“';
const NICKNAME_CLOSERS = '"”';

/**
 * 'Earvin "Magic" Johnson': a nickname in quote marks between two words of a name, one to three
 * capitalized words with the marks touching them. `open` is the opening mark; returns the index of
 * the closing one, or -1.
 */
export function nicknameAt(t: readonly Token[], open: number): number {
  if (!isPunct(t, open, NICKNAME_OPENERS) || !isNameWord(t[open - 1]) || t[open + 1]?.start !== t[open]!.end) return -1;
  let k = open + 1;
  while (k < open + 4 && isNameWord(t[k])) k++;
  if (k === open + 1 || !isPunct(t, k, NICKNAME_CLOSERS) || t[k]!.start !== t[k - 1]!.end) return -1;
  return isNameWord(t[k + 1]) && t[k + 1]!.start > t[k]!.end ? k : -1;
}

/** The opening mark of a nickname whose closing mark is at `close`, or -1. */
function nicknameEndingAt(t: readonly Token[], close: number): number {
  for (let open = close - 2; open >= close - 4 && open >= 0; open--) {
    if (nicknameAt(t, open) === close) return open;
  }
  return -1;
}

const isParticle = (tok: Token | undefined): boolean => !!tok && tok.word && tok.text !== 'of' && NAME_PARTICLES.has(lowerCase(tok.text));

/** A run of name words ending at index `last` (inclusive), walking back; returns the first index. */
export function nameRunBack(t: readonly Token[], last: number): number {
  let i = last;
  while (i - 1 >= 0) {
    const prev = t[i - 1]!;
    if (isNameWord(prev)) i--;
    else if (prev.word && NAME_PARTICLES.has(lowerCase(prev.text)) && isNameWord(t[i - 2])) i--;
    else if (isParticle(prev) && isParticle(t[i - 2]) && isNameWord(t[i - 3])) i -= 2;
    else if (!prev.word && prev.text === '-' && isParticle(t[i - 2]) && prev.start === t[i - 2]!.end && isNameWord(t[i - 3])) i -= 2;
    else if (!prev.word && prev.text === '-' && isNameWord(t[i - 2]) && prev.start === t[i - 2]!.end) i--;
    else if (!prev.word && nicknameEndingAt(t, i - 1) >= 0) i = nicknameEndingAt(t, i - 1);
    else break;
  }
  // "But Torres said": a capitalized sentence opener is not part of the name.
  while (i < last && SENTENCE_OPENERS.has(lowerCase(t[i]!.text))) i++;
  return i;
}

/** A run of name words starting at `first`, walking forward; returns the last index (inclusive). */
export function nameRunForward(t: readonly Token[], first: number): number {
  let i = first;
  while (i + 1 < t.length) {
    const next = t[i + 1]!;
    if (isNameWord(next)) i++;
    else if (next.word && NAME_PARTICLES.has(lowerCase(next.text)) && next.text !== 'of' && isNameWord(t[i + 2])) i++;
    // "Ursula von der Leyen", "Ana de la Cruz": two particles in a row.
    else if (isParticle(next) && isParticle(t[i + 2]) && isNameWord(t[i + 3])) i += 2;
    // "Abdul Rahman al-Hamad": a particle joined by a hyphen.
    else if (isParticle(next) && t[i + 2]?.text === '-' && t[i + 2]!.start === next.end && isNameWord(t[i + 3]) && t[i + 3]!.start === t[i + 2]!.end) i += 3;
    else if (nicknameAt(t, i + 1) >= 0) i = nicknameAt(t, i + 1) + 1;
    else break;
  }
  return i;
}

export const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'whose']);

/** What writes rather than speaks, and is quoted so: "as a Homeland Security memo put it". */
const WRITTEN_SOURCES = new Set(['memo', 'letter', 'document', 'filing', 'complaint', 'lawsuit', 'email', 'tweet', 'post', 'brief', 'audit', 'assessment', 'review', 'analysis', 'editorial', 'ruling', 'order', 'notice', 'press']);

/** "a resident", "one resident", "another official": somebody the text does not name. */
const INDEFINITES = new Set(['a', 'an', 'one', 'another']);

export function nominalBack(t: readonly Token[], headIndex: number): Subject | null {
  const head = wordAt(t, headIndex);
  let i = headIndex;
  // Up to four modifiers back to a determiner: "the HRW report", "the company's chief spokeswoman".
  for (let k = 0; k < 4 && i - 1 >= 0 && t[i - 1]!.word; k++) {
    const w = lowerCase(t[i - 1]!.text);
    i--;
    if (DETERMINERS.has(w) || INDEFINITES.has(w)) break;
  }
  const first = t[i]!;
  const det = lowerCase(first.text);
  // "said an inquiry would be held": an indefinite noun phrase speaks only when its noun can.
  if (ANONYMOUS_HEADS.has(head) || (INDEFINITES.has(det) && (PERSON_NOUNS.has(head) || ORG_NOUNS.has(head) || WRITTEN_SOURCES.has(head) || isRoleNoun(head)))) {
    return { start: t[i]!.start, end: t[headIndex]!.end, kind: 'anonymous', head };
  }
  // "his campaign called …", "their union said": somebody's organization, which no entity names.
  if (POSSESSIVE_DETERMINERS.has(det) && ORG_NOUNS.has(head) && !PERSON_NOUNS.has(head)) {
    return { start: first.start, end: t[headIndex]!.end, kind: 'anonymous', head };
  }
  if ((ORG_NOUNS.has(head) || PERSON_NOUNS.has(head)) && (DETERMINERS.has(det) || isCapitalized(first.text))) {
    return { start: first.start, end: t[headIndex]!.end, kind: 'nominal', head };
  }
  return null;
}

/** Prepositions that attach a complement to a noun: "a spokesman for the alliance", "an official at the agency". */
const COMPLEMENT_PREPOSITIONS = new Set(['for', 'of', 'with', 'at', 'from']);
/** Where someone works: "Ana Diaz of the Gazette", "Ruth Mbeki at the London School". */
export const AFFILIATION_WORDS: ReadonlySet<string> = new Set(['of', 'at', 'from', 'with']);

/**
 * '"…," a spokesman for the Ratepayers Alliance said': a noun phrase from `from` up to the verb at
 * `v`, its head a person noun with a complement. The subject is somebody the text does not name, as
 * in 'said a spokesman for the alliance': not the name inside the complement (whom the person
 * speaks for or works with), and not "the spokeswoman" of the last speaker, whom it does not describe.
 */
export function nounPhraseWithComplement(t: readonly Token[], from: number, v: number): Subject | null {
  const det = wordAt(t, from);
  if (!DETERMINERS.has(det) && !INDEFINITES.has(det)) return null;
  for (let h = from + 1; h <= from + 4 && h + 1 < v; h++) {
    if (!t[h]!.word) return null;
    if (!COMPLEMENT_PREPOSITIONS.has(wordAt(t, h + 1))) continue;
    const head = wordAt(t, h);
    if (!PERSON_NOUNS.has(head) && !ANONYMOUS_HEADS.has(head)) return null;
    // The complement: a few words ("the Ratepayers Alliance", "the state's health department"), no clause.
    if (v - (h + 2) > 8) return null;
    for (let k = h + 2; k < v; k++) {
      if (!t[k]!.word && t[k]!.text !== '.' && t[k]!.text !== "'" && t[k]!.text !== '’') return null;
      if (isCueVerb(t, k) || FINITE_AUXILIARIES.has(wordAt(t, k))) return null;
    }
    return { start: t[from]!.start, end: t[v - 1]!.end, kind: 'anonymous', head };
  }
  return null;
}

const AGE_DIGITS = /^\d{1,3}$/u;
/** Open a relative clause inside an apposition: "a teacher who has lived here". */
const RELATIVE_PRONOUNS = new Set(['who', 'whose', 'which', 'whom']);

/**
 * The noun phrase ending at `end`, over one prepositional phrase: "A senior official at the finance
 * ministry" is a senior official, somebody the text does not name, not the ministry.
 */
function nounPhraseWithPlace(t: readonly Token[], end: number): Subject | null {
  const phrase = nominalBack(t, end);
  const at = phrase ? t.findIndex((x) => x.start === phrase.start) : -1;
  if (!phrase || at < 2 || !COMPLEMENT_PREPOSITIONS.has(wordAt(t, at - 1))) return phrase;
  const head = nominalBack(t, at - 2);
  return head ? { start: head.start, end: phrase.end, kind: head.kind === 'nominal' ? 'nominal' : 'anonymous', head: head.head } : phrase;
}

/** The subject standing before the verb at `v`, over adverbs, auxiliaries and an apposition. */
const DASHES = '-—–―';

/**
 * "Dr. Ana Ruiz -- a surgeon who worked there for a decade -- told me": the name before an aside set
 * off by dashes (one dash character, or two hyphens as wire copy types it). `close` is the last
 * dash before the verb. Not when the aside holds a verb of its own: then it is a clause.
 */
function nameBeforeDashedAside(t: readonly Token[], close: number): Subject | null {
  let k = close;
  while (k > 0 && isPunct(t, k - 1, DASHES)) k--;
  const floor = k - 30;
  k--;
  let verb = false;
  while (k > floor && k >= 0 && !isPunct(t, k, DASHES)) {
    if (isPunct(t, k, '.;:"“”')) return null;
    if (isCueVerb(t, k) || FINITE_AUXILIARIES.has(wordAt(t, k))) verb = true;
    k--;
  }
  if (k <= floor || k < 0) return null;
  // "-- which is also streamed on Hulu --": a relative clause describes what stands before it.
  if (verb && !RELATIVE_PRONOUNS.has(wordAt(t, k + 1))) return null;
  while (k > 0 && isPunct(t, k - 1, DASHES)) k--;
  if (!isNameWord(t[k - 1])) return null;
  const first = nameRunBack(t, k - 1);
  if (SENTENCE_OPENERS.has(wordAt(t, first))) return null;
  return personBeforeAppositionOf(t, first) ?? { start: t[first]!.start, end: t[k - 1]!.end, kind: 'name', head: '' };
}

/**
 * "John Dickey, the chief executive of Ora Media": the person before an apposition that ends in
 * the organization's name starting at `first`.
 */
function personBeforeAppositionOf(t: readonly Token[], first: number): Subject | null {
  let k = first - 1;
  if (wordAt(t, k) === 'the') k--;
  if (!COMPLEMENT_PREPOSITIONS.has(wordAt(t, k))) return null;
  k--;
  const lowest = k - 5;
  while (k > lowest && t[k]?.word && startsLower(t[k]!.text) && !DETERMINERS.has(wordAt(t, k))) k--;
  if (DETERMINERS.has(wordAt(t, k))) k--;
  if (!isPunct(t, k, ',') || !isNameWord(t[k - 1])) return null;
  const start = nameRunBack(t, k - 1);
  return { start: t[start]!.start, end: t[k - 1]!.end, kind: 'name', head: '' };
}

export function subjectBefore(t: readonly Token[], v: number): Subject | null {
  let i = v - 1;
  while (i >= 0 && t[i]!.word && BETWEEN_SUBJECT_AND_VERB.has(lowerCase(t[i]!.text))) i--;
  // "Tom Ashby on Monday vowed", "Ashby yesterday said": a day between subject and verb.
  i -= dayEndingAt(t, i);
  // "Jason Chaffetz (R-Utah) said": skip a short parenthesis, also when a comma follows it
  // ("Del. Marcia Price (D-Newport News), shouted").
  if (isPunct(t, i, ',') && isPunct(t, i - 1, ')')) i--;
  if (isPunct(t, i, ')')) {
    let k = i - 1;
    while (k >= 0 && k > i - 8 && !isPunct(t, k, '(')) k--;
    if (isPunct(t, k, '(')) i = k - 1;
  }
  if (i < 0) return null;
  const tok = t[i]!;
  if (!tok.word && DASHES.includes(tok.text)) return nameBeforeDashedAside(t, i);
  if (!tok.word) {
    // "Shih Chien Yu, senior journalism lecturer at Chu Hai College, said": the name before the apposition.
    if (tok.text !== ',') return null;
    // "New Zealand's trade minister, Aroha Whaanga, said": the name is the apposition itself.
    if (isNameWord(t[i - 1])) {
      const first = nameRunBack(t, i - 1);
      // "Dianne Feinstein, Democrat of California, said": a party label describes the name before it.
      if (isPunct(t, first - 1, ',') && PARTY_LABELS.has(wordAt(t, first)) && isNameWord(t[first - 2])) {
        return { start: t[nameRunBack(t, first - 2)]!.start, end: t[first - 2]!.end, kind: 'name', head: '' };
      }
      // Not when a name stands before that comma too and no given name opens this one: "the
      // University of California, Los Angeles," is one name; "the WTO, Pierre Lemaire," two.
      const compound = isNameWord(t[first - 2]) && !isFirstName(t[first]!.text);
      if (isPunct(t, first - 1, ',') && !SENTENCE_OPENERS.has(wordAt(t, first)) && !compound) {
        return { start: t[first]!.start, end: t[i - 1]!.end, kind: 'name', head: '' };
      }
    }
    let k = i - 1;
    let verb = false;
    // A comma inside a name that ends the apposition ("University of California, Los Angeles,").
    const namesOnlyAfter = (c: number): boolean => isNameWord(t[c - 1]) && t.slice(c + 1, i).every((x) => isNameWord(x));
    while (k >= 0 && k > i - 30 && (!isPunct(t, k, ',.;:"“”') || (isPunct(t, k, ',') && namesOnlyAfter(k)))) {
      // "Lobsang Gyatso, 29, was taken from …, said the source": a clause, not an apposition.
      // "Park, asked about the pension fund, said": a passive participle opening the apposition is no cue.
      const opensApposition = isPunct(t, k - 1, ',') && PASSIVE_OPENERS.has(wordAt(t, k));
      if ((isCueVerb(t, k) && !opensApposition) || FINITE_AUXILIARIES.has(wordAt(t, k))) verb = true;
      // "Irene Falk, 61, a retired teacher who has lived by the docks, said": the verb is the relative clause's.
      // "A senior official, who asked not to be named, said": so is a clause right after the comma.
      if (RELATIVE_PRONOUNS.has(wordAt(t, k)) && k > 0 && (t[k - 1]!.word || isPunct(t, k - 1, ','))) verb = false;
      k--;
    }
    if (verb) return null;
    // "Zhang Wei, 45, a shopkeeper in Mong Kok, said": an age between the name and the apposition.
    if (isPunct(t, k, ',') && AGE_DIGITS.test(t[k - 1]?.text ?? '') && isPunct(t, k - 2, ',')) k -= 2;
    // "The company, which employs 8,000 people, said": a noun phrase before a relative clause.
    if (isPunct(t, k, ',') && t[k - 1]?.word && !isNameWord(t[k - 1]) && RELATIVE_PRONOUNS.has(wordAt(t, k + 1))) return nounPhraseWithPlace(t, k - 1);
    if (!isPunct(t, k, ',') || !isNameWord(t[k - 1])) return null;
    let first = nameRunBack(t, k - 1);
    // "Dr. Ruth Mbeki of the London School of Hygiene and Tropical Medicine, who …, called": the
    // person before where she works, over a name joined by "and" or "of".
    while (['and', 'of', '&'].includes(wordAt(t, first - 1) || t[first - 1]?.text || '') && isNameWord(t[first - 2])) first = nameRunBack(t, first - 2);
    let b = first - 1;
    if (wordAt(t, b) === 'the') b--;
    if (AFFILIATION_WORDS.has(wordAt(t, b)) && isNameWord(t[b - 1])) {
      return { start: t[nameRunBack(t, b - 1)]!.start, end: t[b - 1]!.end, kind: 'name', head: '' };
    }
    return { start: t[first]!.start, end: t[k - 1]!.end, kind: 'name', head: '' };
  }
  const lower = lowerCase(tok.text);
  if (PRONOUNS.has(lower)) return { start: tok.start, end: tok.end, kind: 'pronoun', head: lower };
  // "Tom Whitfield, who called the plan …": the name before the relative clause.
  if (lower === 'who' && isPunct(t, i - 1, ',') && isNameWord(t[i - 2])) {
    const first = nameRunBack(t, i - 2);
    return { start: t[first]!.start, end: t[i - 2]!.end, kind: 'name', head: '' };
  }
  if (isNameWord(tok)) {
    const first = nameRunBack(t, i);
    // "the Republican said": a party label after an article is a noun, naming whoever the text so described.
    if (first === i && PARTY_LABELS.has(lower) && wordAt(t, i - 1) === 'the') {
      return { start: t[i - 1]!.start, end: tok.end, kind: 'nominal', head: lower };
    }
    // "The European Union Chamber of Commerce in China said": the place qualifies the name before it;
    // "Ana Diaz at the Marlow Gazette described", "Ana Diaz of the Gazette said": where she works.
    const the = wordAt(t, first - 1) === 'the' ? 1 : 0;
    const preposition = wordAt(t, first - 1 - the);
    const before = first - 2 - the;
    if ((PLACE_PREPOSITIONS.has(preposition) || (the === 1 && preposition === 'of')) && isNameWord(t[before]) && !SENTENCE_OPENERS.has(wordAt(t, nameRunBack(t, before)))) {
      return { start: t[nameRunBack(t, before)]!.start, end: t[before]!.end, kind: 'name', head: '' };
    }
    // "A spokesman for Dutton later said", "an aide to Ruiz said", "Lawyers for the actor Oliver
    // Grant said": somebody who speaks for the name, whom the text does not name.
    const complement = complementBefore(t, first);
    if (complement) {
      const noun = wordAt(t, complement.noun);
      const person = PERSON_NOUNS.has(noun) || ANONYMOUS_HEADS.has(noun) || (noun.endsWith('s') && PERSON_NOUNS.has(noun.slice(0, -1)));
      const phrase = person ? nominalBack(t, complement.noun) : null;
      if (phrase) return { start: phrase.start, end: tok.end, kind: 'anonymous', head: noun };
      // "A friend who studies with him at Aberdeen University said": a name after a preposition is
      // no subject of a finite verb; of a participle it is ("footage of Hillary Clinton asking").
      if (!wordAt(t, v).endsWith('ing')) return null;
    }
    const firstWord = lowerCase(t[first]!.text);
    // "WHO said": an acronym, not the pronoun it spells.
    const acronym = isAcronymWord(t[first]!.text);
    if (!acronym && (SENTENCE_OPENERS.has(firstWord) || DETERMINERS.has(firstWord) && first === i)) return null;
    // "Parents said", "Campaigners said": a capitalized common noun opening the sentence names nobody.
    if (first === i && (ANONYMOUS_HEADS.has(lower) || isPluralRole(lower))) return { start: tok.start, end: tok.end, kind: 'anonymous', head: lower };
    return { start: t[first]!.start, end: tok.end, kind: 'name', head: '' };
  }
  return nominalBack(t, i);
}

/** Words that join or relate phrases rather than describe a person ("said Smith at Harvard", "Smith and Jones"). */
const FUNCTION_WORDS = new Set([
  'of', 'for', 'at', 'in', 'on', 'to', 'from', 'with', 'by', 'about', 'after', 'before', 'as', 'and', 'or', 'but',
  'that', 'who', 'which', 'when', 'while', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'was', 'is', 'has', 'had',
]);

function hasFunctionWord(t: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (FUNCTION_WORDS.has(wordAt(t, k))) return true;
  return false;
}

/**
 * The preposition before the name starting at `first`, over a role ("for the actor Oliver Grant"),
 * and the index of the word before it, or null when the name follows no preposition.
 */
function complementBefore(t: readonly Token[], first: number): { noun: number } | null {
  let k = first - 1;
  const lowest = k - 3;
  while (k > lowest && t[k]?.word && startsLower(t[k]!.text) && !FUNCTION_WORDS.has(wordAt(t, k)) && !COMPLEMENT_PREPOSITIONS.has(wordAt(t, k))) k--;
  if (DETERMINERS.has(wordAt(t, k))) k--;
  const preposition = wordAt(t, k);
  return COMPLEMENT_PREPOSITIONS.has(preposition) || preposition === 'to' ? { noun: k - 1 } : null;
}

/** "campaigners", "economists", "nurses": the plural of a role noun. */
const isPluralRole = (word: string): boolean => word.length > 3 && word.endsWith('s') && isRoleNoun(word.slice(0, -1));

/** The subject standing after an inverted verb at `v` ('said Mark Ellison', 'said the group'). */
export function subjectAfter(t: readonly Token[], v: number): Subject | null {
  const i = v + 1;
  const tok = t[i];
  if (!tok || !tok.word) return null;
  const lower = lowerCase(tok.text);
  if (PRONOUNS.has(lower) && lower !== 'it') return { start: tok.start, end: tok.end, kind: 'pronoun', head: lower };
  if (isNameWord(tok) && !NOT_SUBJECT_AFTER_VERB.has(lower)) {
    const last = nameRunForward(t, i);
    // "said CRI director Helena Voss": the organization qualifies the role; the person speaks.
    let k = last + 1;
    while (k < last + 4 && t[k]?.word && startsLower(t[k]!.text) && !PERSON_NOUNS.has(wordAt(t, k))) k++;
    if (PERSON_NOUNS.has(wordAt(t, k)) && isNameWord(t[k + 1])) {
      return { start: t[k + 1]!.start, end: t[nameRunForward(t, k + 1)]!.end, kind: 'name', head: '' };
    }
    // "said Rovers vice-captain Dean Moss": whatever the role noun, lower-case words that are no
    // preposition or conjunction between a name and a full name make the first one the qualifier.
    if (k > last + 1 && isNameWord(t[k]) && nameRunForward(t, k) > k && !hasFunctionWord(t, last + 1, k)) {
      return { start: t[k]!.start, end: t[nameRunForward(t, k)]!.end, kind: 'name', head: '' };
    }
    return { start: tok.start, end: t[last]!.end, kind: 'name', head: '' };
  }
  // "said the Rev. Peter Wherry", "said 9/11 widow Terry Strada", "said former Gov. Tom Smith".
  for (let k = lower === 'the' ? i + 1 : i; k < i + 5 && k < t.length && (t[k]!.word || t[k]!.text === '/'); k++) {
    if (isNameWord(t[k]) && !NOT_SUBJECT_AFTER_VERB.has(wordAt(t, k))) {
      if (k === i) break;
      const last = nameRunForward(t, k);
      // "said the Democrat": a party label after an article is a noun; "the Independent candidate,
      // Lena Okafor" is a noun phrase, read below.
      if (last === k && k === i + 1 && PARTY_LABELS.has(wordAt(t, k))) {
        if (!t[k + 1]?.word) return { start: tok.start, end: t[k]!.end, kind: 'nominal', head: wordAt(t, k) };
        break;
      }
      return { start: t[k]!.start, end: t[last]!.end, kind: 'name', head: '' };
    }
    if (DETERMINERS.has(wordAt(t, k)) && k > i) break;
    // "said a spokeswoman for Dutton": the name after a preposition is whom she speaks for.
    if (COMPLEMENT_PREPOSITIONS.has(wordAt(t, k)) || wordAt(t, k) === 'to') break;
  }
  if (DETERMINERS.has(lower) || INDEFINITES.has(lower)) {
    // "said the group", "said a spokesman for the ministry": head = last word of the short noun phrase.
    let k = i;
    while (k + 1 < t.length && k < i + 4 && t[k + 1]!.word && !['for', 'of', 'at', 'in', 'on', 'to', 'who', 'that'].includes(wordAt(t, k + 1))) k++;
    if (k === i) return null;
    // "says its chief executive, Tomas Reyne", "said a police officer, Sgt. Ray Holt": the name in
    // apposition is the speaker.
    if (isPunct(t, k + 1, ',') && isNameWord(t[k + 2]) && !NOT_SUBJECT_AFTER_VERB.has(wordAt(t, k + 2))) {
      return { start: t[k + 2]!.start, end: t[nameRunForward(t, k + 2)]!.end, kind: 'name', head: '' };
    }
    // The phrase must start right after the verb: in "said the arrest fit a pattern" the noun phrase
    // found back from "pattern" is "a pattern", which is no subject of "said".
    const phrase = nominalBack(t, k);
    if (!phrase || phrase.start !== tok.start) return null;
    // "said a spokesman for the Harbor Council": the phrase takes in whom the person speaks for.
    let n = k + 2;
    if (COMPLEMENT_PREPOSITIONS.has(wordAt(t, k + 1)) && (wordAt(t, n) !== 'the' || isNameWord(t[++n])) && isNameWord(t[n])) {
      return { start: phrase.start, end: t[nameRunForward(t, n)]!.end, kind: 'anonymous', head: phrase.head };
    }
    return phrase;
  }
  return null;
}

const STATE_NOUN_MODIFIERS = new Set(['same', 'home', 'whole', 'entire', 'neighbouring', 'neighboring', 'swing', 'member', 'nation', 'police', 'islamic', 'welfare', 'sovereign']);

/** A cue verb at `v`; a capitalized "States" or "Report" inside a sentence is part of a name instead. */
export function isCueVerb(t: readonly Token[], v: number): boolean {
  const sentenceInitial = v === 0 || isPunct(t, v - 1, '.!?');
  if (!CUE_VERBS.has(wordAt(t, v)) || (!sentenceInitial && isCapitalized(t[v]!.text))) return false;
  // "state Del. Marcia Price", "state officials said": the adjective; the verb takes "that" or nothing.
  // "from the same state, said": the noun.
  if (wordAt(t, v) !== 'state') return true;
  if (DETERMINERS.has(wordAt(t, v - 1)) || STATE_NOUN_MODIFIERS.has(wordAt(t, v - 1))) return false;
  return !(t[v + 1]?.word && wordAt(t, v + 1) !== 'that');
}
