import { MODIFIER_TAILS } from './lexicon/words.js';

/**
 * A token for name finding. Unlike the shared tokenizer, a possessive "'s" is its own token (so
 * "Richardson's" gives the name "Richardson"), and a hyphenated modifier tail is split off
 * ("New York-based" gives "New York", "-", "based").
 */
export interface Tok {
  text: string;
  start: number;
  end: number;
  kind: 'word' | 'poss' | 'punct';
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const isWordChar = (ch: string | undefined): boolean => ch !== undefined && WORD_CHAR.test(ch);
const APOSTROPHES = new Set(["'", '’']);

/** Abbreviations that keep their dot when capitalized: titles, company forms, state abbreviations. */
const DOTTED = new Set(
  (
    'Mr Mrs Ms Mx Dr Prof Sen Sens Rep Reps Gov Gen Lt Col Sgt Capt Adm Maj Brig Rev Fr St Jr Sr Hon Atty ' +
    'Supt Insp Cmdr Det Cpl Pvt Amb Messrs Mme Inc Corp Ltd Co Bros Mt Ft ' +
    'Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev Okla ' +
    'Ore Pa Tenn Tex Va Vt Wash Wis Wyo Jan Feb Mar Apr Aug Sep Sept Oct Nov Dec'
  ).split(' '),
);

/** "U.S", "J.K", "W": single letters joined by dots take their closing dot too. */
function isLetterChain(w: string): boolean {
  for (let k = 0; k < w.length; k += 2) {
    if (!/\p{L}/u.test(w[k]!)) return false;
    if (k + 1 < w.length && w[k + 1] !== '.') return false;
  }
  return true;
}

/** End of the word that starts at `i` (exclusive), before any closing dot. */
function wordEnd(text: string, i: number, end: number): number {
  let j = i + 1;
  let segmentStart = i;
  for (;;) {
    while (j < end && isWordChar(text[j])) j++;
    const c = text[j];
    if (j + 1 >= end || !isWordChar(text[j + 1])) return j;
    if (c === '-') {
      let k = j + 1;
      while (k < end && isWordChar(text[k])) k++;
      if (MODIFIER_TAILS().has(text.slice(j + 1, k))) return j;
      j++;
    } else if (c !== undefined && APOSTROPHES.has(c)) {
      const possessive = (text[j + 1] === 's' || text[j + 1] === 'S') && !isWordChar(text[j + 2]);
      if (possessive) return j;
      j++;
    } else if (c === '.' && j - segmentStart === 1) {
      j++;
    } else {
      return j;
    }
    segmentStart = j;
  }
}

/** Tokens of `text` between `start` and `end`, in one linear pass. */
export function tokenize(text: string, start: number, end: number): Tok[] {
  const out: Tok[] = [];
  let i = start;
  while (i < end) {
    const ch = text[i]!;
    if (/\s/u.test(ch)) {
      i++;
      continue;
    }
    if (!isWordChar(ch)) {
      const possessive =
        APOSTROPHES.has(ch) && (text[i + 1] === 's' || text[i + 1] === 'S') && !isWordChar(text[i + 2]) &&
        out.length > 0 && out[out.length - 1]!.end === i && out[out.length - 1]!.kind === 'word';
      const e = possessive ? i + 2 : i + 1;
      out.push({ text: text.slice(i, e), start: i, end: e, kind: possessive ? 'poss' : 'punct' });
      i = e;
      continue;
    }
    let j = Math.min(wordEnd(text, i, end), end);
    const w = text.slice(i, j);
    if (text[j] === '.' && j < end && (isLetterChain(w) || DOTTED.has(w))) j++;
    out.push({ text: text.slice(i, j), start: i, end: j, kind: 'word' });
    i = j;
  }
  return out;
}
