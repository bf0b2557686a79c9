import { diffList, GROUPS, type Change, type ListSpec } from './changes.js';
import { AUTHORS, DATES, FIGURES, ORGANIZATIONS, PEOPLE, PLACES, QUOTES, speakerList } from './lists.js';
import { deepEqual, describe, listOf, numberAt, type Json, type JsonObject } from './values.js';

function listSpecs(actual: JsonObject, expected: JsonObject): Readonly<Record<string, ListSpec>> {
  const quotes = listOf(actual.quotes).length > 0 ? listOf(actual.quotes) : listOf(expected.quotes);
  return {
    quotes: QUOTES,
    speakers: speakerList(quotes),
    people: PEOPLE,
    organizations: ORGANIZATIONS,
    places: PLACES,
    figures: FIGURES,
    dates: DATES,
    authors: AUTHORS,
  };
}

/** A field of the document itself (title, source, dateline...) that differs. */
function documentChange(key: string, before: Json | undefined, after: Json | undefined): Change {
  const kind = before === undefined ? 'added' : after === undefined ? 'removed' : 'changed';
  return { group: 'document', kind, item: key, details: [`${describe(before)} → ${describe(after)}`], offset: numberAt(after ?? null, 'start') ?? numberAt(before ?? null, 'start') };
}

/**
 * Everything that differs between an expected result and the actual one, grouped by kind and in
 * text order within each group. Empty exactly when the two are equal as JSON values: nothing is
 * ignored, and whatever a grouped list misses is still reported as a field of the document.
 */
export function compareResults(expected: JsonObject, actual: JsonObject): Change[] {
  const specs = listSpecs(actual, expected);
  const keys = [...Object.keys(expected), ...Object.keys(actual).filter((k) => !(k in expected))];
  const changes: Change[] = [];
  for (const key of keys) {
    const before = expected[key];
    const after = actual[key];
    if (deepEqual(before, after)) continue;
    const spec = specs[key];
    if (spec && Array.isArray(before) && Array.isArray(after)) for (const change of diffList(spec, before, after)) changes.push(change);
    else changes.push(documentChange(key, before, after));
  }
  // Stable sort: within a group, the order each list gave (by place in the article).
  return changes.sort((a, b) => GROUPS.indexOf(a.group) - GROUPS.indexOf(b.group));
}
