import type { Group, ListSpec } from './changes.js';
import { isObject, numberAt, quoted, range, stringAt, type Json } from './values.js';

function spanKey(item: Json): string {
  return `${numberAt(item, 'start') ?? '?'}:${numberAt(item, 'end') ?? '?'}`;
}

function spansOverlap(a: Json, b: Json): boolean {
  const [as, ae, bs, be] = [numberAt(a, 'start'), numberAt(a, 'end'), numberAt(b, 'start'), numberAt(b, 'end')];
  return as !== null && ae !== null && bs !== null && be !== null && as < be && bs < ae;
}

function mentionsOf(item: Json): Json[] {
  const mentions = isObject(item) ? item.mentions : undefined;
  return Array.isArray(mentions) ? mentions : [];
}

/** Two entities are the same one renamed when they share a mention. */
function mentionsOverlap(a: Json, b: Json): boolean {
  const theirs = mentionsOf(b);
  return mentionsOf(a).some((m) => theirs.some((n) => spansOverlap(m, n)));
}

function firstMention(item: Json): number | null {
  const starts = mentionsOf(item).flatMap((m) => numberAt(m, 'start') ?? []);
  return starts.length > 0 ? starts.reduce((a, b) => Math.min(a, b)) : null;
}

function nameKey(item: Json): string {
  return stringAt(item, 'name') ?? JSON.stringify(item);
}

/** A list whose items are spans of the text (quotes, figures, dates, authors). */
function spanList(group: Group, field: string, noun: string, summary: (item: Json) => string[]): ListSpec {
  return {
    group,
    field,
    key: spanKey,
    overlaps: spansOverlap,
    label: (item) => `${noun} ${range(item)} ${quoted(stringAt(item, 'text') ?? '')}`,
    summary,
    offset: (item) => numberAt(item, 'start'),
  };
}

/** A list of named things found at several places (people, organizations, places). */
function entityList(group: Group, field: string, noun: string): ListSpec {
  return {
    group,
    field,
    key: nameKey,
    overlaps: mentionsOverlap,
    label: (item) => `${noun} ${quoted(stringAt(item, 'name') ?? '?')}`,
    summary: (item) => {
      const aliases = isObject(item) && Array.isArray(item.aliases) && item.aliases.length > 0 ? [`aliases ${JSON.stringify(item.aliases)}`] : [];
      const roles = isObject(item) && Array.isArray(item.roles) && item.roles.length > 0 ? [`roles ${JSON.stringify(item.roles)}`] : [];
      return [...aliases, ...roles, `mentions ${mentionsOf(item).map(range).join(', ') || 'none'}`];
    },
    offset: firstMention,
  };
}

function speakerOf(quote: Json): string {
  const speaker = isObject(quote) ? quote.speaker : undefined;
  return stringAt(speaker, 'name') ?? 'no speaker';
}

function valueWords(item: Json, keys: readonly string[]): string[] {
  if (!isObject(item)) return [];
  return keys.flatMap((key) => (item[key] === undefined || item[key] === null ? [] : [`${key} ${JSON.stringify(item[key])}`]));
}

export const QUOTES = spanList('quotes and speakers', 'quotes', 'quote', (q) => [
  `${stringAt(q, 'kind') ?? '?'}, ${speakerOf(q)}${isObject(q) && isObject(q.cue) ? `, cue ${quoted(stringAt(q.cue, 'text') ?? '')}` : ''}`,
]);

/** The speakers summary has no offsets: a speaker's place is where their first quote names them. */
export function speakerList(quotes: readonly Json[]): ListSpec {
  const firstQuote = (name: string | null) => quotes.find((q) => isObject(q) && stringAt(q.speaker ?? null, 'name') === name);
  return {
    group: 'quotes and speakers',
    field: 'speakers',
    key: nameKey,
    overlaps: () => false,
    label: (item) => `speaker ${quoted(stringAt(item, 'name') ?? '?')}`,
    summary: (item) => valueWords(item, ['type', 'quotes', 'words']),
    offset: (item) => {
      const quote = firstQuote(stringAt(item, 'name'));
      return isObject(quote) ? numberAt(quote.speaker ?? null, 'start') : null;
    },
  };
}

export const PEOPLE = entityList('people', 'people', 'person');
export const ORGANIZATIONS = entityList('organizations', 'organizations', 'organization');
export const PLACES = entityList('places', 'places', 'place');
export const FIGURES = spanList('figures', 'figures', 'figure', (f) => valueWords(f, ['value', 'high', 'unit', 'counts', 'qualifier']));
export const DATES = spanList('dates', 'dates', 'date', (d) => valueWords(d, ['value', 'endValue', 'relative']));
export const AUTHORS = spanList('document', 'authors', 'author', (a) => valueWords(a, ['role']));
