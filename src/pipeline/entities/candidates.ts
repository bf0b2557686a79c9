import type { Tok } from './tokens.js';
import { isAllCaps, isCapitalized, isInitial, isParticle } from './shape.js';
import { KNOWN_ORGANIZATIONS, ORG_HEADS, ORG_OPENERS } from './lexicon/organizations.js';
import { PLACES } from './lexicon/places.js';
import { FUNCTION_WORDS, NON_ENTITY_HEADS } from './lexicon/words.js';
import { lowerCase } from '../chars.js';

/** A run of capitalized tokens in one sentence: a name before it is typed. */
export interface Run {
  /** The sentence's tokens, shared by its runs. */
  tokens: readonly Tok[];
  /** First token of the run, and the index after its last. */
  from: number;
  to: number;
  /** The first token stands where any word is capitalized: sentence start, after an opening quote or colon. */
  initial: boolean;
}

/** Marks after which any word is capitalized; straight quotes count only when they open (no space after). */
const OPENING_MARKS = new Set(['“', '‘', '«', '„', '(', '[', ':', '—', '–', '―', '-', '…']);
const STRAIGHT_QUOTES = new Set(['"', "'"]);

function opens(tokens: readonly Tok[], i: number): boolean {
  const t = tokens[i]!;
  if (OPENING_MARKS.has(t.text)) return true;
  if (!STRAIGHT_QUOTES.has(t.text)) return false;
  // Wire style doubles the mark (''Did Trump …''): look at the space before the first of them.
  let j = i;
  while (j > 0 && STRAIGHT_QUOTES.has(tokens[j - 1]!.text) && tokens[j - 1]!.end === tokens[j]!.start) j--;
  const prev = tokens[j - 1];
  const next = tokens[i + 1];
  return (prev === undefined || prev.end < tokens[j]!.start) && next !== undefined && next.start === t.end;
}

/** Index of the first word of the sentence (tokens.length when it has none). */
function firstWordIndex(tokens: readonly Tok[]): number {
  let first = 0;
  while (first < tokens.length && tokens[first]!.kind !== 'word') first++;
  return first;
}

/**
 * Whether word `i` stands where any word is capitalized: the sentence's first word (`first`) or a
 * word right after an opening mark. Asked per run rather than collected into a set per sentence.
 */
const isInitialAt = (tokens: readonly Tok[], i: number, first: number): boolean => i === first || (i > 0 && opens(tokens, i - 1));

const NO_TOKENS: ReadonlySet<number> = new Set();

/** Words in a stretch of three or more upper-case words ("THEY LOSE, WE WIN"): shouting, not acronyms. */
function shoutingTokens(tokens: readonly Tok[]): ReadonlySet<number> {
  // Most sentences shout nowhere: the set is made only for one that does.
  let out: Set<number> | null = null;
  // One stretch array, emptied in place: this runs over every word of the body.
  const stretch: number[] = [];
  for (let i = 0; i <= tokens.length; i++) {
    const t = tokens[i];
    if (t !== undefined && t.kind !== 'word') continue;
    if (t !== undefined && isAllCaps(t.text) && !t.text.includes('.')) {
      stretch.push(i);
      continue;
    }
    // A lower-case word or the end of the sentence closes the stretch.
    if (stretch.length >= 3) {
      out ??= new Set();
      for (const k of stretch) out.add(k);
    }
    stretch.length = 0;
  }
  return out ?? NO_TOKENS;
}

/** "(D-Newport News)", "(R-Tex)": a party and home state after a lawmaker's name. */
const PARTY_TAG = /^[RDI]-\p{Lu}/u;

/**
 * The longest run read as a name, in tokens. The longest real names are far shorter ("The Church of
 * Jesus Christ of Latter-day Saints" is 8); a longer run is a Title Case line or garbage, never one
 * name, and the shaping rules look at pairs of a run's words, so an unbounded run would cost time
 * quadratic in its length.
 */
export const MAX_RUN_TOKENS = 24;

function isNameAt(tokens: readonly Tok[], k: number, shouting: ReadonlySet<number>): boolean {
  const t = tokens[k];
  if (t === undefined || t.kind !== 'word' || shouting.has(k) || PARTY_TAG.test(t.text)) return false;
  return isCapitalized(t.text) || isInitial(t.text);
}

/** Runs before merging: capitalized words, initials, inner particles ("bin", "de los") and "&". A run longer than MAX_RUN_TOKENS is no candidate. */
function rawRuns(tokens: readonly Tok[]): Run[] {
  const first = firstWordIndex(tokens);
  const shouting = shoutingTokens(tokens);
  const isName = (k: number): boolean => isNameAt(tokens, k, shouting);
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isName(i)) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      if (isName(j)) {
        j++;
        continue;
      }
      let k = j;
      while (k < tokens.length && k - j < 3 && tokens[k]!.kind === 'word' && isParticle(tokens[k]!.text)) k++;
      if (k > j && isName(k)) {
        j = k + 1;
        continue;
      }
      if (tokens[j]?.text === '&' && isName(j + 1)) {
        j += 2;
        continue;
      }
      break;
    }
    if (j - i <= MAX_RUN_TOKENS) runs.push({ tokens, from: i, to: j, initial: isInitialAt(tokens, i, first) });
    i = j;
  }
  return runs;
}

