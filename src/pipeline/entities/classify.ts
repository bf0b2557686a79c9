import type { Shaped } from './normalize.js';
import type { Tok } from './tokens.js';
import { isCalledName } from './candidates.js';
import {
  appositionAfter, isRoleNoun, roleBefore, roleBeforeApposition, speechVerbAfter, speechVerbAfterApposition,
  speechVerbBefore,
} from './context.js';
import { ANONYMOUS_HEADS, ORG_NOUNS } from '../quotes/lexicon.js';
import { KNOWN_ORGANIZATIONS, ORG_HEADS, ORG_OPENERS } from './lexicon/organizations.js';
import { PLACE_HEADS, PLACE_NOUNS, PLACE_OPENERS, PLACES } from './lexicon/places.js';
import { SURNAMES, isFirstName } from './lexicon/firstNames.js';
import { MODIFIERS, NON_ENTITY_HEADS } from './lexicon/words.js';
import { isAcronym, isAllCaps, isDottedLetters, isInitial, wordKey } from './shape.js';
import { lowerCase, startsLower, startsUpper } from '../chars.js';
import { textOf } from './tokens.js';

/** What a name is, as far as its own words and its sentence tell. */
export type Kind = 'person' | 'organization' | 'place' | 'acronym' | 'unknown' | 'none';

/** A shaped name with the facts every typing rule reads. */
export interface NameView {
  shaped: Shaped;
  tokens: readonly Tok[];
  words: readonly Tok[];
  /** The name's words joined by spaces, and the same with its title and modifiers. */
  key: string;
  wholeKey: string;
}

export function view(shaped: Shaped): NameView {
  const { tokens } = shaped.run;
  const words = tokens.slice(shaped.nameFrom, shaped.nameTo);
  const key = textOf(tokens, shaped.nameFrom, shaped.nameTo);
  const wholeKey = shaped.titleFrom === shaped.nameFrom ? key : textOf(tokens, shaped.titleFrom, shaped.nameTo);
  return { shaped, tokens, words, key, wholeKey };
}

const last = (v: NameView): string => v.words[v.words.length - 1]!.text;
const isTitled = (v: NameView): boolean => v.shaped.honorific !== undefined || v.shaped.titleIsRole;

/** A lone capitalized common noun in subject position ("Officials said", "Police said"). */
function isCommonSubject(word: string): boolean {
  const key = wordKey(word);
  const singular = key.endsWith('s') ? key.slice(0, -1) : key;
  return ANONYMOUS_HEADS.has(key) || ORG_NOUNS.has(key) || ORG_NOUNS.has(singular) || isRoleNoun(singular) || isRoleNoun(key);
}

function hasRole(v: NameView): boolean {
  const { tokens, shaped } = v;
  return roleBefore(tokens, shaped.titleFrom) !== null || roleBeforeApposition(tokens, shaped.titleFrom, shaped.nameTo) !== null || appositionAfter(tokens, shaped.nameTo) !== null;
}

const SPEECH_THEN_ITS = new Set(['said', 'says', 'announced', 'reported', 'added', 'confirmed', 'stated']);

/** The name is followed by a speech verb and "its" ("Brightwave said its"). */
function speaksOfItsOwn(v: NameView): boolean {
  const { tokens, shaped } = v;
  return SPEECH_THEN_ITS.has(lowerCase(tokens[shaped.nameTo]?.text ?? '')) && lowerCase(tokens[shaped.nameTo + 1]?.text ?? '') === 'its';
}

function inSpeech(v: NameView): boolean {
  const { tokens, shaped } = v;
  return (
    speechVerbAfter(tokens, shaped.nameTo) ||
    speechVerbAfterApposition(tokens, shaped.nameTo) ||
    speechVerbBefore(tokens, shaped.titleFrom, shaped.nameTo)
  );
}

/** "Lukqun, Xinjiang" after "in", "at", "from", "near": a place named with the region it lies in. */
function isPlaceWithRegion(v: NameView): boolean {
  const { tokens, shaped } = v;
  const before = lowerCase(tokens[shaped.titleFrom - 1]?.text ?? '');
  if (!['in', 'at', 'from', 'near', 'outside'].includes(before) || tokens[shaped.nameTo]?.text !== ',') return false;
  const next = tokens[shaped.nameTo + 1];
  const next2 = tokens[shaped.nameTo + 2];
  return (next !== undefined && PLACES().has(next.text)) || (next2 !== undefined && next !== undefined && PLACES().has(`${next.text} ${next2.text}`));
}

