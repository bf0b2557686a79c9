import type { Doc } from '../document.js';
import type { Organization, Person, Place, Span } from '../../types.js';
import type { Found } from './find.js';
import { nameText, surfaceOf, type Mention } from './mention.js';
import { groupPeople, knownGender, significantWords, type PersonGroup } from './people.js';
import { companyFirstWords, groupOrganizations } from './organizations.js';
import { rolesAt } from './roles.js';
import { isSuffix } from './shape.js';
import { pronounGenders } from './gender.js';
import { lowerCase } from '../chars.js';
import { isFirstName, SURNAMES } from './lexicon/firstNames.js';

/**
 * From typed mentions to the entities of the result. Order matters: people first (a lone word a
 * full name explains is that person even where the gazetteer knows it: "Jordan said"), then
 * unknown full names that a person's lone word shares, then organizations and places.
 */

const byStart = (a: Span, b: Span): number => a.start - b.start || a.end - b.end;
const spanOf = (m: Mention): Span => ({ start: m.start, end: m.end });

function distinct(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/**
 * The fullest way the text writes the person's name: most words, earliest first, without a
 * generational suffix ("Joseph R. Biden" for "Joseph R. Biden Jr.", which stays an alias), since
 * a later "Mr. Biden" names the same man.
 */
function fullName(text: string, g: PersonGroup): string {
  let best = g.mentions[0]!;
  for (const m of g.mentions) if (m.words.length > best.words.length) best = m;
  const words = best.view.words;
  const last = words[words.length - 1]!;
  if (words.length > 2 && isSuffix(last.text)) return nameText(text.slice(best.start, words[words.length - 2]!.end));
  return surfaceOf(text, best);
}

/** Role nouns that say a gender: "Keller's mother, Ruth,", "the council's spokeswoman". */
const FEMALE_ROLE_NOUNS = new Set([
  'mother', 'wife', 'daughter', 'sister', 'grandmother', 'granddaughter', 'aunt', 'niece', 'widow', 'girlfriend',
  'fiancée', 'stepmother', 'stepdaughter', 'spokeswoman', 'chairwoman', 'congresswoman', 'businesswoman', 'councilwoman',
  'sportswoman', 'queen', 'princess', 'duchess', 'actress', 'mum', 'mom',
]);
const MALE_ROLE_NOUNS = new Set([
  'father', 'husband', 'son', 'brother', 'grandfather', 'grandson', 'uncle', 'nephew', 'widower', 'boyfriend',
  'fiancé', 'stepfather', 'stepson', 'spokesman', 'chairman', 'congressman', 'businessman', 'councilman',
  'sportsman', 'king', 'prince', 'duke', 'dad',
]);

const ROLE_PREPOSITIONS = new Set(['of', 'for', 'at', 'in', 'with', 'to', 'from', 'on']);

/** A role's head noun: its last word before any preposition ("mother" of "Keller's mother", "mother of two"). */
function roleHead(role: string): string {
  const words = lowerCase(role).split(/[\s,]+/u).filter((w) => w !== '');
  const cut = words.findIndex((w) => ROLE_PREPOSITIONS.has(w));
  return (cut < 0 ? words : words.slice(0, cut)).pop() ?? '';
}

/** The gender the head nouns of all gendered roles agree on, or null. */
function roleGender(roles: readonly string[]): 'male' | 'female' | null {
  let gender: 'male' | 'female' | null = null;
  for (const role of roles) {
    const head = roleHead(role);
    const g = FEMALE_ROLE_NOUNS.has(head) ? 'female' : MALE_ROLE_NOUNS.has(head) ? 'male' : null;
    if (g === null) continue;
    if (gender !== null && gender !== g) return null;
    gender = g;
  }
  return gender;
}

/** Honorifics and given names first, then what the roles say, then pronouns, which can be another person's. */
function genderOf(g: PersonGroup, roles: readonly string[], pronoun: 'male' | 'female' | null): 'male' | 'female' | null {
  return knownGender(g) ?? roleGender(roles) ?? pronoun;
}

function isAuthor(doc: Doc, name: string): boolean {
  const key = lowerCase(name);
  return doc.authors.some((a) => lowerCase(a.text) === key);
}

function buildPeople(doc: Doc, found: Found, groups: PersonGroup[]): Person[] {
  const kept = groups.filter((g) => !isAuthor(doc, fullName(doc.text, g)));
  const named = new Map<number, Map<number, number>>();
  kept.forEach((g, i) => {
    for (const m of g.mentions) {
      const inSentence = named.get(m.sentence) ?? new Map<number, number>();
      inSentence.set(i, Math.max(inSentence.get(i) ?? 0, m.end));
      named.set(m.sentence, inSentence);
    }
  });
  const pronouns = pronounGenders(found.sentences, named, kept.length);
  return kept.map((g, i) => {
    const name = fullName(doc.text, g);
    const roles = distinct(g.mentions.flatMap((m) => rolesAt(doc.text, m)));
    return {
      name,
      aliases: distinct(g.mentions.map((m) => surfaceOf(doc.text, m)).filter((s) => s !== name)),
      roles,
      gender: genderOf(g, roles, pronouns[i] ?? null),
      mentions: g.mentions.map(spanOf).sort(byStart),
    };
  });
}

/** "Bryan Pagliano" with no other sign is a person when "Pagliano said" stands elsewhere. */
function promoteUnknownFullNames(mentions: readonly Mention[]): void {
  const spoken = new Set(mentions.filter((m) => m.kind === 'person' && m.words.length === 1).map((m) => m.words[0]!));
  for (const m of mentions) {
    if (m.kind !== 'unknown' || m.view.shaped.weak) continue;
    const words = significantWords(m.words);
    if (words.length >= 2 && words.length <= 4 && spoken.has(words[words.length - 1]!)) {
      m.kind = 'person';
      m.rule = 'family name spoken alone';
    }
  }
}

/**
 * "Halvorsen said", after "Halvorsen Foods": a lone word that opens a company's name, named before
 * it, is that company, unless a person of the text has that name.
 */
function companyShortNames(mentions: readonly Mention[]): Set<Mention> {
  const companies = companyFirstWords(mentions.filter((m) => m.kind === 'organization'));
  const shortNames = new Set<Mention>();
  if (companies.size === 0) return shortNames;
  const personWords = new Set(mentions.filter((m) => m.kind === 'person' && m.words.length >= 2).flatMap((m) => significantWords(m.words)));
  for (const m of mentions) {
    if (m.words.length !== 1 || (m.kind !== 'person' && m.kind !== 'unknown') || m.honorific) continue;
    const word = m.words[0]!;
    if ((companies.get(word) ?? Infinity) < m.start && !personWords.has(word)) shortNames.add(m);
  }
  return shortNames;
}

/**
 * "Modest Darren" after "Darren Pike": an epithet before the given name of someone named in full is
 * that person, by the given name alone (the mention shrinks to "Darren", so offsets stay true).
 */
function dropEpithets(doc: Doc, mentions: readonly Mention[]): void {
  const givenNames = new Set(mentions.filter((m) => m.kind === 'person' && m.words.length >= 2).map((m) => m.words[0]!));
  for (const m of mentions) {
    if (m.kind !== 'person' || m.words.length !== 2 || m.honorific) continue;
    const [epithet, given] = m.words as [string, string];
    if (!givenNames.has(given) || isFirstName(epithet) || SURNAMES().has(epithet) || !doc.text.slice(m.start, m.end).endsWith(given)) continue;
    if (mentions.some((o) => o !== m && o.words.length >= 2 && o.words[o.words.length - 1] === given)) continue;
    m.start = m.end - given.length;
    m.words = [given];
  }
}

/** A name typed an organization once ("Brightwave said its …") is one wherever a person reading was only a guess. */
function oneKindPerName(mentions: readonly Mention[]): void {
  const organizations = new Set(mentions.filter((m) => m.kind === 'organization').map((m) => m.words.join(' ')));
  if (organizations.size === 0) return;
  for (const m of mentions) {
    if (m.kind === 'person' && !m.honorific && m.rule === 'speech verb' && organizations.has(m.words.join(' '))) m.kind = 'organization';
  }
}

export function assemble(doc: Doc, found: Found): { people: Person[]; organizations: Organization[]; places: Place[] } {
  const { mentions: all } = found;
  promoteUnknownFullNames(all);
  oneKindPerName(all);
  dropEpithets(doc, all);
  const shortNames = companyShortNames(all);
  const mentions = shortNames.size === 0 ? all : all.filter((m) => !shortNames.has(m));
  const isFull = (m: Mention): boolean => significantWords(m.words).length >= 2;
  const persons = mentions.filter((m) => m.kind === 'person');
  const loose = mentions.filter((m) => m.words.length === 1 && (m.kind === 'place' || m.kind === 'unknown'));
  const { groups, taken } = groupPeople(doc.text, persons.filter(isFull), persons.filter((m) => !isFull(m)), loose);

  const rest = mentions.filter((m) => !taken.has(m));
  const orgGroups = groupOrganizations(
    rest.filter((m) => m.kind === 'organization'),
    rest.filter((m) => m.kind === 'acronym'),
    rest.filter((m) => m.kind === 'unknown' && m.words.length === 1),
    [...shortNames],
  );
  const organizations: Organization[] = orgGroups.map((g) => {
    const name = surfaceOf(doc.text, g.mentions.find((m) => m.words.length >= 2) ?? g.mentions[0]!);
    return {
      name,
      aliases: distinct(g.mentions.map((m) => surfaceOf(doc.text, m)).filter((s) => s !== name)),
      mentions: g.mentions.map(spanOf).sort(byStart),
    };
  });

  const placeGroups = new Map<string, Mention[]>();
  for (const m of rest) {
    if (m.kind !== 'place') continue;
    const key = m.words.join(' ');
    const group = placeGroups.get(key);
    if (group) group.push(m);
    else placeGroups.set(key, [m]);
  }
  const places: Place[] = [...placeGroups.values()].map((ms) => ({
    name: surfaceOf(doc.text, ms[0]!),
    mentions: ms.map(spanOf).sort(byStart),
  }));

  const first = (e: { mentions: Span[] }): number => e.mentions[0]?.start ?? 0;
  const order = <T extends { mentions: Span[] }>(xs: T[]): T[] => xs.filter((x) => x.mentions.length > 0).sort((a, b) => first(a) - first(b));
  return { people: order(buildPeople(doc, found, groups)), organizations: order(organizations), places: order(places) };
}
