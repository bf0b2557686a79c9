import type { Doc, Paragraph, Stage } from './document.js';
import type { Span } from '../types.js';
import { isBoilerplate } from './structure/boilerplate.js';
import { titleParagraphs } from './structure/title.js';
import { readCreditParagraph } from './structure/credits.js';
import { findDateline } from './structure/dateline.js';

/** Credits ("X and Y contributed reporting.") are looked for in this many closing paragraphs. */
const TRAILING_PARAGRAPHS = 3;

/**
 * The boilerplate lines of a paragraph (a paragraph may stack a share row and a photo caption
 * without blank lines between them), merged into one span when they are the whole paragraph.
 */
function boilerplateLines(doc: Doc, p: Paragraph): Span[] {
  if (isBoilerplate(doc.slice(p))) return [{ start: p.start, end: p.end }];
  // A paragraph of one line is that line, just judged.
  const newline = doc.text.indexOf('\n', p.start);
  if (newline < 0 || newline >= p.end) return [];
  const out: Span[] = [];
  let lines = 0;
  for (let start = p.start; start < p.end; lines++) {
    const newline = doc.text.indexOf('\n', start);
    const end = newline < 0 || newline > p.end ? p.end : newline;
    if (isBoilerplate(doc.text.slice(start, end))) out.push({ start, end });
    start = end + 1;
  }
  return out.length === lines && lines > 1 ? [{ start: p.start, end: p.end }] : out;
}

/**
 * Article structure: the title, the dateline, the authors, and the regions that are not article
 * text. Order matters: boilerplate first (a share-button row is never a title), then the title
 * (the first paragraph, with its deck), then credits, then the dateline among what is left at the top.
 */
export const structure: Stage = {
  name: 'structure',
  reads: ['text', 'paragraphs', 'sentences'],
  writes: ['title', 'dateline', 'authors', 'excluded'],
  run(doc: Doc) {
    const excluded: Span[] = [];
    // The excluded spans, looked up by their offsets: a lookup per paragraph, not a scan of
    // `excluded` (a page of thousands of "Read more" lines would make that quadratic).
    const excludedKeys = new Set<string>();
    const exclude = (span: Span): void => {
      excluded.push(span);
      excludedKeys.add(`${span.start}:${span.end}`);
    };
    const isOut = (p: Paragraph): boolean => excludedKeys.has(`${p.start}:${p.end}`);
    // Spans are added one at a time: spreading a huge list into push() overflows the call stack.
    for (const p of doc.paragraphs) for (const span of boilerplateLines(doc, p)) exclude(span);

    const heading = titleParagraphs(doc, doc.paragraphs).filter((p) => !isOut(p) && !readCreditParagraph(doc, p, false));
    if (heading.length > 0 && heading[0] === doc.paragraphs[0]) {
      doc.title = doc.textSpan(heading[0]!.start, heading[heading.length - 1]!.end);
      for (const p of heading) exclude({ start: p.start, end: p.end });
    }

    const n = doc.paragraphs.length;
    for (const p of doc.paragraphs) {
      if (isOut(p)) continue;
      const authors = readCreditParagraph(doc, p, p.index >= n - TRAILING_PARAGRAPHS);
      if (!authors) continue;
      for (const author of authors) doc.authors.push(author);
      exclude({ start: p.start, end: p.end });
    }

    doc.dateline = findDateline(doc, doc.paragraphs.filter((p) => !isOut(p)));
    for (const span of excluded) doc.excluded.push(span);
    doc.excluded.sort((a, b) => a.start - b.start || a.end - b.end);
  },
};
