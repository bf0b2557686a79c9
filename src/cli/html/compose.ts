import { oneLine } from './dom.js';
import type { PageMetadata } from './metadata.js';

/**
 * The text the analysis reads for an HTML page: the title on the first line, the byline on the
 * next ("By Jane Doe"), then the article's paragraphs, all separated by blank lines, so that the
 * structure stage finds the title and the authors as it does in a plain-text article. Offsets
 * refer to this text, which `--print-text` prints.
 */

/** Longer than this, a "title" or a "byline" is a paragraph that was given the wrong label. */
const MAX_TITLE = 300;
const MAX_BYLINE = 150;
/** How many opening paragraphs of the article may repeat the title or the byline. */
const HEAD_PARAGRAPHS = 4;
/** A byline paragraph with more after the name ("By Jane Doe | March 5, 2024") is this short. */
const MAX_BYLINE_PARAGRAPH = 120;

function title(value: string | null): string | null {
  const text = oneLine(value);
  return text !== null && text.length <= MAX_TITLE ? text : null;
}

/** "Jane Doe", without a "By" before it; null for a link, an overlong text or no letters at all. */
function bylineName(value: string | null): string | null {
  const text = oneLine(value)?.replace(/^by\b:?\s*/iu, '') ?? '';
  if (text === '' || text.length > MAX_BYLINE || /^(?:https?:)?\/\//iu.test(text) || !/\p{L}/u.test(text)) return null;
  return text;
}

/** "A", "A and B", "A, B and C". */
function joinNames(names: readonly string[]): string | null {
  if (names.length === 0) return null;
  if (names.length === 1) return names[0] ?? null;
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}

/**
 * og:title, else the <title> (without the site's name when Readability's title is the rest of
 * it: "Harbor to stay open | Coast Gazette"), else Readability's title, else JSON-LD's headline.
 */
export function chooseTitle(metadata: PageMetadata | null, readabilityTitle: string | null): string | null {
  const found = title(readabilityTitle);
  const documentTitle = title(metadata?.documentTitle ?? null);
  const shortened = documentTitle !== null && found !== null && found !== documentTitle && documentTitle.includes(found) ? found : documentTitle;
  return title(metadata?.openGraphTitle ?? null) ?? shortened ?? found ?? title(metadata?.headline ?? null);
}

/**
 * Readability's byline when the page's metadata says it or it stands in an element that looks
 * like a byline outside comments and asides (Readability takes the first such element anywhere,
 * which can be a commenter's name); else the meta author; else the JSON-LD authors.
 */
export function chooseByline(metadata: PageMetadata | null, readabilityByline: string | null): string | null {
  const found = bylineName(readabilityByline);
  const metaAuthor = bylineName(metadata?.metaAuthor ?? null);
  const linkedData = bylineName(joinNames(metadata?.linkedDataAuthors ?? []));
  if (found !== null && metadata) {
    const trusted =
      found === metaAuthor ||
      metadata.linkedDataAuthors.some((name) => found.includes(name)) ||
      metadata.bylineTexts.some((text) => text.includes(found));
    if (trusted) return found;
  }
  return metaAuthor ?? linkedData;
}

/** Lower-case letters and digits only, without a leading "by": how repeats are recognized. */
function key(text: string): string {
  return text
    .toLowerCase()
    .replace(/^\s*by\b/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

function repeatsHead(paragraph: string, titleKey: string, bylineKey: string): boolean {
  const k = key(paragraph);
  if (k === '') return false;
  if (k === titleKey || k === bylineKey) return true;
  return bylineKey !== '' && paragraph.length <= MAX_BYLINE_PARAGRAPH && /^\s*by\b/iu.test(paragraph) && k.startsWith(bylineKey);
}

export function composeText(pageTitle: string | null, byline: string | null, body: string): string {
  const paragraphs = body.split(/\n{2,}/u);
  const titleKey = pageTitle === null ? '' : key(pageTitle);
  const bylineKey = byline === null ? '' : key(byline);
  // The article often opens with its own headline and byline: shown once, on top.
  const article = paragraphs.filter((p, i) => p !== '' && (i >= HEAD_PARAGRAPHS || !repeatsHead(p, titleKey, bylineKey)));
  const head = [pageTitle, byline === null ? null : `By ${byline}`].filter((line): line is string => line !== null);
  return [...head, ...article].join('\n\n');
}
