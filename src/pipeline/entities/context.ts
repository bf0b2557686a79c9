import type { Tok } from './tokens.js';
import { BETWEEN_SUBJECT_AND_VERB, CUE_VERBS, ORG_NOUNS, invertible, weakCue } from '../quotes/lexicon.js';
import { FUNCTION_WORDS, ROLE_NOUNS } from './lexicon/words.js';
import { wordKey } from './shape.js';
import { lowerCase, startsLower, startsUpper } from '../chars.js';

/** What stands around a name in its sentence: speech verbs, role nouns, appositions. */

const lower = (t: Tok | undefined): string => (t && t.kind === 'word' ? lowerCase(t.text) : '');

/**
 * Cue verbs too common after ordinary nouns to tell that what stands before them is a name
 * ("Evidence suggests", "The report states", "Polls predicted").
 */
const NOT_TELLING = new Set([
  'suggests', 'suggested', 'states', 'notes', 'claims', 'comments', 'remarks', 'counters', 'continues', 'continued',
  'maintains', 'reports', 'reported', 'promises', 'promised', 'pledges', 'pledged', 'vows', 'predicts', 'predicted',
  'confirmed', 'confirms', 'denied', 'denies', 'agreed', 'agrees', 'mentioned', 'posted', 'observes', 'concludes',
  'concluded', 'stresses', 'shows', 'showed', 'reads', 'sings', 'sang', 'describes', 'described', 'state',
]);

/** A speech verb that, after a capitalized word, tells that the word is a name ("said", "told"). */
export const isSpeechVerb = (t: Tok | undefined): boolean => {
  const w = lower(t);
  // "Michelle saying …", "Keeps saying …": a participle has no subject before it.
  return w !== '' && CUE_VERBS.has(w) && !weakCue(w) && !NOT_TELLING.has(w) && !w.endsWith('ing');
};

/** "Torres said", "Torres also said", "Torres has long argued". `i` is the index after the name. */
export function speechVerbAfter(tokens: readonly Tok[], i: number): boolean {
  let k = i;
  if (tokens[k]?.kind === 'poss') return false;
  while (k < i + 2 && BETWEEN_SUBJECT_AND_VERB.has(lower(tokens[k]))) k++;
  return isSpeechVerb(tokens[k]);
}

/** What may follow an inverted subject: '"…," said Mark Ellison.' / ', the county treasurer' / '(D-N.Y.)'. */
const AFTER_INVERTED_SUBJECT = new Set([',', '.', ';', ':', '(', '—', '–', '"', '”', '?', '!']);

/**
 * '"…," said Mark Ellison': an invertible speech verb right before the name (at `i`, ending at
 * `end`), and nothing but punctuation after it: "said Obamacare is failing" is not inverted.
 */
export function speechVerbBefore(tokens: readonly Tok[], i: number, end: number): boolean {
  const t = tokens[i - 1];
  if (t === undefined || t.kind !== 'word' || !invertible(t.text) || weakCue(t.text)) return false;
  const next = tokens[end];
  return next === undefined || AFTER_INVERTED_SUBJECT.has(next.text);
}

/** "told RFA", "according to HRW": the name at `i` is the one spoken to or cited. */
export function addresseeOrSource(tokens: readonly Tok[], i: number): boolean {
  const prev = lower(tokens[i - 1]);
  if (prev === 'told' || prev === 'tells' || prev === 'telling') return true;
  return prev === 'to' && lower(tokens[i - 2]) === 'according';
}

/** A role noun ("activist", "spokesman", "treasurer") or a party noun ("Democrat"). */
export function isRoleNoun(word: string): boolean {
  const key = wordKey(word);
  if (ROLE_NOUNS().has(key)) return true;
  return key === 'democrat' || key === 'republican' || key === 'libertarian';
}

/** Lower-case verb-like words ("interviewed reporter Jane Doe", "running mate"). */
const VERB_ENDING = /(?:ed|ing)$/u;

const OPENS_WITH_DIGIT = /^\d/u;

/**
 * The role phrase right before a name: it ends with a role noun and reaches left over modifiers,
 * capitalized names and possessives ("U.S.-based Chinese democracy activist", "HRW China director",
 * "Clinton campaign spokesman"). `i` is the index of the name's first token (or of its title).
 */
export function roleBefore(tokens: readonly Tok[], i: number): { from: number; to: number } | null {
  const head = tokens[i - 1];
  if (!head || head.kind !== 'word' || !startsLower(head.text) || !isRoleNoun(head.text)) return null;
  let from = i - 1;
  const MAX_ROLE_TOKENS = 8;
  while (from > 0 && i - from < MAX_ROLE_TOKENS) {
    const t = tokens[from - 1]!;
    const afterHyphen = tokens[from - 2]?.text === '-' || t.text === '-';
    if (t.kind === 'poss' || t.text === '-') {
      from--;
      continue;
    }
    if (t.kind !== 'word') break;
    const w = lowerCase(t.text);
    // "New" (a function word for "New Year") opens "New Zealand's trade minister".
    const opensName = t.text === 'New' && startsUpper(tokens[from]!.text);
    if ((FUNCTION_WORDS().has(w) && !opensName) || CUE_VERBS.has(w) || OPENS_WITH_DIGIT.test(w)) break;
    // A verb-like word cuts the phrase mid-compound ("his running mate presidential nominee"): no role.
    if (startsLower(t.text) && VERB_ENDING.test(w) && !afterHyphen) return null;
    from--;
  }
  // A hyphen or possessive cannot open the phrase.
  while (from < i - 1 && (tokens[from]!.kind !== 'word')) from++;
  return { from, to: i };
}

