import { publicationDay } from './publication-date.js';

/** What a page's JSON-LD says about its article. */
export interface LinkedData {
  headline: string | null;
  /** Author names as given, in order, without duplicates. */
  authors: string[];
  published: string | null;
}

/** How far into nested objects and how many objects are looked at: a page cannot make this slow. */
const MAX_DEPTH = 8;
const MAX_NODES = 500;

/** Types whose `datePublished` and `author` are the article's, not a video's or an image's. */
const ARTICLE_TYPE = /(?:Article|BlogPosting|Report)$/u;
/** The page holding the article: its date and author are the article's when no article says them. */
const PAGE_TYPE = /WebPage$/u;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isObject(value: unknown): value is Record<string, Json> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** One script's JSON, or null when it does not parse; a CDATA wrapper is allowed. */
function parseBlock(text: string): Json {
  const trimmed = text.trim().replace(/^\/\/\s?<!\[CDATA\[|^<!\[CDATA\[/u, '').replace(/(?:\/\/\s?)?\]\]>$/u, '');
  try {
    return JSON.parse(trimmed) as Json;
  } catch {
    return null;
  }
}

/** Every object of the blocks, breadth first: arrays, `@graph` lists and nested values included. */
function objects(blocks: readonly Json[]): Record<string, Json>[] {
  const found: Record<string, Json>[] = [];
  let level: Json[] = [...blocks];
  for (let depth = 0; depth < MAX_DEPTH && level.length > 0 && found.length < MAX_NODES; depth++) {
    const next: Json[] = [];
    for (const value of level) {
      if (found.length >= MAX_NODES) break;
      if (Array.isArray(value)) next.push(...value.slice(0, MAX_NODES));
      else if (isObject(value)) {
        found.push(value);
        for (const child of Object.values(value)) if (child !== null && typeof child === 'object') next.push(child);
      }
    }
    level = next;
  }
  return found;
}

function types(node: Record<string, Json>): string[] {
  const type = node['@type'];
  const list = Array.isArray(type) ? type : [type];
  return list.filter((t): t is string => typeof t === 'string');
}

function text(value: Json | undefined): string | null {
  if (typeof value !== 'string') return null;
  const collapsed = value.replace(/\s+/gu, ' ').trim();
  return collapsed === '' ? null : collapsed;
}

/** "Jane Doe", {"name": "Jane Doe"} or a list of them; organizations are not authors. */
function authorNames(value: Json | undefined): string[] {
  const list = Array.isArray(value) ? value : [value];
  const names: string[] = [];
  for (const item of list.slice(0, 20)) {
    if (isObject(item) && types(item).includes('Organization')) continue;
    const name = isObject(item) ? text(item.name) : text(item);
    if (name !== null && !names.includes(name)) names.push(name);
  }
  return names;
}

/**
 * The article facts of a page's `<script type="application/ld+json">` blocks. A block that is not
 * valid JSON is skipped. The first article-typed object with a value wins, then the web page's.
 */
export function readLinkedData(scripts: readonly string[]): LinkedData {
  const nodes = objects(scripts.map(parseBlock));
  const ofType = (pattern: RegExp) => nodes.filter((node) => types(node).some((t) => pattern.test(t)));
  const articles = ofType(ARTICLE_TYPE);
  const described = [...articles, ...ofType(PAGE_TYPE)];
  const pick = <T>(read: (node: Record<string, Json>) => T | null, from: readonly Record<string, Json>[]): T | null => {
    for (const node of from) {
      const value = read(node);
      if (value !== null) return value;
    }
    return null;
  };
  return {
    headline: pick((node) => text(node.headline), articles),
    authors: pick((node) => {
      const names = authorNames(node.author);
      return names.length > 0 ? names : null;
    }, described) ?? [],
    published: pick((node) => publicationDay(text(node.datePublished)), described),
  };
}
