import type { Quote } from '../../types.js';
import type { Attribution, Doc, Paragraph } from '../document.js';
import { tokenize } from '../tokens.js';
import { cueBeforeQuote, sentenceSubject, type Cue } from './attribution.js';
import { afterDateline } from './indirect.js';
import { isCueVerb } from './subject.js';
import type { MarkedSpan } from './marks.js';
import { countBelow, firstEndingAfter } from '../spans.js';
import { lowerCase } from '../chars.js';

/** A quote found in a paragraph, with how it is attributed. */
export interface Found {
  quote: Quote;
  attribution: Attribution;
  /** Null for reported speech, which has no quote marks. */
  mark: MarkedSpan | null;
  paragraph: number;
}

/** The start of the sentence holding `offset`, by binary search (0 before the first sentence). */
export function sentenceStartAt(doc: Doc, offset: number): number {
  const i = firstEndingAfter(doc.sentences, offset);
  const s = doc.sentences[i];
  if (s && s.start <= offset) return s.start;
  // In the white space between two sentences: the one before.
  return doc.sentences[i - 1]?.start ?? 0;
}

/** A paragraph that ends by announcing a quote ("Caddell continued:") lends its cue to the quote that opens the next. */
function announcingCue(doc: Doc, para: Paragraph | undefined): Cue | null {
  if (!para || doc.text[para.end - 1] !== ':') return null;
  const start = Math.max(para.start, sentenceStartAt(doc, para.end - 1));
  const t = tokenize(doc.text, start, para.end);
  // "Sanders made the following comment:" names its speaker without a speech verb.
  return cueBeforeQuote(t) ?? sentenceSubject(t);
}

/**
 * 'Ana Torres, the county clerk, described the night of the count.' then a paragraph that is only
 * a quote: a paragraph whose last sentence has a named subject and a speech verb, and no quote of
 * its own, sets up the quote that opens the next one, as a colon would.
 */
function settingUpCue(doc: Doc, para: Paragraph | undefined, prev: Found | undefined): Cue | null {
  if (!para || (prev && prev.quote.end > para.start && prev.quote.start < para.end)) return null;
  const start = Math.max(para.start, sentenceStartAt(doc, para.end - 1));
  const t = tokenize(doc.text, start, para.end);
  if (t.some((x) => !x.word && '"“”«»'.includes(x.text))) return null;
  const cue = sentenceSubject(t);
  if (cue?.subject?.kind !== 'name' && cue?.subject?.kind !== 'pronoun') return null;
  const verb = t.findIndex((x) => x.start === cue.start);
  if (verb < 0) return null;
  if (isCueVerb(t, verb)) return cue;
  // "Asked about him, she was careful.", "Marsh was blunter.": a manner the next quote shows, in a
  // sentence that ends a word or two later.
  // (The subject reader steps over "was" to the word after it.)
  const copula = lowerCase(t[verb - 1]?.text ?? '');
  const after = t.slice(verb + 1).filter((x) => x.word);
  if ((copula !== 'was' && copula !== 'were') || after.length > 0 || !MANNER.test(lowerCase(t[verb]!.text))) return null;
  return { start: t[verb - 1]!.start, end: cue.end, subject: cue.subject };
}

/** Adjectives of how someone speaks: "careful", "blunter", "defiant", "unrepentant", "more cautious". */
const MANNER = /^(?:careful|cautious|blunt|blunter|candid|defiant|unrepentant|unapologetic|emphatic|adamant|frank|direct|guarded|upbeat|optimistic|pessimistic|scathing|dismissive|philosophical|measured|diplomatic|furious|angry|defensive|firm|clear)$/u;

/** Verbs after which the subject is described or acted upon, not acting: "Barker was furious", "Smith was arrested". */
const NOT_ACTIONS = new Set(['was', 'were', 'is', 'are', 'has', 'have', 'had', 'been', 'being', 'got', 'gets', 'became', 'seemed']);

/**
 * The named subject of the sentence that ends right before `open` in the same paragraph, when its verb
 * is an action ("Morrow smiled.", "Ortiz shook his head."), as the cue of a quote that has none.
 */
function actionBeat(doc: Doc, para: Paragraph, open: number): Cue | null {
  const quoteSentence = sentenceStartAt(doc, open);
  if (quoteSentence !== open && doc.text.slice(quoteSentence, open).trim() !== '') return null;
  const before = sentenceStartAt(doc, Math.max(para.start, quoteSentence - 1));
  if (before < para.start || before >= quoteSentence) return null;
  const t = tokenize(doc.text, afterDateline(doc, before), quoteSentence);
  if (t.some((x) => !x.word && '"“”'.includes(x.text))) return null;
  const cue = sentenceSubject(t);
  if (!cue?.subject || cue.subject.kind !== 'name') return null;
  const verb = t.find((x) => x.start >= cue.subject!.end && x.word);
  return verb && !NOT_ACTIONS.has(lowerCase(verb.text)) ? cue : null;
}

