import { deepEqual, describe, isObject, type Json } from './values.js';

/** The headings of a check's diff, in the order a reader wants them: who said what first. */
export const GROUPS = ['quotes and speakers', 'people', 'organizations', 'places', 'figures', 'dates', 'document'] as const;
export type Group = (typeof GROUPS)[number];

export interface Change {
  group: Group;
  kind: 'added' | 'removed' | 'changed';
  /** The item, by what it is, its offsets and its text: `quote 14–48 "We cannot wait…"`. */
  item: string;
  /** What differs inside a changed item (`speaker: Mara Quint at 55–65 → none`), or what an added or removed one holds. */
  details: string[];
  /** Where in the article the change shows, for line and column; null when it has no place. */
  offset: number | null;
}

function spanRanges(value: Json | undefined): { start: number; end: number }[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((m) => (isObject(m) && typeof m.start === 'number' && typeof m.end === 'number' ? [{ start: m.start, end: m.end }] : []));
}

function rangeKey(span: { start: number; end: number }): string {
  return `${span.start}–${span.end}`;
}

/** `mentions: +45–50, −12–17`: what a list of spans gained and lost. */
function mentionChange(key: string, before: Json | undefined, after: Json | undefined): string {
  const was = new Set(spanRanges(before).map(rangeKey));
  const now = new Set(spanRanges(after).map(rangeKey));
  const gained = [...now].filter((k) => !was.has(k)).map((k) => `+${k}`);
  const lost = [...was].filter((k) => !now.has(k)).map((k) => `-${k}`);
  return `${key}: ${[...gained, ...lost].join(', ') || 'same spans, other order or fields'}`;
}

/** `roles: +"the mayor", −"the former mayor"`: what a list of strings gained and lost. */
function stringListChange(key: string, before: Json[], after: Json[]): string {
  const was = new Set(before.map((v) => JSON.stringify(v)));
  const now = new Set(after.map((v) => JSON.stringify(v)));
  const gained = [...now].filter((v) => !was.has(v)).map((v) => `+${v}`);
  const lost = [...was].filter((v) => !now.has(v)).map((v) => `-${v}`);
  return `${key}: ${[...gained, ...lost].join(', ') || 'order changed'}`;
}

function isPlainList(value: Json | undefined): value is Json[] {
  return Array.isArray(value) && value.every((v) => v === null || typeof v !== 'object');
}

/** One line per field that differs between two versions of an item, in the expected file's key order. */
export function fieldChanges(before: Json | undefined, after: Json | undefined): string[] {
  if (!isObject(before) || !isObject(after)) return [`${describe(before)} → ${describe(after)}`];
  const keys = [...Object.keys(before), ...Object.keys(after).filter((k) => !(k in before))];
  const lines: string[] = [];
  for (const key of keys) {
    const was = before[key];
    const now = after[key];
    if (deepEqual(was, now)) continue;
    if (key === 'mentions') lines.push(mentionChange(key, was, now));
    else if (isPlainList(was) && isPlainList(now)) lines.push(stringListChange(key, was, now));
    else lines.push(`${key}: ${describe(was)} → ${describe(now)}`);
  }
  return lines;
}

/** How one list of the result is matched up, item by item, between expected and actual. */
export interface ListSpec {
  group: Group;
  /** The list's name in the result, for an "order changed" line. */
  field: string;
  /** The same item in both versions has the same key (its offsets, or its name). */
  key(item: Json): string;
  /** Two unmatched items that overlap in the text are one item that changed, not a removal and an addition. */
  overlaps(a: Json, b: Json): boolean;
  label(item: Json): string;
  /** What an added or removed item holds, in a few words. */
  summary(item: Json): string[];
  offset(item: Json): number | null;
}

function changed(spec: ListSpec, before: Json, after: Json): Change {
  const label = spec.label(after) === spec.label(before) ? spec.label(after) : `${spec.label(before)} → ${spec.label(after)}`;
  return { group: spec.group, kind: 'changed', item: label, details: fieldChanges(before, after), offset: spec.offset(after) ?? spec.offset(before) };
}

/**
 * Items of one list added, removed and changed: matched by key first, then unmatched items that
 * overlap are paired as one changed item. Sorted by where they stand in the article.
 */
export function diffList(spec: ListSpec, expected: readonly Json[], actual: readonly Json[]): Change[] {
  const byKey = new Map<string, number[]>();
  actual.forEach((item, i) => byKey.set(spec.key(item), [...(byKey.get(spec.key(item)) ?? []), i]));
  const matched = new Set<number>();
  const changes: Change[] = [];
  const unmatched: Json[] = [];
  for (const before of expected) {
    const index = byKey.get(spec.key(before))?.find((i) => !matched.has(i));
    const after = index === undefined ? undefined : actual[index];
    if (index === undefined || after === undefined) {
      unmatched.push(before);
      continue;
    }
    matched.add(index);
    if (!deepEqual(before, after)) changes.push(changed(spec, before, after));
  }
  for (const before of unmatched) {
    const index = actual.findIndex((candidate, i) => !matched.has(i) && spec.overlaps(before, candidate));
    const after = actual[index];
    if (index < 0 || after === undefined) {
      changes.push({ group: spec.group, kind: 'removed', item: spec.label(before), details: spec.summary(before), offset: spec.offset(before) });
    } else {
      matched.add(index);
      changes.push(changed(spec, before, after));
    }
  }
  actual.forEach((after, i) => {
    if (!matched.has(i)) changes.push({ group: spec.group, kind: 'added', item: spec.label(after), details: spec.summary(after), offset: spec.offset(after) });
  });
  if (changes.length === 0 && !deepEqual([...expected], [...actual])) {
    changes.push({ group: spec.group, kind: 'changed', item: `order of ${spec.field}`, details: [], offset: null });
  }
  // Stable: changes at the same place keep removed-before-added order.
  return changes.sort((a, b) => (a.offset ?? Number.MAX_SAFE_INTEGER) - (b.offset ?? Number.MAX_SAFE_INTEGER));
}
