import type { Span } from '../types.js';
import type { Doc, Paragraph, Stage } from './document.js';
import { closingCue, cueAfterQuote, cueBeforeQuote, sentenceSubject, wordsOfAfter, type Cue } from './quotes/attribution.js';
import { titleCue } from './quotes/headline.js';
import { inherit, sentenceStartAt, type Found } from './quotes/inherit.js';
import { classifySpan, termKey } from './quotes/classify.js';
import { afterDateline, findIndirectQuotes } from './quotes/indirect.js';
import { CUE_VERBS } from './quotes/lexicon.js';
import { findMarkedSpans, quotesWithSingles } from './quotes/marks.js';
import { tokenize, type Token } from './tokens.js';
import { lowerCase } from './chars.js';


const hasCueVerb = (t: readonly Token[]): boolean => t.some((x) => x.word && (CUE_VERBS.has(lowerCase(x.text)) || lowerCase(x.text) === 'according'));

/** The words after the quote up to the end of its sentence: the part of the tail a sentence-level check reads. */
function untilSentenceEnd(t: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (const x of t) {
    out.push(x);
    if (!x.word && '.!?'.includes(x.text)) break;
  }
  return out;
}

const ENDS_WITH_PERIOD = /\.$/u;
const CONTINUES_SENTENCE = /^[\p{Ll},—–―-]/u;

/** The cue of one quoted span: after it when the quote hands over to it, else before it. */
function cueOf(innerText: string, lead: readonly Token[], tail: readonly Token[]): Cue | null {
  const handsOver = !ENDS_WITH_PERIOD.test(innerText) || (tail[0] !== undefined && CONTINUES_SENTENCE.test(tail[0].text));
  const after = handsOver ? cueAfterQuote(tail) : wordsOfAfter(tail);
  const before = cueBeforeQuote(lead);
  const last = lead[lead.length - 1];
  const leadHandsOver = last !== undefined && !last.word && ':,'.includes(last.text);
  if (before && before.subject && (leadHandsOver || !after?.subject)) return before;
  return after ?? before;
}

function quotesInParagraph(doc: Doc, para: Paragraph, inTitle: boolean, knownTerms: Set<string>, singles: boolean): Found[] {
  const text = doc.text;
  const marks = findMarkedSpans(text, para, singles);
  const out: Found[] = [];
  marks.forEach((mark, k) => {
    const prevClose = k > 0 ? marks[k - 1]!.close : para.start;
    const leadStart = Math.max(prevClose, afterDateline(doc, sentenceStartAt(doc, mark.open)), para.start);
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
    if (!cue?.subject && !inTitle) {
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
    const singles = quotesWithSingles(doc.text);
    const found: Found[] = [];
    for (const p of paragraphs) {
      const inTitle = titleSpan !== null && p.start <= titleSpan.start && titleSpan.end <= p.end;
      // A loop, not a spread: a paragraph can hold more quotes than a call takes arguments.
      for (const f of quotesInParagraph(doc, p, inTitle, knownTerms, singles)) found.push(f);
    }
    const allMarks = paragraphs.flatMap((p) => findMarkedSpans(doc.text, p, singles));
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
