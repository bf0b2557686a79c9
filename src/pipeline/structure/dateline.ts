import type { Doc, Paragraph } from '../document.js';
import type { TextSpan } from '../../types.js';

/**
 * The dateline: the place (and date, and agency) that opens a wire story — "WASHINGTON (AP) —",
 * "LONDON, May 17 (Reuters) -" — or a date standing alone on a line near the top ("May 17, 2017",
 * "Published May 17, 2017"). Built from small bounded pieces so no match can backtrack far.
 */
const CITY = String.raw`\p{Lu}[\p{Lu}.'’-]{1,30}(?: \p{Lu}[\p{Lu}.'’-]{1,30}){0,3}`;
const REGION = String.raw`(?:, \p{Lu}[\p{L}.]{0,20}(?: \p{Lu}[\p{L}.]{0,20}){0,2})?`;
const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?`;
const DAY = String.raw`(?:,? (?:${MONTH} \d{1,2}|\d{1,2} ${MONTH})(?:,? \d{4})?)?`;
const AGENCY = String.raw`(?: ?\([\p{L}.&' ]{1,30}\))?`;
const DASH = String.raw` {0,4}(?:--|[-–—―])`;
const INLINE = new RegExp(String.raw`^${CITY}${REGION}${DAY}${AGENCY}${DASH}(?= ?\S)`, 'u');

const DATE = String.raw`(?:${MONTH} \d{1,2},? \d{4}|\d{1,2} ${MONTH},? \d{4}|\d{4}-\d{2}-\d{2})`;
const WEEKDAY = String.raw`(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?`;
const TIME = String.raw`(?:,? (?:at )?\d{1,2}:\d{2}(?: ?[AaPp]\.?[Mm]\.?)?(?: [A-Z]{2,4})?)?`;
const DATE_LINE = new RegExp(
  String.raw`^(?:(?:Published|Updated|Posted|Last updated)(?: on)?:? )?${WEEKDAY}${DATE}${TIME}$`,
  'u',
);

/** How many paragraphs from the top a dateline may stand. */
const NEAR_TOP = 4;

/** Whether a paragraph opens with a wire dateline ("PARIS —"): the story's first paragraph, never a headline. */
export function opensWithDateline(text: string): boolean {
  return INLINE.test(text);
}

export function findDateline(doc: Doc, candidates: readonly Paragraph[]): TextSpan | null {
  for (const p of candidates.slice(0, NEAR_TOP)) {
    const text = doc.slice(p);
    const inline = INLINE.exec(text);
    if (inline) return doc.textSpan(p.start, p.start + inline[0].length);
    if (DATE_LINE.test(text)) return doc.textSpan(p.start, p.end);
  }
  return null;
}
