import type { Mention } from './mention.js';
import { FEMALE_NAMES, MALE_NAMES, isFirstName } from './lexicon/firstNames.js';
import { isInitial, isSuffix } from './shape.js';
import { rolesAt } from './roles.js';

/**
 * Grouping person mentions into people. Full names first ("Donald J. Trump" and "Donald Trump" are
 * one person); then lone words join the person whose family name they are ("Richardson", and
 * "Shih" for "Shih Chien Yu", whose family name comes first); lone words no full name explains
 * stay people of their own ("Trump said", "President Obama").
 */
export interface PersonGroup {
  mentions: Mention[];
  /** The words of the fullest name, without initials and suffixes. */
  words: string[];
  /** Kept as mentions join, so that choosing among people stays cheap: */
  /** mentions that say who is meant (a full name or an honorific), */
  identifying: number;
  /** whether any mention gives a role, the titles it was named with, the mention starts in order. */
  described: boolean;
  titles: Set<string>;
  starts: number[];
}

/** Familiar forms of given names that news mixes with the full form. */
const FAMILIAR: Record<string, string> = {
  bill: 'william', will: 'william', bob: 'robert', rob: 'robert', joe: 'joseph', mike: 'michael', jim: 'james',
  jimmy: 'james', tom: 'thomas', dick: 'richard', rick: 'richard', ted: 'edward', chris: 'christopher',
  dan: 'daniel', dave: 'david', steve: 'stephen', tony: 'anthony', pat: 'patrick', nick: 'nicholas',
  liz: 'elizabeth', beth: 'elizabeth', kate: 'katherine', kathy: 'kathleen', sam: 'samuel', ben: 'benjamin',
  andy: 'andrew', matt: 'matthew', greg: 'gregory', jeff: 'jeffrey', ken: 'kenneth', larry: 'lawrence',
  jerry: 'gerald', don: 'donald', ron: 'ronald', hank: 'henry', chuck: 'charles', charlie: 'charles',
};
const givenKey = (w: string): string => FAMILIAR[w.toLowerCase()] ?? w.toLowerCase();

/** The words that identify a person: no initials ("W."), no suffixes ("Jr."). */
export function significantWords(words: readonly string[]): string[] {
  return words.filter((w) => !isInitial(w) && !isSuffix(w) && !/^\p{Ll}/u.test(w));
}

/** The gender a person's honorifics or given name tell, before any pronoun is read. */
export function knownGender(g: PersonGroup): 'male' | 'female' | null {
  const honorific = g.mentions.map((m) => m.honorific).find((h) => h === 'male' || h === 'female');
  if (honorific) return honorific;
  const given = g.words.length >= 2 ? g.words[0]! : '';
  if (MALE_NAMES().has(given)) return 'male';
  return FEMALE_NAMES().has(given) ? 'female' : null;
}

function sameFullName(a: readonly string[], b: readonly string[]): boolean {
  if (a.length < 2 || b.length < 2) return false;
  if (a[a.length - 1] !== b[b.length - 1]) return false;
  return givenKey(a[0]!) === givenKey(b[0]!);
}

/** A lone word names this person: the family name, or the first word of a name that starts with it. */
function explains(group: PersonGroup, word: string): boolean {
  const w = group.words;
  if (w.length === 0) return false;
  if (w[w.length - 1] === word) return true;
  return w.length >= 2 && w[0] === word && !isFirstName(w[0]);
}

/** The last title word of a mention ("president" in "Former President"), if it has a title. */
function titleOf(m: Mention): string | null {
  const { shaped, tokens } = m.view;
  if (!shaped.titleIsRole || shaped.nameFrom <= shaped.titleFrom) return null;
  return tokens[shaped.nameFrom - 1]!.text.toLowerCase();
}

