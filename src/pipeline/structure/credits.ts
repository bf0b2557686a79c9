import type { Doc, Paragraph } from '../document.js';
import type { Author } from '../../types.js';
import { firstWord, tokenize, type Tok } from '../entities/tokens.js';
import { isSpaceAt, lowerCase } from '../chars.js';
import { isCapitalized, isInitial, isParticle } from '../entities/shape.js';
import { KNOWN_ORGANIZATIONS, ORG_HEADS } from '../entities/lexicon/organizations.js';
import { PLACES } from '../entities/lexicon/places.js';

/**
 * Bylines and credits: "By Jane Doe and John Roe", "Reported by Xi Wang for RFA's Mandarin
 * Service, and by Wong Lok-to for the Cantonese Service. Translated and edited by Luisetta Mudie.",
 * "(Reporting by A; Editing by B)", "A and B contributed reporting.", "A reported from Kabul."
 * A small state machine over tokens: a trigger sets the credit, names follow, joined by "and" or
 * commas; "for/in/from …" after a name is skipped up to the next "and", ";" or sentence end.
 */

interface Trigger {
  words: readonly string[];
  role: string;
}

/** Longest first: "translated and edited by" must win over "edited by". */
const BEFORE_NAMES: readonly Trigger[] = [
  { words: ['translated', 'and', 'edited', 'by'], role: 'translator and editor' },
  { words: ['written', 'and', 'edited', 'by'], role: 'writer and editor' },
  { words: ['additional', 'reporting', 'by'], role: 'reporter' },
  { words: ['additional', 'reporting', 'from'], role: 'reporter' },
  { words: ['reported', 'by'], role: 'reporter' },
  { words: ['reporting', 'by'], role: 'reporter' },
  { words: ['writing', 'by'], role: 'writer' },
  { words: ['written', 'by'], role: 'writer' },
  { words: ['editing', 'by'], role: 'editor' },
  { words: ['edited', 'by'], role: 'editor' },
  { words: ['translated', 'by'], role: 'translator' },
  { words: ['translation', 'by'], role: 'translator' },
  { words: ['compiled', 'by'], role: 'compiler' },
  { words: ['produced', 'by'], role: 'producer' },
];
const BYLINE: Trigger = { words: ['by'], role: 'author' };

/** Credits that follow the names ("… contributed reporting", "… reported from Kabul"). */
const AFTER_NAMES = /\b(?:contributed (?:reporting|research|to this (?:report|article|story))|reported from \p{Lu})/u;

/** Words that qualify a name in a credit ("for RFA's Mandarin Service", "in Beijing"). */
const QUALIFIERS = new Set(['for', 'in', 'from', 'at', 'with', 'of', 'on']);

/** Words of a byline that are a job or an outlet, not a person ("Staff Writer"). */
const NOT_PERSON = new Set(['staff', 'writer', 'correspondent', 'reporter', 'editor', 'contributor', 'columnist', 'bureau']);

const MAX_CREDIT_WORDS = 80;
const MAX_BYLINE_WORDS = 16;
const MAX_TRAILING_CREDIT_WORDS = 50;

const lower = (t: Tok | undefined): string => (t && t.kind === 'word' ? lowerCase(t.text) : '');

/** Whether `trigger`'s words stand at tokens[i…]. */
function startsWith(tokens: readonly Tok[], i: number, trigger: Trigger): boolean {
  const { words } = trigger;
  for (let k = 0; k < words.length; k++) if (lower(tokens[i + k]) !== words[k]) return false;
  return true;
}

function triggerAt(tokens: readonly Tok[], i: number, triggers: readonly Trigger[]): Trigger | null {
  for (const trigger of triggers) if (startsWith(tokens, i, trigger)) return trigger;
  return null;
}

/** The first words of every trigger: a paragraph opening with none of them opens no credit. */
const OPENING_WORDS = new Set([BYLINE, ...BEFORE_NAMES].map((t) => t.words[0]!));

/** A person's name starting at `i`: capitalized words, initials and inner particles. Returns its end index. */
function nameEnd(tokens: readonly Tok[], i: number): number {
  let j = i;
  while (j < tokens.length) {
    const t = tokens[j]!;
    if (t.kind !== 'word') break;
    if (isCapitalized(t.text) || isInitial(t.text)) {
      j++;
      continue;
    }
    if (j > i && isParticle(t.text) && tokens[j + 1] && isCapitalized(tokens[j + 1]!.text)) {
      j++;
      continue;
    }
    break;
  }
  return j;
}

