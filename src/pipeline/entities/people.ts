import type { Mention } from './mention.js';
import { FEMALE_NAMES, MALE_NAMES, isFirstName } from './lexicon/firstNames.js';
import { isInitial, isSuffix } from './shape.js';
import { rolesAt } from './roles.js';
import { lowerCase, startsLower } from '../chars.js';
import { isParticlePrefixedName } from '../tokens.js';
import { countBelow } from '../spans.js';

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
const givenKey = (w: string): string => FAMILIAR[lowerCase(w)] ?? lowerCase(w);

/** The words that identify a person: no initials ("W."), no suffixes ("Jr."). */
export function significantWords(words: readonly string[]): string[] {
  return words.filter((w) => !isInitial(w) && !isSuffix(w) && (!startsLower(w) || isParticlePrefixedName(w)));
}

type Gender = 'male' | 'female';

function givenNameGender(g: PersonGroup): Gender | null {
  const given = g.words.length >= 2 ? g.words[0]! : '';
  if (MALE_NAMES().has(given)) return 'male';
  return FEMALE_NAMES().has(given) ? 'female' : null;
}

/** The gender a person's honorifics or given name tell, before any pronoun is read. */
export function knownGender(g: PersonGroup): Gender | null {
  const honorific = g.mentions.map((m) => m.honorific).find((h) => h === 'male' || h === 'female');
  return honorific ?? givenNameGender(g);
}

/**
 * `knownGender` while mentions are still joining, reading each group's new mentions only: the
 * first honorific found stays the answer, so a person named thousands of times is not re-read
 * for every lone name that might be theirs.
 */
function joiningGender(): (g: PersonGroup) => Gender | null {
  const seen = new Map<PersonGroup, { read: number; honorific: Gender | null }>();
  return (g) => {
    let s = seen.get(g);
    if (!s) {
      s = { read: 0, honorific: null };
      seen.set(g, s);
    }
    while (s.honorific === null && s.read < g.mentions.length) {
      const h = g.mentions[s.read++]!.honorific;
      if (h === 'male' || h === 'female') s.honorific = h;
    }
    return s.honorific ?? givenNameGender(g);
  };
}

/**
 * Two full names (two words or more) are one person's when the family names are equal and the
 * given names are, familiar forms aside ("Bill" and "William"): when their keys are equal.
 */
const fullNameKey = (words: readonly string[]): string => `${givenKey(words[0]!)}\u0000${words[words.length - 1]!}`;

/**
 * The people a lone word may name, looked up instead of tried one by one (a long text names
 * thousands): by family name, and by the first word of names of two words or more ("Shih" for
 * "Shih Chien Yu"). Lists keep the order in which the people were found.
 */
class PeopleByWord {
  private readonly byLast = new Map<string, PersonGroup[]>();
  private readonly byFirst = new Map<string, PersonGroup[]>();
  private readonly order = new Map<PersonGroup, number>();

  add(g: PersonGroup): void {
    this.order.set(g, this.order.size);
    const push = (index: Map<string, PersonGroup[]>, key: string): void => {
      const list = index.get(key);
      if (list) list.push(g);
      else index.set(key, [g]);
    };
    push(this.byLast, g.words[g.words.length - 1]!);
    if (g.words.length >= 2) push(this.byFirst, g.words[0]!);
  }

  /** People whose name has two words or more and starts with `word`. */
  startingWith(word: string): readonly PersonGroup[] {
    return this.byFirst.get(word) ?? [];
  }

  /**
   * People a lone word names: its family name, or the first word of a longer name unless that
   * word is a given name ("Shih" for "Shih Chien Yu", not "Hillary" for "Hillary Clinton").
   */
  explainedBy(word: string): PersonGroup[] {
    const byLast = this.byLast.get(word) ?? [];
    const byFirst = isFirstName(word) ? [] : this.startingWith(word);
    if (byFirst.length === 0) return [...byLast];
    const merged = [...new Set([...byLast, ...byFirst])];
    return merged.sort((a, b) => this.order.get(a)! - this.order.get(b)!);
  }
}

/** The last title word of a mention ("president" in "Former President"), if it has a title. */
function titleOf(m: Mention): string | null {
  const { shaped, tokens } = m.view;
  if (!shaped.titleIsRole || shaped.nameFrom <= shaped.titleFrom) return null;
  return lowerCase(tokens[shaped.nameFrom - 1]!.text);
}

/** The last mention start before `at`, or -1. */
function lastStartBefore(starts: readonly number[], at: number): number {
  const k = countBelow(starts, at);
  return k > 0 ? starts[k - 1]! : -1;
}

function join(text: string, g: PersonGroup, m: Mention): void {
  g.mentions.push(m);
  if (m.words.length >= 2 || m.honorific) g.identifying++;
  if (!g.described && rolesAt(text, m).length > 0) g.described = true;
  const title = titleOf(m);
  if (title) g.titles.add(title);
  g.starts.splice(countBelow(g.starts, m.start), 0, m.start);
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
  const byFullName = new Map<string, PersonGroup>();
  for (const m of full) {
    const words = significantWords(m.words);
    // A longer name replaces the words of its person below, but keeps the key: same family name, same given name.
    const same = words.length >= 2 ? byFullName.get(fullNameKey(words)) : undefined;
    if (same) {
      join(text, same, m);
      if (words.length > same.words.length) same.words = words;
    } else {
      const g = newGroup(text, m, words);
      groups.push(g);
      if (words.length >= 2) byFullName.set(fullNameKey(words), g);
    }
  }
  // From here on no person's words change, so the index stays true as people are added.
  const byWord = new PeopleByWord();
  for (const g of groups) byWord.add(g);
  const genderOf = joiningGender();
  const taken = new Set<Mention>();
  const attach = (m: Mention, createIfNone: boolean): void => {
    const word = m.words[m.words.length - 1]!;
    let matches = byWord.explainedBy(word);
    // "Hillary" alone: the one person whose given name it is, when no family name matches.
    if (matches.length === 0 && isFirstName(word)) {
      const given = byWord.startingWith(word);
      if (given.length === 1) matches = [...given];
    }
    if (m.honorific) matches = matches.filter((g) => genderOf(g) === null || genderOf(g) === m.honorific);
    if (matches.length > 0) {
      join(text, likeliest(matches, m), m);
      taken.add(m);
    } else if (createIfNone) {
      const g = newGroup(text, m, [word]);
      groups.push(g);
      byWord.add(g);
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
