import { NAME_PARTICLES } from './lexicon/words.js';

/** Word shapes that decide whether a token can be part of a name. */

const ARABIC_PREFIX = /^(?:al|el|ad|ar|as|ash|at|az|an|ud|ul|ibn|bin|abu|abd|[dlo])[-'’]\p{Lu}/u;

/** "Richardson", "Lok-to" (after a capital), "al-Baghdadi", "d'Estaing", "U.S.", "W.". */
export const isCapitalized = (w: string): boolean => /^\p{Lu}/u.test(w) || ARABIC_PREFIX.test(w);

/** "HRW", "U.N.", "AFL-CIO": two or more letters, no lower-case letter. */
export function isAllCaps(w: string): boolean {
  let letters = 0;
  for (const ch of w) {
    if (/\p{Ll}/u.test(ch)) return false;
    if (/\p{Lu}/u.test(ch)) letters++;
  }
  return letters >= 2;
}

/** "W." in "George W. Bush". */
export const isInitial = (w: string): boolean => /^\p{Lu}\.$/u.test(w);

/** "U.S.", "J.K.": single capitals each followed by a dot. */
export const isDottedLetters = (w: string): boolean => /^(?:\p{Lu}\.){2,6}$/u.test(w);

/** An acronym: "HRW", "U.N.", "NAACP"; not a party-state tag like "R-Tex" or "D-N.Y.". */
export function isAcronym(w: string): boolean {
  if (isDottedLetters(w)) return true;
  if (/^[RDI]-/u.test(w)) return false;
  return isAllCaps(w) && w.length <= 8 && /^\p{Lu}[\p{Lu}\d&/-]*$/u.test(w);
}

/** Generational suffixes, part of a name but never a surname on their own. */
export const isSuffix = (w: string): boolean => /^(?:Jr\.?|Sr\.?|II|III|IV)$/u.test(w);

export const isParticle = (w: string): boolean => NAME_PARTICLES().has(w);

/** The word without a closing dot, lower-cased: the key for word lists. */
export const wordKey = (w: string): string => w.toLowerCase().replace(/\.$/u, '');