/**
 * "New Zealand's trade minister, Aroha Whaanga, said": the role phrase before a name set off by
 * commas on both sides. Both commas are needed: "the minister, Whaanga said" could be a list.
 */
export function roleBeforeApposition(tokens: readonly Tok[], i: number, nameTo: number): { from: number; to: number } | null {
  if (tokens[i - 1]?.text !== ',' || tokens[nameTo]?.text !== ',') return null;
  return roleBefore(tokens, i - 1);
}

/** Words that open a clause, not an apposition ("Stein, who …"); inside one they end it. */
const CLAUSE_WORDS = new Set(['who', 'whose', 'whom', 'which', 'that', 'where', 'when', 'because', 'although', 'while', 'if']);
const CLAUSE_OPENERS = new Set([...CLAUSE_WORDS, 'and', 'but', 'or', 'as']);
const PREPOSITIONS = new Set(['of', 'for', 'at', 'in', 'with', 'on', 'to', 'from', 'by']);
const PARTS_OF_BODIES = new Set(['division', 'unit', 'arm', 'branch', 'subsidiary', 'wing', 'affiliate', 'chapter']);
const NOUN_PHRASE_OPENERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'my', 'one', 'another', 'former', 'then']);
const APPOSITION_END = new Set([',', ';', ')', '(', '"', '“', '”', '—', '–', ':', '?', '!', '.']);
const APPOSITION_CLOSERS = new Set([',', '.', ';', ')', '—', '–', '"', '”']);
const MAX_APPOSITION_TOKENS = 18;

const ALL_DIGITS = /^\d+$/u;

/**
 * The apposition after a name: ", senior journalism lecturer at Hong Kong's Chu Hai College," or
 * ", the county treasurer." Its head — a role noun — stands before any preposition ("a collective
 * of social justice groups" has none); it opens with no clause word or verb, holds no verb of
 * speech, and a relative clause inside ends it ("a historian who attended" → "a historian").
 * `i` is the index after the name (a party tag "(D-N.Y.)" may stand between).
 */
export function appositionAfter(tokens: readonly Tok[], i: number, roleNeeded = true): { from: number; to: number } | null {
  let k = i;
  if (tokens[k]?.text === '(' && tokens[k + 2]?.text === ')') k += 3;
  if (tokens[k]?.text !== ',') return null;
  const from = k + 1;
  const first = tokens[from];
  if (!first || first.kind !== 'word') return null;
  const opener = lowerCase(first.text);
  if (CLAUSE_OPENERS.has(opener) || ALL_DIGITS.test(opener) || (startsLower(first.text) && VERB_ENDING.test(opener))) return null;
  let to = from;
  let hasRole = false;
  let beforePreposition = true;
  let clauseCut = false;
  let bodyNoun = false;
  while (to < tokens.length && to - from < MAX_APPOSITION_TOKENS) {
    const t = tokens[to]!;
    if (APPOSITION_END.has(t.text)) break;
    if (t.kind === 'word') {
      const w = lowerCase(t.text);
      if (CUE_VERBS.has(w)) return null;
      if (CLAUSE_WORDS.has(w)) {
        clauseCut = true;
        break;
      }
      if (PREPOSITIONS.has(w)) beforePreposition = false;
      if (beforePreposition && isRoleNoun(t.text)) hasRole = true;
      if (beforePreposition && (ORG_NOUNS.has(w) || PARTS_OF_BODIES.has(w))) bodyNoun = true;
    }
    to++;
  }
  // Without a known role noun, a noun phrase still makes an apposition before a speech verb ("a shopkeeper"),
  // unless it names a body: ", a division of Immigration and Customs Enforcement," follows an organization.
  if (!hasRole && (roleNeeded || bodyNoun || !NOUN_PHRASE_OPENERS.has(opener))) return null;
  if (to - from >= MAX_APPOSITION_TOKENS) return null;
  while (to > from && ['and', 'or', 'but'].includes(lowerCase(tokens[to - 1]!.text))) to--;
  const end = tokens[to];
  return clauseCut || end === undefined || APPOSITION_CLOSERS.has(end.text) ? { from, to } : null;
}

/** "Torres, the county treasurer, said": a speech verb after the name's apposition. */
export function speechVerbAfterApposition(tokens: readonly Tok[], i: number): boolean {
  const app = appositionAfter(tokens, i, false);
  if (app !== null) return tokens[app.to]?.text === ',' && speechVerbAfter(tokens, app.to + 1);
  // "Amara Osei, who studies rural transport, said": a relative clause set off by commas.
  if (tokens[i]?.text !== ',' || !RELATIVE_OPENERS.has(lowerCase(tokens[i + 1]?.text ?? ''))) return false;
  for (let k = i + 2; k < i + 2 + MAX_APPOSITION_TOKENS && k < tokens.length; k++) {
    const text = tokens[k]!.text;
    if (text === ',') return speechVerbAfter(tokens, k + 1);
    if (APPOSITION_END.has(text)) return false;
  }
  return false;
}

const RELATIVE_OPENERS = new Set(['who', 'whose']);