/**
 * "according to Ifeoma Adeyemi": a cited name of plain words. Not "according to USA Today": an
 * outlet holds a place, an acronym or a known organization; and "told X" is left out, since
 * reporters tell their own outlets ("told CBS This Morning").
 */
function isCitedPerson(v: NameView): boolean {
  const { tokens, shaped } = v;
  const cited = tokens[shaped.titleFrom - 1]?.text === 'to' && lowerCase(tokens[shaped.titleFrom - 2]?.text ?? '') === 'according';
  return cited && v.words.length >= 2 && !v.words.some((w) => isAllCaps(w.text) || PLACES().has(w.text) || KNOWN_ORGANIZATIONS().has(w.text));
}

const AL_PREFIXED = /^(?:al|el)-\p{Lu}/u;

/** "Abu Bakr al-Baghdadi", "Mohammed bin Salman": a name joined by "bin"/"ibn" or ending in "al-…". */
function isArabicName(v: NameView): boolean {
  if (v.words.length < 2) return false;
  const inner = v.words.slice(1, -1).some((w) => w.text === 'bin' || w.text === 'ibn' || w.text === 'bint');
  return inner || AL_PREFIXED.test(last(v));
}

const DASHES = new Set(['—', '―', '–', '-']);
const QUOTE_ENDS = new Set(['”', '"', '’', "'", '.', '!', '?']);

/** '"Never give up." — Maya Lin': a name after a dash that follows the end of a quote. */
function signsQuote(v: NameView): boolean {
  const { tokens, shaped } = v;
  let k = shaped.titleFrom - 1;
  if (!DASHES.has(tokens[k]?.text ?? '')) return false;
  while (DASHES.has(tokens[k - 1]?.text ?? '')) k--;
  return QUOTE_ENDS.has(tokens[k - 1]?.text ?? '') && !(v.words.length === 1 && isCommonSubject(v.key));
}

/** Heads of laws and agreements: "Department of Defense Authorization Act" is no department. */
const LAW_HEADS = new Set(['Act', 'Bill', 'Law', 'Amendment', 'Treaty', 'Accord', 'Accords', 'Agreement', 'Convention', 'Protocol', 'Resolution', 'Doctrine', 'Plan', 'Program', 'Programme']);

interface Rule {
  /** Why a name got its kind; kept for tests and for reading the code in order. */
  name: string;
  kind(v: NameView): Kind | null;
}

/**
 * The typing rules, first match wins. Order: titles make people whatever follows; lists of known
 * organizations and places come before head words ("Human Rights Watch" ends in "Watch" anyway);
 * non-entity heads ("Affordable Care Act") before organization heads; shape and context last.
 */
/** Role nouns that organizations bear as well as people. */
const SHARED_ROLES = new Set(['rival', 'rivals', 'partner', 'partners', 'ally', 'allies', 'member', 'owner', 'supplier', 'client', 'customer', 'competitor', 'sponsor', 'donor', 'investor', 'publisher', 'developer', 'operator', 'contractor', 'landlord', 'tenant', 'critic', 'supporter', 'champion']);

