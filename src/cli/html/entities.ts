import { windows1252CodePoint } from '../decode.js';

/** HTML 4's Latin-1 entities, in code-point order from U+00A0. */
const LATIN1 = (
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 ' +
  'acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml ' +
  'Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde ' +
  'Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ' +
  'ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide ' +
  'oslash ugrave uacute ucirc uuml yacute thorn yuml'
).split(' ');

/** The other named entities news pages use: punctuation, typographic quotes, a few letters. */
const OTHERS: Readonly<Record<string, number>> = {
  quot: 0x22, amp: 0x26, apos: 0x27, lt: 0x3c, gt: 0x3e, OElig: 0x152, oelig: 0x153, Scaron: 0x160,
  scaron: 0x161, Yuml: 0x178, fnof: 0x192, circ: 0x2c6, tilde: 0x2dc, ensp: 0x2002, emsp: 0x2003,
  thinsp: 0x2009, zwnj: 0x200c, zwj: 0x200d, lrm: 0x200e, rlm: 0x200f, ndash: 0x2013, mdash: 0x2014,
  lsquo: 0x2018, rsquo: 0x2019, sbquo: 0x201a, ldquo: 0x201c, rdquo: 0x201d, bdquo: 0x201e,
  dagger: 0x2020, Dagger: 0x2021, bull: 0x2022, hellip: 0x2026, permil: 0x2030, prime: 0x2032,
  Prime: 0x2033, lsaquo: 0x2039, rsaquo: 0x203a, euro: 0x20ac, trade: 0x2122, larr: 0x2190,
  rarr: 0x2192, minus: 0x2212,
};

let named: Map<string, string> | null = null;

/** Built on first use: most runs read no HTML. */
function namedEntities(): Map<string, string> {
  if (named) return named;
  named = new Map(Object.entries(OTHERS).map(([name, code]) => [name, String.fromCodePoint(code)]));
  LATIN1.forEach((name, i) => named?.set(name, String.fromCodePoint(0xa0 + i)));
  return named;
}

/** A numeric reference as browsers read it: C1 bytes as Windows-1252, invalid ones as U+FFFD. */
function numeric(code: number): string {
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(windows1252CodePoint(code));
}

const ENTITY = /&(?:#(\d{1,8});?|#x([\da-f]{1,7});?|([a-z][a-z\d]{1,31});)/gi;

/** Decodes character references; an unknown name is left as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (dec !== undefined) return numeric(Number.parseInt(dec, 10));
    if (hex !== undefined) return numeric(Number.parseInt(hex, 16));
    return namedEntities().get(name ?? '') ?? whole;
  });
}
