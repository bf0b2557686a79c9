import { isLetterAt, isSpaceAt, isWordCharAt } from '../chars.js';
import { nicknameEnd } from '../nickname.js';
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

/** "'" or "’", by code: reading `text[i]` would make a string of "’" each time. */
const isApostropheAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c === 39 || c === 0x2019;
};
/** "s" or "S" at i. */
const isSAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c === 115 || c === 83;
};

/** Abbreviations that keep their dot when capitalized: titles, company forms, state abbreviations. */
const DOTTED = new Set(
  (
    'Mr Mrs Ms Mx Dr Prof Sen Sens Rep Reps Gov Gen Lt Col Sgt Capt Adm Maj Brig Rev Fr St Jr Sr Hon Atty ' +
    'Supt Insp Cmdr Det Cpl Pvt Amb Messrs Mme Inc Corp Ltd Co Bros Mt Ft ' +
    'Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev Okla ' +
    'Ore Pa Tenn Tex Va Vt Wash Wis Wyo Jan Feb Mar Apr Aug Sep Sept Oct Nov Dec'
  ).split(' '),
);

/** "U.S", "J.K", "W" in text[from, to): single letters joined by dots take their closing dot too. */
function isLetterChain(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k += 2) {
    if (!isLetterAt(text, k)) return false;
    if (k + 1 < to && text.charCodeAt(k + 1) !== 46) return false;
  }
  return true;
}

/** End of the word that starts at `i` (exclusive), before any closing dot. */
function wordEnd(text: string, i: number, end: number): number {
  let j = i + 1;
  let segmentStart = i;
  for (;;) {
    while (j < end && isWordCharAt(text, j)) j++;
    const c = text.charCodeAt(j);
    if (j + 1 >= end || !isWordCharAt(text, j + 1)) return j;
    if (c === 45 /* - */) {
      let k = j + 1;
      while (k < end && isWordCharAt(text, k)) k++;
      if (MODIFIER_TAILS().has(text.slice(j + 1, k))) return j;
      j++;
    } else if (isApostropheAt(text, j)) {
      const possessive = isSAt(text, j + 1) && !isWordCharAt(text, j + 2);
      if (possessive) return j;
      j++;
    } else if (c === 46 /* . */ && j - segmentStart === 1) {
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
    if (isSpaceAt(text, i)) {
      i++;
      continue;
    }
    if (!isWordCharAt(text, i)) {
      // 'Earvin "Magic" Johnson' is one name, Earvin Johnson: the nickname gives no tokens.
      const nickname = nicknameEnd(text, i);
      if (nickname > 0 && nickname <= end) {
        i = nickname;
        continue;
      }
      const possessive =
        isApostropheAt(text, i) && isSAt(text, i + 1) && !isWordCharAt(text, i + 2) &&
        out.length > 0 && out[out.length - 1]!.end === i && out[out.length - 1]!.kind === 'word';
      const e = possessive ? i + 2 : i + 1;
      out.push({ text: text.slice(i, e), start: i, end: e, kind: possessive ? 'poss' : 'punct' });
      i = e;
      continue;
    }
    const w = wordAt(text, i, end);
    out.push(w);
    i = w.end;
  }
  return out;
}

/** The word token that starts at `i` (a word character) in a range ending at `end`. */
function wordAt(text: string, i: number, end: number): Tok {
  let j = Math.min(wordEnd(text, i, end), end);
  let w = text.slice(i, j);
  if (text.charCodeAt(j) === 46 /* . */ && j < end && (isLetterChain(text, i, j) || DOTTED.has(w))) {
    j++;
    w = text.slice(i, j);
  }
  return { text: w, start: i, end: j, kind: 'word' };
}

/**
 * The texts of tokens[from, to) joined by single spaces, as `map(t => t.text).join(' ')` gives them,
 * without the intermediate array; a single token is its own text.
 */
export function textOf(tokens: readonly Tok[], from: number, to: number): string {
  if (to - from === 1) return tokens[from]!.text;
  let out = '';
  for (let k = from; k < to; k++) out += k === from ? tokens[k]!.text : ` ${tokens[k]!.text}`;
  return out;
}

/**
 * The text of the first word token `tokenize(text, start, end)` gives, or null: a caller that only
 * needs the opening word need not tokenize the whole range. Punctuation before it is skipped, as
 * single marks; a possessive needs a word before it, so none comes first.
 */
export function firstWord(text: string, start: number, end: number): string | null {
  for (let i = start; i < end; i++) {
    if (isWordCharAt(text, i)) return wordAt(text, i, end).text;
  }
  return null;
}
