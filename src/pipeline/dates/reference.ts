/**
 * The reference day an article states about itself, used when the user gave none: its dateline
 * ("WASHINGTON, May 17, 2017 (AP) —"), or a "Published May 17, 2017" / "Updated: 2017-05-17" line
 * near the top. Never the machine's clock.
 */
import type { Doc } from '../document.js';
import { parseIsoDay } from './calendar.js';
import { scanDates } from './scan.js';
import { tokenize } from './tokens.js';

/** How far into the text a "Published …" line may stand. */
const HEAD_CHARS = 1500;
const STAMP_LINE = /^[\s*_•|>-]{0,4}(?:first\s)?(?:published|updated|posted|last\supdated|date)\b/iu;

/** The first full calendar day (YYYY-MM-DD, not relative) in text[start, end). */
function firstFullDay(text: string, start: number, end: number): string | null {
  for (const c of scanDates(text, tokenize(text, start, end))) {
    if (c.relative) continue;
    const value = c.resolve(null).value;
    if (value && parseIsoDay(value)) return value;
  }
  return null;
}

export function articleReferenceDate(doc: Doc): string | null {
  if (doc.dateline) {
    const fromDateline = firstFullDay(doc.text, doc.dateline.start, doc.dateline.end);
    if (fromDateline) return fromDateline;
  }
  const head = Math.min(doc.text.length, HEAD_CHARS);
  let lineStart = 0;
  while (lineStart < head) {
    let lineEnd = doc.text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = doc.text.length;
    if (STAMP_LINE.test(doc.text.slice(lineStart, Math.min(lineEnd, lineStart + 40)))) {
      const found = firstFullDay(doc.text, lineStart, Math.min(lineEnd, lineStart + 200));
      if (found) return found;
    }
    lineStart = lineEnd + 1;
  }
  return null;
}