const SUBJECT_VERBS = new Set(['was', 'is', 'were', 'are', 'has', 'had', 'have', 'will', 'would', 'became', 'remains']);

/**
 * A quote that opens its sentence, which goes on to a speech verb the cue reader could not attach
 * ('"Prices will rise," the head of the board said.', '"Why?" the head of the board asked.'): the
 * sentence names its own speaker, if nobody in particular, and the quote is nobody's continuation.
 * Words after a quote without such a verb ("''It's just a tax increase'' for the top bracket.") are
 * the writer's, and the quote still continues the speaker before it.
 */
function unreadAttribution(doc: Doc, f: Found, para: Paragraph, personStarts: readonly number[]): boolean {
  if (!f.mark?.closed || doc.text.slice(sentenceStartAt(doc, f.mark.open), f.mark.open).trim() !== '') return false;
  const sentenceEnd = doc.sentences[firstEndingAfter(doc.sentences, f.mark.close)]?.end ?? para.end;
  const end = Math.min(para.end, sentenceEnd, f.mark.close + 160);
  // '„Das ist inakzeptabel“, sagte Anna Weber.': a person named in the rest of the sentence, with a
  // verb the lexicon does not know, is more likely the speaker than the one before.
  const next = countBelow(personStarts, f.mark.close);
  if (next < personStarts.length && personStarts[next]! < end) return true;
  const t = tokenize(doc.text, f.mark.close, end);
  // '"American Skin (41 Shots)" was written by …': the quoted words are the sentence's subject, a title.
  if (t[0]?.word && SUBJECT_VERBS.has(lowerCase(t[0].text))) return true;
  return t.some((x, k) => x.word && isCueVerb(t, k));
}

/**
 * Quotes without a cue of their own take the speaker of the quote before them: in the same paragraph
 * ("It is late," she said. "But not too late." — or after reported speech: "…, Schiff said. "…""),
 * or across a paragraph break when the paragraph opens with the quote and the one before ended in an
 * attributed quote or left a quote open. `found` is in text order; reported speech only gives.
 */
export function inherit(doc: Doc, found: Found[], paragraphs: readonly Paragraph[]): void {
  const paraPos = new Map(paragraphs.map((p, i) => [p.index, i] as const));
  const attributed = (f: Found): boolean => !!(f.attribution.cue?.subject || f.attribution.inherit);
  // Where people are mentioned, sorted, built on the first quote that needs it.
  let personStarts: number[] | undefined;
  found.forEach((f, i) => {
    if (f.attribution.cue?.subject || !f.mark) return;
    const prev = found[i - 1];
    const para = paragraphs[paraPos.get(f.paragraph)!]!;
    const prevPara = paragraphs[paraPos.get(f.paragraph)! - 1];
    personStarts ??= doc.people.flatMap((p) => p.mentions.map((m) => m.start)).sort((a, b) => a - b);
    if (unreadAttribution(doc, f, para, personStarts)) return;
    if (prev && prev.paragraph === f.paragraph) {
      if (attributed(prev)) f.attribution = { cue: f.attribution.cue, inherit: 'paragraph', from: i - 1 };
      return;
    }
    if (f.mark.open !== para.start) {
      // 'Asked about her future, Morrow smiled. "Ask me in a week."': the person acting in the sentence
      // just before the quote speaks it, when nothing else in the paragraph does.
      const beat = f.attribution.cue ? null : actionBeat(doc, para, f.mark.open);
      if (beat) f.attribution = { cue: beat, inherit: null, from: -1 };
      return;
    }
    const announced = announcingCue(doc, prevPara) ?? settingUpCue(doc, prevPara, prev);
    if (announced?.subject) {
      f.attribution = { cue: announced, inherit: null, from: -1 };
      f.quote.cue = doc.textSpan(announced.start, announced.end);
      return;
    }
    // Reported speech gives across the break only when it closes its paragraph: "Ruiz said the plan
    // was flawed." then a paragraph that is only a quote.
    const closesParagraph = (p: Found): boolean => !!p.mark || sentenceStartAt(doc, p.quote.end) === sentenceStartAt(doc, prevPara!.end - 1);
    if (prev && prevPara && prev.paragraph === prevPara.index && attributed(prev) && closesParagraph(prev)) {
      f.attribution = { cue: f.attribution.cue, inherit: 'continuation', from: i - 1 };
    }
  });
}

