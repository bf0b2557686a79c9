import { describe, expect, it } from 'vitest';
import {
  codePointLength, isAlnumAt, isDigitAt, isDigits, isLetterAt, isLetterOrMarkAt, isLowerAt, isLowerCodePointAt, isSpaceAt,
  isUpperAt, isUpperCaseForm, isUpperCodePointAt, isWordCharAt, lowerCase, startsLower, startsUpper,
} from '../src/pipeline/chars.js';
import { firstWord, textOf, tokenize } from '../src/pipeline/entities/tokens.js';
import { tokenize as tokenizeShared, type Token as SharedToken } from '../src/pipeline/tokens.js';

// The helpers of src/pipeline/chars.ts stand in for regexes that the hot scans used to run on one
// character or one word. Each must answer exactly as the regex it replaced did.

/** Each `…At(s, i)` helper and the regex it replaced, run on the single code unit `s[i]`. */
const AT: [string, (s: string, i: number) => boolean, RegExp][] = [
  ['isUpperAt', isUpperAt, /\p{Lu}/u],
  ['isLowerAt', isLowerAt, /\p{Ll}/u],
  ['isLetterAt', isLetterAt, /\p{L}/u],
  ['isLetterOrMarkAt', isLetterOrMarkAt, /[\p{L}\p{M}]/u],
  ['isAlnumAt', isAlnumAt, /[\p{L}\p{N}]/u],
  ['isWordCharAt', isWordCharAt, /[\p{L}\p{M}\p{N}]/u],
  ['isSpaceAt', isSpaceAt, /\s/u],
  ['isDigitAt', isDigitAt, /\d/u],
];

describe('character classes at an offset', () => {
  // [character, upper, lower, letter, letter or mark, letter or digit, word char, space, ASCII digit]
  const cases: [string, boolean[]][] = [
    ['A', [true, false, true, true, true, true, false, false]],
    ['z', [false, true, true, true, true, true, false, false]],
    ['7', [false, false, false, false, true, true, false, true]],
    ['É', [true, false, true, true, true, true, false, false]], // "Émile"
    ['İ', [true, false, true, true, true, true, false, false]], // "İstanbul"
    ['Ō', [true, false, true, true, true, true, false, false]], // "Ōsaka"
    ['ǅ', [false, false, true, true, true, true, false, false]], // title case: neither upper nor lower
    ['ß', [false, true, true, true, true, true, false, false]],
    ['\u0301', [false, false, false, true, false, true, false, false]], // a combining acute accent
    ['٣', [false, false, false, false, true, true, false, false]], // an Arabic-Indic three: a number, not \d
    ['३', [false, false, false, false, true, true, false, false]], // a Devanagari three
    ['\u00a0', [false, false, false, false, false, false, true, false]], // no-break space
    ['\u2028', [false, false, false, false, false, false, true, false]], // line separator
    ['’', [false, false, false, false, false, false, false, false]],
    ['-', [false, false, false, false, false, false, false, false]],
  ];
  it.each(cases)('%s', (ch, expected) => {
    expect(AT.map(([, at]) => at(`x${ch}`, 1))).toEqual(expected);
    // The same answer mid-text, where the sticky regexes start at the offset.
    expect(AT.map(([, at]) => at(`ab ${ch} cd`, 3))).toEqual(expected);
  });

  it('answers as the replaced regex for every UTF-16 code unit', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const s = `a${String.fromCharCode(c)}b`;
      for (const [name, at, re] of AT) {
        if (at(s, 1) !== re.test(s[1]!)) throw new Error(`${name} differs at U+${c.toString(16)}`);
      }
    }
  });

  it('reads a surrogate half alone as no letter, and an offset outside the string as nothing', () => {
    const bold = '𝐀x'; // U+1D400, an upper-case letter outside the BMP
    for (const [, at] of AT) {
      expect(at(bold, 0)).toBe(false);
      expect(at(bold, 1)).toBe(false);
      expect(at('abc', -1)).toBe(false);
      expect(at('abc', 3)).toBe(false);
    }
  });
});

