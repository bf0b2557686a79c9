import { publicationDay } from '../html/publication-date.js';

/**
 * YAML front matter: a block between "---" lines at the very top of a Markdown file
 * (Jekyll, Hugo, static-site news). It is metadata, not article text: it is masked, except the
 * value of `title:`, which stays visible so the structure stage reads it as the headline, and its
 * `date:` is the article's reference date. Only simple one-line values are read; anything YAML
 * would need a parser for (block scalars, escapes, lists) is masked and ignored.
 */
export interface FrontMatter {
  /** Where the block ends: just past the closing line's newline (or the end of the text). */
  end: number;
  /** The visible title value, without its quotes; null when there is none to show. */
  title: { start: number; end: number } | null;
  /** YYYY-MM-DD from `date:` (or `published:`, `publishDate:` …); null when absent or not a day. */
  date: string | null;
}

/** A longer block is not front matter but an article that happens to open with a rule. */
const MAX_LINES = 200;

const OPENER = /^---[ \t]*\r?$/u;
const CLOSER = /^(?:---|\.\.\.)[ \t]*\r?$/u;
/** A top-level `key: value` line; keys are short words. */
const ENTRY = /^([A-Za-z_][\w.-]{0,60})[ \t]*:(?:[ \t]|\r?$)/u;
const DATE_KEYS = ['date', 'published', 'publishdate', 'pubdate', 'date_published', 'publish_date'];

interface Line {
  start: number;
  end: number;
  text: string;
}

/** Lines from the top, at most MAX_LINES + 2 of them. */
function firstLines(text: string): Line[] {
  const lines: Line[] = [];
  for (let start = 0; start <= text.length && lines.length < MAX_LINES + 2; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    lines.push({ start, end, text: text.slice(start, end) });
    if (newline < 0) break;
    start = newline + 1;
  }
  return lines;
}

/** A line that YAML front matter may hold: an entry, a comment, a list item or a continuation. */
function isYamlLine(line: string): boolean {
  return line.trim() === '' || ENTRY.test(line) || line.startsWith('#') || line.startsWith(' ') || line.startsWith('\t') || line.startsWith('- ');
}

/** The unquoted value of an entry line, as offsets into the text; null for a value YAML would transform. */
function plainValue(line: Line): { start: number; end: number } | null {
  const colon = line.text.indexOf(':');
  let start = colon + 1;
  let end = line.text.length;
  while (start < end && (line.text[start] === ' ' || line.text[start] === '\t')) start++;
  while (end > start && /\s/u.test(line.text[end - 1] ?? '')) end--;
  if (start >= end) return null;
  const first = line.text[start] ?? '';
  const last = line.text[end - 1] ?? '';
  if ((first === '"' || first === "'") && last === first && end - start >= 2) {
    start++;
    end--;
    if (line.text.slice(start, end).includes('\\')) return null;
  } else if ('>|[{&*!%@`"\''.includes(first) || line.text.slice(start, end).includes(' #')) {
    return null;
  }
  return start < end ? { start: line.start + start, end: line.start + end } : null;
}

export function readFrontMatter(text: string): FrontMatter | null {
  if (!text.startsWith('---')) return null;
  const lines = firstLines(text);
  if (!OPENER.test(lines[0]?.text ?? '')) return null;
  const closing = lines.findIndex((line, i) => i > 0 && CLOSER.test(line.text));
  if (closing < 0) return null;
  const inside = lines.slice(1, closing);
  const firstEntry = inside.find((line) => line.text.trim() !== '');
  if (!firstEntry || !ENTRY.test(firstEntry.text) || !inside.every((line) => isYamlLine(line.text))) return null;
  const entries = new Map<string, Line>();
  for (const line of inside) {
    const key = ENTRY.exec(line.text)?.[1]?.toLowerCase();
    if (key !== undefined && !entries.has(key)) entries.set(key, line);
  }
  const titleLine = entries.get('title');
  const closer = lines[closing] as Line;
  let date: string | null = null;
  for (const key of DATE_KEYS) {
    const line = entries.get(key);
    const value = line ? plainValue(line) : null;
    date ??= value ? publicationDay(text.slice(value.start, value.end)) : null;
  }
  return {
    end: closer.end < text.length ? closer.end + 1 : closer.end,
    title: titleLine ? plainValue(titleLine) : null,
    date,
  };
}

/** The reference date a Markdown file's front matter gives; null without one. */
export function frontMatterDate(text: string): string | null {
  return readFrontMatter(text)?.date ?? null;
}