/** The run's words, without a leading article ("The Food" + "and" + "Drug Administration"). */
function runWords(r: Run): string[] {
  const words = r.tokens.slice(r.from, r.to).map((t) => t.text);
  return ['The', 'A', 'An'].includes(words[0]!) ? words.slice(1) : words;
}
const runText = (r: Run): string => runWords(r).join(' ');
const lastWord = (r: Run): string => r.tokens[r.to - 1]!.text;

/** Endings of common nouns and adjectives ("Securities", "Central"), not of names. */
const COMMON_WORD_SHAPE = /\p{Ll}(?:ities|ies|al|ic|ion|ment|ence|ance|ure|ary|ory)$/u;

/** Connectors that may join two runs into one name: "University of Michigan", "Bank of the West". */
const OF_CONNECTORS = [['of'], ['for'], ['on'], ['to'], ['of', 'the'], ['for', 'the'], ['on', 'the']];
/** "to" joins only after these: "Committee to Protect Journalists", "Alliance to Reclaim Our Schools". */
const TO_OPENERS = new Set(['Committee', 'Campaign', 'Alliance', 'Coalition', 'Movement', 'Council']);

function connectorBetween(a: Run, b: Run): string[] | null {
  const length = b.from - a.to;
  if (length <= 0 || length > 2) return null;
  for (let k = a.to; k < b.from; k++) if (a.tokens[k]!.kind !== 'word') return null;
  return length === 1 ? [a.tokens[a.to]!.text] : [a.tokens[a.to]!.text, a.tokens[a.to + 1]!.text];
}

/** Whether `gap` is one of OF_CONNECTORS (a loop: this runs for every pair of neighbouring runs). */
function isOfConnector(gap: readonly string[]): boolean {
  for (const c of OF_CONNECTORS) {
    if (c.length === gap.length && c[0] === gap[0] && (c.length === 1 || c[1] === gap[1])) return true;
  }
  return false;
}

/** Nouns for a body that the text then names: "a group called Parents for Choice". */
const BODY_NOUNS = new Set([
  'group', 'organization', 'organisation', 'coalition', 'charity', 'company', 'firm', 'movement', 'campaign', 'nonprofit',
  'union', 'party', 'network', 'association', 'foundation', 'alliance', 'committee', 'tank', 'agency', 'startup', 'club',
  'outfit', 'collective', 'caucus',
]);

/** The run is a body's name that the text gives: "a group called …", "a charity named …", "an alliance known as …". */
export function isCalledName(r: Run): boolean {
  let k = r.from - 1;
  const word = lowerCase(r.tokens[k]?.text ?? '');
  if (word === 'called' || word === 'named') k -= 1;
  else if (word === 'as' && lowerCase(r.tokens[k - 1]?.text ?? '') === 'known') k -= 2;
  else return false;
  return BODY_NOUNS.has(lowerCase(r.tokens[k]?.text ?? ''));
}

/**
 * Whether runs `a` and `b`, separated by `gap`, are one name. Across "of"/"for" only when `a`
 * ends with a word that opens names ("Ministry of …", "Secretary of State …") or `a` was itself
 * joined that way; across "and" only inside such a name ("Department of Health and Human Services")
 * and for gazetteer places ("Bosnia and Herzegovina").
 */
function joins(a: Run, b: Run, gap: readonly string[], aWasJoined: boolean): boolean {
  // "Hofstra University on Monday": a calendar or function word does not continue a name.
  if (FUNCTION_WORDS().has(lowerCase(b.tokens[b.from]!.text))) return false;
  if (isOfConnector(gap)) {
    if (gap[0] === 'to' && !TO_OPENERS.has(lastWord(a))) return false;
    // "Justice Against Sponsors of Terrorism Act": a law's name runs on to its head word.
    if (NON_ENTITY_HEADS().has(lastWord(b))) return true;
    return ORG_OPENERS().has(lastWord(a)) || (aWasJoined && ORG_HEADS().has(lastWord(b))) || (gap[0] !== 'to' && isCalledName(a));
  }
  if (gap.length === 1 && gap[0] === 'and') {
    const joined = `${runText(a)} and ${runText(b)}`;
    if (PLACES().has(joined) || KNOWN_ORGANIZATIONS().has(joined)) return true;
    // "Department of Health and Human Services", "Securities and Exchange Commission"; but
    // "Slate and Drudge Report" are two names: a lone word before "and" must read as a common word.
    if (ORG_HEADS().has(lastWord(a)) || !ORG_HEADS().has(lastWord(b))) return false;
    const words = runWords(a);
    const opensSentence = a.initial && words.length === a.to - a.from;
    return aWasJoined || (words.length === 1 && !opensSentence && COMMON_WORD_SHAPE.test(words[0]!));
  }
  return false;
}

/** Name candidates of one sentence, in order. */
export function findRuns(tokens: readonly Tok[]): Run[] {
  const out: Run[] = [];
  let joined = false;
  for (const run of rawRuns(tokens)) {
    const prev = out[out.length - 1];
    const gap = prev ? connectorBetween(prev, run) : null;
    // A join never makes a run longer than a name can be (and so never quadratic in a long chain).
    if (prev && gap && run.to - prev.from <= MAX_RUN_TOKENS && joins(prev, run, gap, joined)) {
      out[out.length - 1] = { ...prev, to: run.to };
      joined = true;
      continue;
    }
    out.push(run);
    joined = false;
  }
  return out;
}
