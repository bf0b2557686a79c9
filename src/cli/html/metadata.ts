import { elementsByTag, hasAncestor, oneLine, type DomDocument, type DomElement } from './dom.js';
import { readLinkedData } from './json-ld.js';
import { publicationDay } from './publication-date.js';

/** What a page says about its article, read before Readability changes the document. */
export interface PageMetadata {
  /** og:title. */
  openGraphTitle: string | null;
  /** The <title> in the head, as written (often with the site's name). */
  documentTitle: string | null;
  /** JSON-LD's headline. */
  headline: string | null;
  /** meta author (or dc.creator, parsely-author, article:author when not a link). */
  metaAuthor: string | null;
  /** JSON-LD author names. */
  linkedDataAuthors: string[];
  /** YYYY-MM-DD: article:published_time, JSON-LD datePublished, <time datetime>, a meta date. */
  published: string | null;
  /**
   * Texts of the elements that look like a byline (rel=author, itemprop=author, class or id
   * "byline"/"author") outside comments, asides and footers: a byline Readability found in the
   * page is trusted only when it is one of these, never a commenter's name.
   */
  bylineTexts: string[];
}

const AUTHOR_NAMES = new Set(['author', 'dc.creator', 'dcterms.creator', 'dc:creator', 'parsely-author', 'sailthru.author']);
const DATE_NAMES = new Set([
  'date', 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'publication_date', 'dc.date', 'dc.date.issued',
  'dc.date.created', 'dcterms.issued', 'dcterms.created', 'dcterms.date', 'parsely-pub-date', 'sailthru.date',
  'article.published', 'original-publish-date', 'og:published_time',
]);

const isLink = (value: string): boolean => /^(?:https?:)?\/\//iu.test(value);

interface Meta {
  key: string;
  content: string;
}

function metas(doc: DomDocument): Meta[] {
  const out: Meta[] = [];
  for (const element of elementsByTag(doc, 'meta')) {
    const content = oneLine(element.getAttribute('content'));
    if (content === null) continue;
    for (const attribute of ['property', 'name', 'itemprop']) {
      const key = element.getAttribute(attribute);
      if (key) out.push({ key: key.trim().toLowerCase(), content });
    }
  }
  return out;
}

const firstMeta = (list: readonly Meta[], keys: ReadonlySet<string> | string, accept: (v: string) => boolean = () => true): string | null =>
  list.find((m) => (typeof keys === 'string' ? m.key === keys : keys.has(m.key)) && accept(m.content))?.content ?? null;

/** Where a name or a date belongs to something else than the article. */
const OFF_ARTICLE_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER']);
const OFF_ARTICLE_NAMES = /comment|disqus|repl(?:y|ies)|respond|related|sidebar|recommend/iu;
/** Containers whose class names say nothing about one part of the page ("comments-open" on <body>). */
const WHOLE_PAGE_TAGS = new Set(['HTML', 'BODY', 'ARTICLE', 'MAIN']);

function isOffArticle(element: DomElement): boolean {
  return hasAncestor(element, (e) => {
    if (OFF_ARTICLE_TAGS.has(e.tagName) || e.getAttribute('role') === 'complementary') return true;
    if (WHOLE_PAGE_TAGS.has(e.tagName)) return false;
    return OFF_ARTICLE_NAMES.test(`${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''}`);
  });
}

/**
 * The article's <time datetime>: one marked as the publication date (itemprop, pubdate), else the
 * first inside <article> or <main>, else the first on the page outside navigation, asides, footers
 * and comments.
 */
function timeElementDay(doc: DomDocument): string | null {
  const times = elementsByTag(doc, 'time').filter((t) => publicationDay(t.getAttribute('datetime')) !== null);
  const marked = times.find((t) => /datePublished/iu.test(t.getAttribute('itemprop') ?? '') || t.getAttribute('pubdate') !== null);
  const inArticle = times.find((t) => hasAncestor(t, (e) => e.tagName === 'ARTICLE' || e.tagName === 'MAIN'));
  const chosen = marked ?? inArticle ?? times.find((t) => !isOffArticle(t));
  return chosen ? publicationDay(chosen.getAttribute('datetime')) : null;
}

const BYLINE_NAMES = /byline|author|writtenby/iu;

function bylineTexts(doc: DomDocument): string[] {
  const texts: string[] = [];
  for (const element of Array.from(doc.querySelectorAll('*'))) {
    const marked =
      /\bauthor\b/iu.test(element.getAttribute('rel') ?? '') ||
      /\bauthor\b/iu.test(element.getAttribute('itemprop') ?? '') ||
      BYLINE_NAMES.test(`${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`);
    if (!marked || isOffArticle(element)) continue;
    const text = oneLine(element.textContent);
    if (text !== null && text.length < 200) texts.push(text);
  }
  return texts;
}

/** The head's <title>, not an SVG icon's. */
function documentTitle(doc: DomDocument): string | null {
  const title = elementsByTag(doc, 'title').find((t) => t.parentElement?.tagName === 'HEAD');
  return oneLine(title?.textContent);
}

export function readMetadata(doc: DomDocument): PageMetadata {
  const list = metas(doc);
  const scripts = elementsByTag(doc, 'script')
    .filter((s) => (s.getAttribute('type') ?? '').trim().toLowerCase() === 'application/ld+json')
    .map((s) => s.textContent ?? '');
  const linked = readLinkedData(scripts);
  const metaAuthor = firstMeta(list, AUTHOR_NAMES, (v) => !isLink(v)) ?? firstMeta(list, 'article:author', (v) => !isLink(v));
  const published =
    publicationDay(firstMeta(list, 'article:published_time')) ??
    linked.published ??
    timeElementDay(doc) ??
    publicationDay(firstMeta(list, DATE_NAMES, (v) => publicationDay(v) !== null)) ??
    publicationDay(firstMeta(list, 'datepublished'));
  return {
    openGraphTitle: firstMeta(list, 'og:title'),
    documentTitle: documentTitle(doc),
    headline: linked.headline,
    metaAuthor,
    linkedDataAuthors: linked.authors,
    published,
    bylineTexts: bylineTexts(doc),
  };
}