export const RULES: readonly Rule[] = [
  { name: 'weak word', kind: (v) => (v.shaped.weak ? 'unknown' : null) },
  { name: 'title or honorific', kind: (v) => (isTitled(v) ? 'person' : null) },
  { name: 'known organization', kind: (v) => (KNOWN_ORGANIZATIONS().has(v.wholeKey) || KNOWN_ORGANIZATIONS().has(v.key) ? 'organization' : null) },
  { name: 'gazetteer', kind: (v) => (PLACES().has(v.wholeKey) || PLACES().has(v.key) ? 'place' : null) },
  {
    // "Commission on Presidential Debates" is a body, though "Debates" alone would head an event.
    name: 'body named for an event',
    kind: (v) =>
      v.words.length >= 3 && ORG_OPENERS().has(v.words[0]!.text) && startsLower(v.words[1]!.text) && !LAW_HEADS.has(last(v))
        ? 'organization'
        : null,
  },
  { name: 'event or law', kind: (v) => (NON_ENTITY_HEADS().has(last(v)) ? 'none' : null) },
  { name: 'organization head word', kind: (v) => (v.words.length >= 2 && ORG_HEADS().has(last(v)) ? 'organization' : null) },
  { name: 'an organization called so', kind: (v) => (isCalledName({ tokens: v.tokens, from: v.shaped.titleFrom, to: v.shaped.nameTo, initial: false }) ? 'organization' : null) },
  {
    name: 'name opened by "of"',
    kind: (v) => {
      // The word before a lower-case connector opens the name: "U.S. Court of Appeals", "Gulf of Mexico".
      const opener = v.words.find((w, k) => k + 1 < v.words.length && startsLower(v.words[k + 1]!.text) && startsUpper(w.text));
      if (!opener) return null;
      if (PLACE_OPENERS().has(opener.text)) return 'place';
      return ORG_OPENERS().has(opener.text) ? 'organization' : null;
    },
  },
  {
    // "Victoria Park" is a place, but "Nina Park said", "chief executive Nina Park": a given name and
    // a family name that is also a place head, speaking or holding a role, is a person (rules below).
    name: 'place head word',
    kind: (v) => {
      if (v.words.length < 2 || !PLACE_HEADS().has(last(v))) return null;
      const person = v.words.length === 2 && isFirstName(v.words[0]!.text) && (inSpeech(v) || hasRole(v));
      return person ? null : 'place';
    },
  },
  { name: 'acronym', kind: (v) => (v.words.length === 1 && isAcronym(v.key) && !isDottedLetters(v.key) ? 'acronym' : null) },
  { name: 'dotted acronym', kind: (v) => (v.words.length === 1 && isDottedLetters(v.key) ? 'acronym' : null) },
  {
    name: 'given name or initial first',
    kind: (v) => {
      const first = v.words[0]!.text;
      // "J.K. Rowling", but not "U.N. Women" or "D.C. Council": dotted letters the lists know are not initials.
      const initials = isInitial(first) || (isDottedLetters(first) && !PLACES().has(first) && !KNOWN_ORGANIZATIONS().has(first));
      // "N. Korea" is a place written short.
      const rest = v.words.slice(1).map((w) => w.text).join(' ');
      return v.words.length >= 2 && (isFirstName(first) || initials) && !PLACES().has(rest) ? 'person' : null;
    },
  },
  { name: 'Arabic name shape', kind: (v) => (isArabicName(v) ? 'person' : null) },
  { name: 'signs a quote after a dash', kind: (v) => (signsQuote(v) ? 'person' : null) },
  {
    // "Brightwave said its plants …", "Aslef said its members": what speaks of "its" own is a body.
    name: 'speaks of its own',
    kind: (v) => (v.words.length <= 2 && !isFirstName(v.words[0]!.text) && speaksOfItsOwn(v) ? 'organization' : null),
  },
  {
    name: 'speech verb',
    kind: (v) => {
      if (!inSpeech(v)) return null;
      return v.words.length === 1 && isCommonSubject(v.key) ? 'none' : 'person';
    },
  },
  {
    name: 'role noun before or apposition after',
    kind: (v) => {
      const { tokens, shaped } = v;
      // "rival Nordkapp", "partner Airbus": nouns that companies share with people say nothing of
      // a lone name; "his rival, Tom Ashby" or "rival Tom Ashby" still do.
      const before = roleBefore(tokens, shaped.titleFrom);
      if (before && v.words.length === 1 && SHARED_ROLES.has(lowerCase(tokens[before.to - 1]!.text))) return null;
      const role =
        before !== null ||
        roleBeforeApposition(tokens, shaped.titleFrom, shaped.nameTo) !== null ||
        appositionAfter(tokens, shaped.nameTo) !== null;
      return role && !(v.words.length === 1 && isCommonSubject(v.key)) ? 'person' : null;
    },
  },
  { name: 'cited with "according to"', kind: (v) => (isCitedPerson(v) ? 'person' : null) },
  { name: 'place noun after', kind: (v) => (PLACE_NOUNS().has(v.tokens[v.shaped.nameTo]?.text ?? '') ? 'place' : null) },
  { name: 'place with its region', kind: (v) => (isPlaceWithRegion(v) ? 'place' : null) },
  {
    name: 'family name',
    kind: (v) =>
      v.words.length >= 2 && v.words.length <= 3 && (SURNAMES().has(v.words[0]!.text) || SURNAMES().has(last(v))) ? 'person' : null,
  },
];

/** "Virginia Democrats": a person's name holds no plural people word ("Mark Cuban" may hold "Cuban"). */
const unlikePerson = (v: NameView): boolean => !isTitled(v) && v.words.slice(1).some((w) => w.text.endsWith('s') && MODIFIERS().has(w.text));

export function classify(v: NameView): { kind: Kind; rule: string } {
  for (const rule of RULES) {
    const kind = rule.kind(v);
    if (kind === 'person' && unlikePerson(v)) return { kind: 'unknown', rule: `${rule.name}, but a modifier inside` };
    if (kind !== null) return { kind, rule: rule.name };
  }
  return { kind: 'unknown', rule: 'none' };
}
