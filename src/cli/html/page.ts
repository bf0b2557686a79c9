import { chooseByline, chooseTitle, composeText } from './compose.js';
import { htmlToText } from './extract.js';
import type { PageMetadata } from './metadata.js';
import type { PageReading } from './readable.js';
import { isWithinLimits, pageShape } from './shape.js';

/** An HTML input as the analysis reads it. */
export interface HtmlText {
  /** Title, byline, then the article: the text every offset refers to. */
  text: string;
  /** The page's publication day (YYYY-MM-DD), the reference for relative dates; null when none. */
  published: string | null;
}

/** Pages larger than this are not given to linkedom and Readability (the default --max-bytes is 50 MB). */
const MAX_PAGE_CHARS = 8 * 1024 * 1024;
/** Where the signs of a whole page are looked for. */
const PAGE_HEAD = 16 * 1024;
/** A <head> longer than this is not parsed for metadata on a page too big for Readability. */
const MAX_HEAD_CHARS = 1024 * 1024;

const PAGE_MARK = /<(?:!doctype\s{1,8}html|html|head|body|title|meta)[\s/>]/iu;
const BODY_TAG = /<body[\s>]/iu;

type Reader = typeof import('./readable.js');
let loading: Promise<Reader> | null = null;

/** linkedom and Readability, loaded once, on the first HTML page: text inputs never load them. */
function loadReader(): Promise<Reader> {
  loading ??= import('./readable.js');
  return loading;
}

/** A whole page (doctype, <html>, <head>, <title> or <meta>), not a fragment such as "<p>Hi</p>". */
export function isWholePage(html: string): boolean {
  return PAGE_MARK.test(html.slice(0, PAGE_HEAD));
}

/** The part of a page before <body>, where its metadata stands; null when there is none to take. */
function headOf(html: string): string | null {
  const body = BODY_TAG.exec(html.slice(0, MAX_HEAD_CHARS));
  return body ? html.slice(0, body.index) : null;
}

/**
 * Reads a page with Readability when it can: within the size and shape bounds, and when
 * Readability finds an article. Otherwise our own linear extractor reads the whole page, with the
 * head's metadata when the page is too big to parse. Never throws on a page's markup.
 */
async function readWholePage(html: string): Promise<{ metadata: PageMetadata | null; reading: PageReading | null }> {
  const reader = await loadReader();
  try {
    if (html.length <= MAX_PAGE_CHARS && isWithinLimits(pageShape(html))) {
      const reading = reader.readPage(html);
      return { metadata: reading?.metadata ?? null, reading };
    }
    const head = headOf(html);
    return { metadata: head === null ? null : reader.readHeadMetadata(head), reading: null };
  } catch {
    // linkedom or our metadata reader gave up on the markup (a stack overflow, say).
    return { metadata: null, reading: null };
  }
}

export async function readHtml(html: string): Promise<HtmlText> {
  if (!isWholePage(html)) return { text: htmlToText(html), published: null };
  const { metadata, reading } = await readWholePage(html);
  const body = reading?.body ?? htmlToText(html);
  const title = chooseTitle(metadata, reading?.title ?? null);
  const byline = chooseByline(metadata, reading?.byline ?? null);
  return { text: composeText(title, byline, body), published: metadata?.published ?? null };
}
