import { isSpaceAt, startsUpper } from './chars.js';

/** A word or punctuation token with its offsets in the document text. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** True for words (letters or digits), false for punctuation. */
  word: boolean;
}

/**
 * Words keep inner apostrophes, hyphens and dots ("don't", "Lok-to", "U.S."), and a trailing dot
 * only when it makes an abbreviation of single letters ("U.S.") or a title ("Dr.") — the caller
 * decides which; here a dot directly after a word of one letter, or after a dotted word, stays on it.
 */
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['’.\-](?=[\p{L}\p{N}])|(?<=\d),(?=\d{3}(?!\d)))*/uy;
const TITLE_DOT = /^(?:mr|mrs|ms|dr|prof|sen|rep|gov|gen|col|lt|sgt|capt|adm|maj|rev|fr|st|jr|sr|sens|reps|hon|pres|supt|cmdr|messrs|atty|amb|insp|det|cpl|pvt|del|no|vs|inc|corp|ltd|co|jan|feb|mar|apr|aug|sept|sep|oct|nov|dec)$/iu;
const DOTTED_LETTERS = /^(?:\p{L}\.)*\p{L}$/u;

/** End of the word that WORD matches at i (sticky), or -1. `test` and `lastIndex` build no match object. */
function wordEndAt(text: string, i: number): number {
  WORD.lastIndex = i;
  const c = text.charCodeAt(i);
  if (c >= 0xdc00 && c <= 0xdfff) {
    // In the middle of a surrogate pair a `u` regex may start its match at the pair: only a match at i counts.
    const m = WORD.exec(text);
    return m && m.index === i ? i + m[0].length : -1;
  }
  return WORD.test(text) ? WORD.lastIndex : -1;
}

export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  let i = start;
  while (i < end) {
    if (isSpaceAt(text, i)) {
      i++;
      continue;
    }
    let e = wordEndAt(text, i);
    if (e >= 0 && e <= end) {
      let w = text.slice(i, e);
      if (text.charCodeAt(e) === 46 /* . */ && e < end && (DOTTED_LETTERS.test(w) || TITLE_DOT.test(w))) {
        e++;
        w = text.slice(i, e);
      }
      out.push({ text: w, start: i, end: e, word: true });
      i = e;
      continue;
    }
    out.push({ text: text[i]!, start: i, end: i + 1, word: false });
    i++;
  }
  return out;
}

export const isCapitalized = startsUpper;

const PARTICLE_PREFIXED = /^(?:al|el|ad|as|ash|bin|ibn|abu|ben|d|l)[-'’]\p{Lu}/u;

const ALL_CAPITALS = /^\p{Lu}{2,}$/u;

/** "WHO", "IT": capitals throughout make an acronym, whatever word the letters spell. */
export const isAcronymWord = (word: string): boolean => ALL_CAPITALS.test(word);

/** "al-Hamad", "el-Sisi", "d'Alembert": a family name that opens with a lower-case particle. */
export const isParticlePrefixedName = (word: string): boolean => PARTICLE_PREFIXED.test(word);
