import { isLetterAt, isUpperAt, isWordCharAt } from './chars.js';

const NICKNAME = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}$/u;
const LONGEST = 30;

/**
 * 'Earvin "Magic" Johnson', 'Marcia “Cia” Price': one to three capitalized words in double quote
 * marks between two words of a name (a capitalized word, a space, the marks, a space, a capital).
 * Such a nickname is part of the name: no quote, and no name of its own. `open` is the offset of the
 * opening mark; returns the offset after the closing mark, or -1. Double marks only: headlines quote
 * in single marks and capitalize every word ('Christie Calls Clinton ‘A Disgrace’ Again').
 */
export function nicknameEnd(text: string, open: number): number {
  const mark = text[open];
  if (mark !== '"' && mark !== '“') return -1;
  if (text[open - 1] !== ' ' || !isWordCharAt(text, open - 2)) return -1;
  let close = open + 1;
  while (close < text.length && close <= open + LONGEST && text[close] !== '"' && text[close] !== '”' && text[close] !== '\n') close++;
  if (text[close] !== '"' && text[close] !== '”') return -1;
  if (text[close + 1] !== ' ' || !isUpperAt(text, close + 2)) return -1;
  if (!NICKNAME.test(text.slice(open + 1, close))) return -1;
  let k = open - 2;
  while (k > open - 40 && k > 0 && isLetterAt(text, k - 1)) k--;
  return isUpperAt(text, k) ? close + 1 : -1;
}