function isPersonName(words: readonly Tok[]): boolean {
  if (words.length < 2 || words.length > 5) return false;
  const text = words.map((w) => w.text).join(' ');
  if (KNOWN_ORGANIZATIONS().has(text) || PLACES().has(text)) return false;
  if (ORG_HEADS().has(words[words.length - 1]!.text)) return false;
  return !words.some((w) => NOT_PERSON.has(lowerCase(w.text)));
}

/** Reads credits from `tokens`, starting with `role` already set when the names come first. */
function readCredits(doc: Doc, tokens: readonly Tok[], triggers: readonly Trigger[], role: string | null): Author[] {
  const authors: Author[] = [];
  let current = role;
  let expectName = role !== null;
  let skipping = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const trigger = triggerAt(tokens, i, triggers);
    if (trigger) {
      current = trigger.role;
      expectName = true;
      skipping = false;
      i += trigger.words.length - 1;
      continue;
    }
    if (current === null) continue;
    const word = lower(t);
    if (expectName && t.kind === 'word' && isCapitalized(t.text)) {
      const end = nameEnd(tokens, i);
      const words = tokens.slice(i, end);
      // "Harbor Wire writer …": a name right before a newsroom role is the employer, not an author.
      const employer = tokens[end] !== undefined && NEWSROOM_ROLES.has(lower(tokens[end]!));
      if (!employer && isPersonName(words)) {
        const { text, start, end } = doc.textSpan(t.start, words[words.length - 1]!.end);
        authors.push({ text, start, end, role: current });
      }
      expectName = false;
      i = end - 1;
      continue;
    }
    if (t.text === ';' || t.text === '.' || t.text === ')') {
      current = role;
      expectName = false;
      skipping = false;
    } else if (word === 'and' || word === 'by' || NEWSROOM_ROLES.has(word)) {
      // "Associated Press writer Jill Lawless contributed …": the name follows its newsroom role.
      expectName = true;
      skipping = false;
    } else if (QUALIFIERS.has(word) || word === 'reported' || word === 'contributed') {
      skipping = true;
      expectName = false;
    } else if (t.text === ',') {
      expectName = !skipping;
    } else if (!skipping) {
      expectName = false;
    }
  }
  return authors;
}

/** A quote or a "that" clause: prose, not a closing credit. */
const QUOTE_OR_THAT = /["“”]|\bthat\b/u;

/** Newsroom roles written before a credited name ("AP writer Jill Lawless", "staff reporter Li Wen"). */
const NEWSROOM_ROLES = new Set(['writer', 'writers', 'reporter', 'reporters', 'correspondent', 'correspondents', 'journalist', 'photographer', 'editor', 'researcher']);

/** Words separated by white space, counted without splitting. */
function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let k = 0; k < text.length; k++) {
    const space = isSpaceAt(text, k);
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/**
 * The authors credited by paragraph `p`, or null when it is not a credit paragraph. `trailing`
 * says the paragraph is among the last few, where "A and B contributed reporting." may stand.
 */
export function readCreditParagraph(doc: Doc, p: Paragraph, trailing: boolean): Author[] | null {
  const text = doc.slice(p);
  const words = wordCount(text);
  // Most paragraphs are no credit: tokenize only those that open with a trigger word or may close the article with one.
  const opener = firstWord(doc.text, p.start, p.end);
  const mayOpen = words <= MAX_CREDIT_WORDS && opener !== null && OPENING_WORDS.has(lowerCase(opener));
  const mayClose = trailing && words <= MAX_TRAILING_CREDIT_WORDS && AFTER_NAMES.test(text) && !QUOTE_OR_THAT.test(text);
  if (!mayOpen && !mayClose) return null;
  const tokens = tokenize(doc.text, p.start, p.end);
  let first = 0;
  while (first < tokens.length && tokens[first]!.kind === 'punct') first++;
  const opening = tokens.slice(first);
  let authors: Author[] = [];
  if (words <= MAX_CREDIT_WORDS && triggerAt(opening, 0, BEFORE_NAMES)) {
    authors = readCredits(doc, opening, BEFORE_NAMES, null);
  } else if (words <= MAX_BYLINE_WORDS && triggerAt(opening, 0, [BYLINE])) {
    authors = readCredits(doc, opening, [BYLINE, ...BEFORE_NAMES], null);
  } else if (mayClose) {
    authors = readCredits(doc, opening, BEFORE_NAMES, 'reporter');
  }
  return authors.length > 0 ? authors : null;
}