/** Where `at` would go in the sorted starts: the count of starts before it. */
function startsBefore(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The last mention start before `at`, or -1. */
function lastStartBefore(starts: readonly number[], at: number): number {
  const k = startsBefore(starts, at);
  return k > 0 ? starts[k - 1]! : -1;
}

function join(text: string, g: PersonGroup, m: Mention): void {
  g.mentions.push(m);
  if (m.words.length >= 2 || m.honorific) g.identifying++;
  if (!g.described && rolesAt(text, m).length > 0) g.described = true;
  const title = titleOf(m);
  if (title) g.titles.add(title);
  g.starts.splice(startsBefore(g.starts, m.start), 0, m.start);
}

function newGroup(text: string, m: Mention, words: string[]): PersonGroup {
  const g: PersonGroup = { mentions: [], words, identifying: 0, described: false, titles: new Set(), starts: [] };
  join(text, g, m);
  return g;
}

/**
 * Of several people a lone name may mean, the likeliest: one already named with the same title
 * ("President Clinton" after "President Bill Clinton"), else the one named most often in full or
 * with an honorific ("Clinton" in a story about Hillary Clinton that names her daughter once;
 * "Obama" among many "Mr. Obama" and one "Michelle Obama" — bare names already attached do not
 * count, or they would snowball), else the one the story describes with a role (Sen. Ted Cruz, not
 * his wife Heidi Cruz), else the one named last before it.
 */
function likeliest(groups: readonly PersonGroup[], m: Mention): PersonGroup {
  const title = titleOf(m);
  const titled = title === null ? [] : groups.filter((g) => g.titles.has(title));
  const pool = titled.length > 0 ? titled : groups;
  const rank = (g: PersonGroup): number[] => [g.identifying, g.described ? 1 : 0, lastStartBefore(g.starts, m.start)];
  let best = pool[0]!;
  for (const g of pool.slice(1)) {
    const [a, b] = [rank(g), rank(best)];
    const k = a.findIndex((x, i) => x !== b[i]);
    if (k >= 0 && a[k]! > b[k]!) best = g;
  }
  return best;
}

/**
 * People from the mentions typed as persons (`full`, two words or more, and `single`) and from lone
 * words of other kinds that a full name explains (`loose`: "Jordan" the congressman, not the country).
 * Lone words with an honorific go first: "Mr. Obama" and "Mrs. Obama" tell two people apart before
 * a bare "Obama" has to choose. Returns the groups and the loose mentions it took.
 */
export function groupPeople(
  text: string,
  full: readonly Mention[], single: readonly Mention[], loose: readonly Mention[]): { groups: PersonGroup[]; taken: Set<Mention> } {
  const groups: PersonGroup[] = [];
  for (const m of full) {
    const words = significantWords(m.words);
    const same = groups.find((g) => sameFullName(g.words, words));
    if (same) {
      join(text, same, m);
      if (words.length > same.words.length) same.words = words;
    } else {
      groups.push(newGroup(text, m, words));
    }
  }
  const taken = new Set<Mention>();
  const attach = (m: Mention, createIfNone: boolean): void => {
    const word = m.words[m.words.length - 1]!;
    let matches = groups.filter((g) => (g.words.length >= 2 ? explains(g, word) : g.words[0] === word));
    // "Hillary" alone: the one person whose given name it is, when no family name matches.
    if (matches.length === 0 && isFirstName(word)) {
      const given = groups.filter((g) => g.words.length >= 2 && g.words[0] === word);
      if (given.length === 1) matches = given;
    }
    if (m.honorific) matches = matches.filter((g) => knownGender(g) === null || knownGender(g) === m.honorific);
    if (matches.length > 0) {
      join(text, likeliest(matches, m), m);
      taken.add(m);
    } else if (createIfNone) {
      groups.push(newGroup(text, m, [word]));
      taken.add(m);
    }
  };
  const gendered = new Set(single.filter((m) => m.honorific === 'male' || m.honorific === 'female'));
  for (const m of gendered) attach(m, true);
  for (const m of single) if (!gendered.has(m)) attach(m, true);
  for (const m of loose) attach(m, false);
  for (const g of groups) g.mentions.sort((a, b) => a.start - b.start);
  return { groups, taken };
}
