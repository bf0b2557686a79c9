import type { Quote, Span } from '../types.js';
import type { Attribution, Doc, Paragraph, Stage } from './document.js';
import { closingCue, cueAfterQuote, cueBeforeQuote, headlineSpeaker, sentenceSubject, type Cue } from './quotes/attribution.js';
import { classifySpan, termKey } from './quotes/classify.js';
import { findIndirectQuotes } from './quotes/indirect.js';
import { CUE_VERBS } from './quotes/lexicon.js';
import { findMarkedSpans, type MarkedSpan } from './quotes/marks.js';
import { tokenize, type Token } from './tokens.js';

interface Found {
  quote: Quote;
  attribution: Attribution;
  /** Null for reported speech, which has no quote marks. */
  mark: MarkedSpan | null;
  paragraph: number;
}

function sentenceStartAt(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  let best = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid]!;
    if (s.start <= offset) {
      best = s.start;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

const hasCueVerb = (t: readonly Token[]): boolean => t.some((x) => x.word && (CUE_VERBS.has(x.text.toLowerCase()) || x.text.toLowerCase() === 'according'));

/** The words after the quote up to the end of its sentence: the part of the tail a sentence-level check reads. */
function untilSentenceEnd(t: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (const x of t) {
    out.push(x);
    if (!x.word && '.!?'.includes(x.text)) break;
  }
  return out;
}

/** The cue of one quoted span: after it when the quote hands over to it, else before it. */
function cueOf(innerText: string, lead: readonly Token[], tail: readonly Token[]): Cue | null {
  const handsOver = !/\.$/u.test(innerText) || (tail[0] !== undefined && /^[\p{Ll},—–―-]/u.test(tail[0].text));
  const after = handsOver ? cueAfterQuote(tail) : null;
  const before = cueBeforeQuote(lead);
  const last = lead[lead.length - 1];
  const leadHandsOver = last !== undefined && !last.word && ':,'.includes(last.text);
  if (before && before.subject && (leadHandsOver || !after?.subject)) return before;
  return after ?? before;
}

function quotesInParagraph(doc: Doc, para: Paragraph, inTitle: boolean, knownTerms: Set<string>): Found[] {
  const text = doc.text;
  const marks = findMarkedSpans(text, para);
  const out: Found[] = [];
  marks.forEach((mark, k) => {
    const prevClose = k > 0 ? marks[k - 1]!.close : para.start;
    const leadStart = Math.max(prevClose, sentenceStartAt(doc, mark.open), para.start);
    const lead = tokenize(text, leadStart, mark.open);
    const tail = tokenize(text, mark.close, k + 1 < marks.length ? marks[k + 1]!.open : para.end);
    const innerText = text.slice(mark.inner.start, mark.inner.end);
    let cue = inTitle ? titleCue(doc, para) : cueOf(innerText, lead, tail);
    const kind = classifySpan({
      inner: innerText,
      lead,
      tail,
      hasCue: cue !== null || hasCueVerb(lead) || hasCueVerb(untilSentenceEnd(tail)),
      followsQuote: k > 0 && leadStart === prevClose,
      inTitle,
      knownTerms,
    });
    if (kind === 'term') {
      knownTerms.add(termKey(innerText));
      return;
    }
    if (kind === 'partial' && !cue?.subject && !inTitle) {
      // Read from after any earlier quote: a sentence that starts inside a quote has no subject to find.
      // "A cashier who "steals a handful" is held accountable, Warren said.": the cue closing the sentence.
      cue = sentenceSubject(lead) ?? closingCue(untilSentenceEnd(tail))?.cue ?? cue;
    }
    out.push({
      quote: {
        text: innerText,
        start: mark.inner.start,
        end: mark.inner.end,
        kind,
        speaker: null,
        cue: cue ? doc.textSpan(cue.start, cue.end) : null,
      },
      attribution: { cue, inherit: null, from: -1 },
      mark,
      paragraph: para.index,
    });
  });
  return out;
}

const HEADLINE_VERBS = new Set(['says', 'speaks', 'calls', 'rips', 'hammers', 'blasts', 'slams', 'tells', 'warns', 'urges', 'vows', 'claims', 'admits', 'denies', 'accuses', 'reveals', 'insists', 'declares', 'praises', 'mocks']);

/**
 * Who speaks in a headline: "Pat Caddell: …", "Chris Christie Calls Clinton 'A Disgrace'", "…, Lindsey
 * Graham Says". Headlines capitalize every word, so only a name the article itself uses counts.
 */
function titleCue(doc: Doc, para: Paragraph): Cue | null {
  const t = tokenize(doc.text, para.start, para.end);
  const colon = headlineSpeaker(t);
  if (colon) return colon;
  const names = [
    ...doc.people.flatMap((p) => [p.name, ...p.aliases]),
    ...doc.organizations.flatMap((o) => [o.name, ...o.aliases]),
  ].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const title = doc.slice(para);
  const verbAt = (k: number): boolean => HEADLINE_VERBS.has(t[k]?.text.toLowerCase() ?? '');
  for (const name of names) {
    if (title.startsWith(`${name} `)) {
      const k = t.findIndex((x) => x.start >= para.start + name.length);
      if (verbAt(k)) return { start: t[k]!.start, end: t[k]!.end, subject: { start: para.start, end: para.start + name.length, kind: 'name', head: '' } };
    }
    const last = t.length - (t[t.length - 1]?.word ? 1 : 2);
    const at = title.lastIndexOf(` ${name} `);
    if (at >= 0 && verbAt(last) && para.start + at + 1 + name.length + 1 === t[last]!.start) {
      const start = para.start + at + 1;
      return { start: t[last]!.start, end: t[last]!.end, subject: { start, end: start + name.length, kind: 'name', head: '' } };
    }
  }
  return null;
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
 * Quotes without a cue of their own take the speaker of the quote before them: in the same paragraph
 * ("It is late," she said. "But not too late." — or after reported speech: "…, Schiff said. "…""),
 * or across a paragraph break when the paragraph opens with the quote and the one before ended in an
 * attributed quote or left a quote open. `found` is in text order; reported speech only gives.
 */
function inherit(doc: Doc, found: Found[], paragraphs: readonly Paragraph[]): void {
  const paraPos = new Map(paragraphs.map((p, i) => [p.index, i] as const));
  const attributed = (f: Found): boolean => !!(f.attribution.cue?.subject || f.attribution.inherit);
  found.forEach((f, i) => {
    if (f.attribution.cue?.subject || !f.mark) return;
    const prev = found[i - 1];
    const para = paragraphs[paraPos.get(f.paragraph)!]!;
    const prevPara = paragraphs[paraPos.get(f.paragraph)! - 1];
    if (prev && prev.paragraph === f.paragraph) {
      if (attributed(prev)) f.attribution = { cue: f.attribution.cue, inherit: 'paragraph', from: i - 1 };
      return;
    }
    if (f.mark.open !== para.start) return;
    const announced = announcingCue(doc, prevPara);
    if (announced?.subject) {
      f.attribution = { cue: announced, inherit: null, from: -1 };
      f.quote.cue = doc.textSpan(announced.start, announced.end);
      return;
    }
    if (prev && prevPara && prev.paragraph === prevPara.index && prev.mark && attributed(prev)) {
      f.attribution = { cue: f.attribution.cue, inherit: 'continuation', from: i - 1 };
    }
  });
}

/** Reads paragraphs, sentences and excluded regions; writes quotes (speaker still null) and their attributions. */
export const quotes: Stage = {
  name: 'quotes',
  reads: ['text', 'paragraphs', 'sentences', 'excluded', 'title'],
  writes: ['quotes', 'attributions'],
  run(doc: Doc) {
    const titleSpan: Span | null = doc.title;
    const paragraphs = doc.paragraphs.filter(
      (p) => !doc.isExcluded(p) || (titleSpan !== null && p.start <= titleSpan.start && titleSpan.end <= p.end),
    );
    const knownTerms = new Set<string>();
    const found: Found[] = [];
    for (const p of paragraphs) {
      const inTitle = titleSpan !== null && p.start <= titleSpan.start && titleSpan.end <= p.end;
      found.push(...quotesInParagraph(doc, p, inTitle, knownTerms));
    }
    const allMarks = paragraphs.flatMap((p) => findMarkedSpans(doc.text, p));
    const indirect: Found[] = findIndirectQuotes(doc, paragraphs, allMarks).map((x) => ({
      quote: x.quote,
      attribution: { cue: x.cue, inherit: null, from: -1 },
      mark: null,
      paragraph: x.paragraph,
    }));
    const all = [...found, ...indirect].sort((a, b) => a.quote.start - b.quote.start);
    inherit(doc, all, paragraphs);
    doc.quotes = all.map((f) => f.quote);
    doc.attributions = all.map((f) => f.attribution);
  },
};