describe('code points', () => {
  const cases: [string, number, boolean, boolean][] = [
    // [text, offset, upper, lower] of the code point starting there
    ['𝐀', 0, true, false],
    ['𝐚', 0, false, true],
    ['\ud835', 0, false, false], // a lone high surrogate
    ['Émile', 0, true, false],
    ['émile', 0, false, true],
    ['ǅ', 0, false, false],
    ['A', 0, true, false],
  ];
  it.each(cases)('%s at %i', (text, i, upper, lower) => {
    expect(isUpperCodePointAt(text, i)).toBe(upper);
    expect(isLowerCodePointAt(text, i)).toBe(lower);
  });

  it('measures a surrogate pair as two units and anything else as one', () => {
    expect(codePointLength('𝐀b', 0)).toBe(2);
    expect(codePointLength('𝐀b', 2)).toBe(1);
    expect(codePointLength('\ud835b', 0)).toBe(1);
    expect(codePointLength('Ō', 0)).toBe(1);
  });
});

describe('word shapes', () => {
  const words = ['Émile', 'émile', 'İstanbul', 'Ōsaka', 'ǅemal', 'ßtraße', '𝐀lpha', '𝐚lpha', 'Torres', 'torres', '3rd', '٣', '', "'Tis", 'NATO', 'U.S.', 'MASSE', 'STRAßE', 'ΣΟΦΙΑ', 'K'];
  it.each(words)('%s', (w) => {
    expect(startsUpper(w)).toBe(/^\p{Lu}/u.test(w));
    expect(startsLower(w)).toBe(/^\p{Ll}/u.test(w));
    expect(isUpperCaseForm(w)).toBe(w === w.toUpperCase());
    expect(lowerCase(w)).toBe(w.toLowerCase());
  });

  const digits: [string, number, number, boolean][] = [
    ['2019', 4, 4, true],
    ['201', 4, 4, false],
    ['20190', 4, 4, false],
    ['5', 1, 2, true],
    ['05', 1, 2, true],
    ['', 1, 2, false],
    ['٢٠١٩', 4, 4, false], // Arabic-Indic digits are no \d
    ['1,000', 1, 5, false],
    ['12a', 1, 3, false],
  ];
  it.each(digits)('isDigits(%s, %i, %i)', (w, min, max, expected) => {
    expect(isDigits(w, min, max)).toBe(expected);
    expect(new RegExp(`^\\d{${min},${max}}$`, 'u').test(w)).toBe(expected);
  });
});

describe('entity tokens: the first word and joined texts', () => {
  const texts = [
    'By Mara Quint',
    '  "Reported by Lena Okafor for the Harbor Wire."',
    '(Editing by Ruth Addo)',
    '— Émile Durand contributed reporting.',
    "'s no one's",
    'U.S. officials said',
    '...',
    '',
  ];
  it.each(texts)('%s', (text) => {
    const first = tokenize(text, 0, text.length).find((t) => t.kind === 'word');
    expect(firstWord(text, 0, text.length)).toBe(first ? first.text : null);
  });

  it('joins token texts with single spaces, as map and join did', () => {
    const tokens = tokenize('Secretary  of\nState Ōsaka', 0, 25);
    for (let from = 0; from <= tokens.length; from++) {
      for (let to = from; to <= tokens.length; to++) {
        expect(textOf(tokens, from, to)).toBe(tokens.slice(from, to).map((t) => t.text).join(' '));
      }
    }
  });
});

describe('shared tokens: the word pattern run with test and lastIndex', () => {
  /** The tokenizer as it was, with exec and a match object per word: the reference. */
  function reference(text: string, start: number, end: number): SharedToken[] {
    const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['’.\-](?=[\p{L}\p{N}]))*/uy;
    const TITLE_DOT = /^(?:mr|mrs|ms|dr|prof|sen|rep|gov|gen|col|lt|sgt|capt|adm|maj|rev|fr|st|jr|sr|sens|reps|hon|pres|supt|cmdr|messrs|atty|amb|insp|det|cpl|pvt|no|vs|inc|corp|ltd|co|jan|feb|mar|apr|aug|sept|sep|oct|nov|dec)$/iu;
    const out: SharedToken[] = [];
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

  const texts = [
    'Dr. Émile Durand told the U.S. Senate on Jan. 5 that İstanbul and Ōsaka agreed.',
    '𝐀lpha 𝐁eta said 😀 "no" — twice',
    'x😀y 😀𝐀 \ud835 lone \udc00 halves',
    "don't rock-and-roll St. Paul's 3.5 Mr.",
    'ǅemal met ٣ people in ३ days',
  ];
  it.each(texts)('%s', (text) => {
    for (const end of [text.length, text.length - 3, 7]) {
      expect(tokenizeShared(text, 0, end)).toEqual(reference(text, 0, end));
    }
  });
});
