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
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['’.\-](?=[\p{L}\p{N}]))*/uy;
const TITLE_DOT = /^(?:mr|mrs|ms|dr|prof|sen|rep|gov|gen|col|lt|sgt|capt|adm|maj|rev|fr|st|jr|sr|sens|reps|hon|pres|supt|cmdr|messrs|atty|amb|insp|det|cpl|pvt|del|no|vs|inc|corp|ltd|co|jan|feb|mar|apr|aug|sept|sep|oct|nov|dec)$/iu;

export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  let i = start;
  while (i < end) {
    const ch = text[i]!;
    if (/\s/u.test(ch)) {
      i++;
      continue;
    }
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (m && m.index === i && i + m[0].length <= end) {
      let e = i + m[0].length;
      const w = m[0];
      if (text[e] === '.' && e < end && (/^(?:\p{L}\.)*\p{L}$/u.test(w) || TITLE_DOT.test(w))) e++;
      out.push({ text: text.slice(i, e), start: i, end: e, word: true });
      i = e;
      continue;
    }
    out.push({ text: ch, start: i, end: i + 1, word: false });
    i++;
  }
  return out;
}

export const isCapitalized = (w: string): boolean => /^\p{Lu}/u.test(w);
