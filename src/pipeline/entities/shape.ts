import { NAME_PARTICLES } from './lexicon/words.js';
import { codePointLength, isLowerCodePointAt, isUpperAt, isUpperCodePointAt, lowerCase, startsUpper } from '../chars.js';

/** Word shapes that decide whether a token can be part of a name. */

const ARABIC_PREFIX = /^(?:al|el|ad|ar|as|ash|at|az|an|ud|ul|ibn|bin|abu|abd|[dlo])[-'’]\p{Lu}/u;

/** "Richardson", "Lok-to" (after a capital), "al-Baghdadi", "d'Estaing", "U.S.", "W.". */
export const isCapitalized = (w: string): boolean => startsUpper(w) || ARABIC_PREFIX.test(w);

/** "HRW", "U.N.", "AFL-CIO": two or more letters, no lower-case letter. Read by code point. */
export function isAllCaps(w: string): boolean {
  let letters = 0;
  for (let k = 0; k < w.length; k += codePointLength(w, k)) {
    if (isLowerCodePointAt(w, k)) return false;
    if (isUpperCodePointAt(w, k)) letters++;
  }
  return letters >= 2;
}

const INITIAL = /^\p{Lu}\.$/u;

/** "W." in "George W. Bush". */
export function isInitial(w: string): boolean {
  // Most words fail on length or the dot; a capital outside the BMP (length 3) goes to the regex.
  if (w.length === 2) return w.charCodeAt(1) === 46 && isUpperAt(w, 0);
  return w.length === 3 && INITIAL.test(w);
}

const DOTTED_LETTERS = /^(?:\p{Lu}\.){2,6}$/u;

/** "U.S.", "J.K.": single capitals each followed by a dot. */
export const isDottedLetters = (w: string): boolean => DOTTED_LETTERS.test(w);

const PARTY_PREFIX = /^[RDI]-/u;
const ACRONYM_CHARS = /^\p{Lu}[\p{Lu}\d&/-]*$/u;

/** An acronym: "HRW", "U.N.", "NAACP"; not a party-state tag like "R-Tex" or "D-N.Y.". */
export function isAcronym(w: string): boolean {
  if (isDottedLetters(w)) return true;
  if (PARTY_PREFIX.test(w)) return false;
  return isAllCaps(w) && w.length <= 8 && ACRONYM_CHARS.test(w);
}

const SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV)$/u;

/** Generational suffixes, part of a name but never a surname on their own. */
export const isSuffix = (w: string): boolean => SUFFIX.test(w);

export const isParticle = (w: string): boolean => NAME_PARTICLES().has(w);

/** The word without a closing dot, lower-cased: the key for word lists. */
export function wordKey(w: string): string {
  const key = lowerCase(w);
  return key.endsWith('.') ? key.slice(0, -1) : key;
}
