import { Readability } from '@mozilla/readability';
import { DOMParser } from 'linkedom';
import type { DomDocument } from './dom.js';
import { htmlToText } from './extract.js';
import { readMetadata, type PageMetadata } from './metadata.js';

/**
 * The DOM side of reading a page: linkedom parses it, our metadata reader takes what the head and
 * the JSON-LD say, then Readability finds the article. Loaded only when an HTML page is read
 * (html/page.ts imports it dynamically; the CLI bundle has it in a file of its own): linkedom
 * takes 30 to 75 ms to load, which text and JSON inputs should not pay. linkedom, not jsdom:
 * jsdom loaded 4–5 times slower and read the same invented pages 5–7 times slower (README, "HTML").
 */
export interface PageReading {
  metadata: PageMetadata;
  /** Readability's title (its JSON-LD or meta title, else the <title> without the site's name). */
  title: string | null;
  /** Readability's byline, from the page's metadata or from an element that looks like one. */
  byline: string | null;
  /** The article's text; null when Readability found no article (or failed on the page). */
  body: string | null;
}

function parse(html: string): DomDocument | null {
  const doc = new DOMParser().parseFromString(html, 'text/html') as unknown as DomDocument;
  // An empty or text-only input gives a document without a root, which Readability refuses.
  return doc.documentElement ? doc : null;
}

/**
 * Readability's first pass only (unlikely candidates stripped, class weights, conditional
 * cleaning): below `charThreshold` characters it tries again with those filters off, and on a
 * short or hidden article that brings back what the filters removed, a comment section or an
 * advertisement, as the article. A negative threshold (0 would mean the default, 500) turns the
 * retries off; an empty first pass sends the page to our own extractor instead.
 */
const FIRST_PASS_ONLY = -1;

/** The page's metadata and article text; null when linkedom makes no document of it. */
export function readPage(html: string): PageReading | null {
  const doc = parse(html);
  if (!doc) return null;
  const metadata = readMetadata(doc);
  let article: ReturnType<Readability['parse']> = null;
  try {
    // Readability's types name the browser's Document, which this project does not compile with.
    article = new Readability(doc as never, { charThreshold: FIRST_PASS_ONLY }).parse();
  } catch {
    // A page Readability cannot handle is read by our own extractor (the caller's fallback).
  }
  const body = typeof article?.content === 'string' ? htmlToText(article.content) : '';
  return {
    metadata,
    title: typeof article?.title === 'string' ? article.title : null,
    byline: typeof article?.byline === 'string' ? article.byline : null,
    body: body === '' ? null : body,
  };
}

/** The metadata of a page too big or too deep for Readability, from its head alone. */
export function readHeadMetadata(head: string): PageMetadata | null {
  const doc = parse(head);
  return doc ? readMetadata(doc) : null;
}
