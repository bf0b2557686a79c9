import type { Tok } from './tokens.js';
import { lowerCase } from '../chars.js';

/**
 * Gender from the pronouns that follow a person: in a sentence that names one person only, a
 * "he"/"she" after the name, or in the next two sentences when they name no one else, votes for
 * that person. A person gets a gender only when all votes agree.
 */
const PRONOUN_GENDER: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ['he', 'male'], ['him', 'male'], ['his', 'male'], ['himself', 'male'],
  ['she', 'female'], ['her', 'female'], ['hers', 'female'], ['herself', 'female'],
]);
const LOOKAHEAD_SENTENCES = 2;
const MAX_PRONOUN_LENGTH = 7;

function firstPronoun(tokens: readonly Tok[], after: number): 'male' | 'female' | null {
  for (const t of tokens) {
    // No pronoun is longer than "herself", and lower-casing never shortens a word: skip the copy.
    if (t.start < after || t.kind !== 'word' || t.text.length > MAX_PRONOUN_LENGTH) continue;
    const g = PRONOUN_GENDER.get(lowerCase(t.text));
    if (g) return g;
  }
  return null;
}

/**
 * `sentences` are the body sentences' tokens; `people[s]` the person indices named in sentence s,
 * each with the end of its last name there. Returns the gender each person's pronouns agree on.
 */
export function pronounGenders(
  sentences: readonly (readonly Tok[])[],
  people: ReadonlyMap<number, ReadonlyMap<number, number>>,
  count: number,
): ('male' | 'female' | null)[] {
  const votes = Array.from({ length: count }, () => new Set<'male' | 'female'>());
  for (const [s, named] of people) {
    if (named.size !== 1) continue;
    const [[person, end]] = [...named] as [[number, number]];
    let vote = firstPronoun(sentences[s]!, end);
    for (let k = 1; vote === null && k <= LOOKAHEAD_SENTENCES && s + k < sentences.length; k++) {
      if (people.has(s + k)) break;
      vote = firstPronoun(sentences[s + k]!, 0);
    }
    if (vote) votes[person]!.add(vote);
  }
  return votes.map((v) => (v.size === 1 ? [...v][0]! : null));
}
