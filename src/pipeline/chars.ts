/**
 * Character classes for the hot scans, answered without allocating.
 *
 * `/\p{Lu}/u.test(text[i])` costs two allocations per call: a regex literal inside a function is a
 * new RegExp object each time it runs, and `text[i]` of a character above U+00FF is a new string.
 * Run over every character and token of an article, that was a large share of all the garbage the
 * analysis made. Here ASCII is answered from its code; other characters go to a sticky regex
 * (created once) run at the offset in place, so nothing is sliced.
 *
 * Each `…At(s, i)` answers exactly as the regex did on the single UTF-16 unit `s[i]`: a lone
 * surrogate half is no letter, digit or space, so surrogates answer false without a regex (a sticky
 * `u` regex would read the whole pair, or step back to it). An offset outside `s` answers false.
 */

const UPPER = 1;
const LOWER = 2;
const DIGIT = 4;
const SPACE = 8;

/** Classes of the 128 ASCII codes, as bits. */
const ASCII = new Uint8Array(128);
for (let c = 65; c <= 90; c++) ASCII[c] = UPPER;
for (let c = 97; c <= 122; c++) ASCII[c] = LOWER;
for (let c = 48; c <= 57; c++) ASCII[c] = DIGIT;
// \s in ASCII: tab, line feed, vertical tab, form feed, carriage return, space.
for (const c of [9, 10, 11, 12, 13, 32]) ASCII[c] = SPACE;

const NON_ASCII_UPPER = /\p{Lu}/uy;
const NON_ASCII_LOWER = /\p{Ll}/uy;
const NON_ASCII_LETTER = /\p{L}/uy;
const NON_ASCII_LETTER_OR_MARK = /[\p{L}\p{M}]/uy;
const NON_ASCII_ALNUM = /[\p{L}\p{N}]/uy;
const NON_ASCII_WORD = /[\p{L}\p{M}\p{N}]/uy;
const NON_ASCII_SPACE = /\s/uy;

const isSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdfff;

/** `re` (sticky, one character) at `s[i]`, for a non-ASCII code unit `c` already read there. */
function nonAsciiAt(re: RegExp, s: string, i: number, c: number): boolean {
  if (isSurrogate(c)) return false;
  re.lastIndex = i;
  return re.test(s);
}

/** One class at `s[i]`: ASCII by its bits, anything else by `re`. */
function classAt(s: string, i: number, bits: number, re: RegExp): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return (ASCII[c]! & bits) !== 0;
  // NaN (outside the string) fails `c < 128` and lands here: no class then.
  if (Number.isNaN(c)) return false;
  return nonAsciiAt(re, s, i, c);
}

/** `/\p{Lu}/u` on `s[i]`. */
export const isUpperAt = (s: string, i: number): boolean => classAt(s, i, UPPER, NON_ASCII_UPPER);
/** `/\p{Ll}/u` on `s[i]`. */
export const isLowerAt = (s: string, i: number): boolean => classAt(s, i, LOWER, NON_ASCII_LOWER);
/** `/\p{L}/u` on `s[i]`. */
export const isLetterAt = (s: string, i: number): boolean => classAt(s, i, UPPER | LOWER, NON_ASCII_LETTER);
/** `/[\p{L}\p{M}]/u` on `s[i]` (no mark is ASCII). */
export const isLetterOrMarkAt = (s: string, i: number): boolean => classAt(s, i, UPPER | LOWER, NON_ASCII_LETTER_OR_MARK);
/** `/[\p{L}\p{N}]/u` on `s[i]`. */
export const isAlnumAt = (s: string, i: number): boolean => classAt(s, i, UPPER | LOWER | DIGIT, NON_ASCII_ALNUM);
/** `/[\p{L}\p{M}\p{N}]/u` on `s[i]`. */
export const isWordCharAt = (s: string, i: number): boolean => classAt(s, i, UPPER | LOWER | DIGIT, NON_ASCII_WORD);
/** `/\s/u` on `s[i]`. */
export const isSpaceAt = (s: string, i: number): boolean => classAt(s, i, SPACE, NON_ASCII_SPACE);

/** An ASCII digit 0–9 at `s[i]` (what `\d` means, with or without the `u` flag). */
export function isDigitAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
}

const STARTS_UPPER = /^\p{Lu}/u;
const STARTS_LOWER = /^\p{Ll}/u;

/**
 * `/^\p{Lu}/u.test(w)`: the first code point of `w` is an upper-case letter. Non-ASCII goes to the
 * regex on the whole word, which reads a surrogate pair as one code point just as before.
 */
export function startsUpper(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 128) return (ASCII[c]! & UPPER) !== 0;
  return STARTS_UPPER.test(w);
}

/** `/^\p{Ll}/u.test(w)`: the first code point of `w` is a lower-case letter. */
export function startsLower(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 128) return (ASCII[c]! & LOWER) !== 0;
  return STARTS_LOWER.test(w);
}

/**
 * `w === w.toUpperCase()` without building the upper-case copy: for ASCII words, no letter a–z.
 * A word with any other character keeps the full Unicode comparison ("ß" upper-cases to "SS").
 */
export function isUpperCaseForm(w: string): boolean {
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c >= 128) return w === w.toUpperCase();
    if ((ASCII[c]! & LOWER) !== 0) return false;
  }
  return true;
}

/**
 * `w.toLowerCase()`, but the same string back when it has no ASCII capital and is all ASCII: V8
 * copies the string even when nothing changes, and most words of a text are already lower-case.
 */
export function lowerCase(w: string): string {
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c >= 128 || (ASCII[c]! & UPPER) !== 0) return w.toLowerCase();
  }
  return w;
}

/** `/^\d{min,max}$/u.test(w)`: only ASCII digits, between `min` and `max` of them. */
export function isDigits(w: string, min: number, max: number): boolean {
  if (w.length < min || w.length > max) return false;
  for (let k = 0; k < w.length; k++) if (!isDigitAt(w, k)) return false;
  return true;
}

/** A `u` regex's one class on the code point starting at i (a surrogate pair read whole, as `for…of` reads it). */
function codePointAt(s: string, i: number, bits: number, re: RegExp): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return (ASCII[c]! & bits) !== 0;
  if (Number.isNaN(c)) return false;
  if (c >= 0xd800 && c <= 0xdbff && isLowSurrogate(s.charCodeAt(i + 1))) {
    re.lastIndex = i;
    return re.test(s);
  }
  return nonAsciiAt(re, s, i, c);
}

const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** How many code units the code point at i takes: 2 for a surrogate pair, else 1. */
export function codePointLength(s: string, i: number): number {
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && isLowSurrogate(s.charCodeAt(i + 1)) ? 2 : 1;
}

/** `/\p{Lu}/u` on the code point starting at i. */
export const isUpperCodePointAt = (s: string, i: number): boolean => codePointAt(s, i, UPPER, NON_ASCII_UPPER);
/** `/\p{Ll}/u` on the code point starting at i. */
export const isLowerCodePointAt = (s: string, i: number): boolean => codePointAt(s, i, LOWER, NON_ASCII_LOWER);
