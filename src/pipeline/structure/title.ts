import type { Doc, Paragraph } from '../document.js';
import { startsUpper } from '../chars.js';
import { opensWithDateline } from './dateline.js';

/**
 * The headline: a short first paragraph, followed by the article, that has no final punctuation
 * ("China Targets Xinjiang Region For Mass DNA Sampling"), or is title-cased even with a final
 * period ("Retired General Reveals Experience Of Serving Under Obama."). A short sentence-case first
 * paragraph with a period is left in the body: taking a lead sentence for a title would hide its
 * quotes and names, while leaving a headline in the body costs little.
 */
const MAX_WORDS = 25;

/** Short words that title case may leave lower-case. */
const LOWER_IN_TITLES = new Set(['with', 'from', 'into', 'onto', 'over', 'than', 'that', 'this', 'upon']);

function isTitleCased(words: readonly string[]): boolean {
  const long = words.map((w) => w.replace(/^[‘'"“(]+/u, '')).filter((w) => /^\p{L}{4,}/u.test(w));
  return long.length >= 3 && long.every((w) => startsUpper(w) || LOWER_IN_TITLES.has(w));
}

function isTitle(doc: Doc, first: Paragraph, body: readonly Paragraph[]): boolean {
  if (body.length === 0) return false;
  const text = doc.slice(first);
  if (text.includes('\n') || opensWithDateline(text)) return false;
  const words = text.split(/\s+/u).filter((w) => w !== '');
  if (words.length === 0 || words.length > MAX_WORDS) return false;
  // A semicolon is not final: it joins a headline to its deck.
  // A full stop inside a closing quote mark is final too: 'saying it would "gut the coast guard."'.
  // A question in quotes can close a headline ("… asks 'why now?'"); a full stop cannot.
  return !/[.!?:]$|\.["”’'»“)\]]{1,3}$/u.test(text) || isTitleCased(words);
}

/**
 * The paragraphs of the title: the first, and the second too when the first ends with a semicolon
 * before a short deck ("Lawmaker urges retaliation on Russia;" / "Member of House panel says …").
 */
export function titleParagraphs(doc: Doc, paragraphs: readonly Paragraph[]): Paragraph[] {
  const [first, second] = paragraphs;
  if (!first || !isTitle(doc, first, paragraphs.slice(1))) return [];
  const deck = second !== undefined && paragraphs.length > 2 && doc.slice(first).endsWith(';') && doc.slice(second).split(/\s+/u).length <= MAX_WORDS;
  return deck && second ? [first, second] : [first];
}
