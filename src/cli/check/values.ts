/** Reading JSON values of unknown shape (an expected file is whatever is on disk). */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function listOf(value: Json | undefined): Json[] {
  return Array.isArray(value) ? value : [];
}

export function numberAt(item: Json | undefined, key: string): number | null {
  const value = isObject(item) ? item[key] : undefined;
  return typeof value === 'number' ? value : null;
}

export function stringAt(item: Json | undefined, key: string): string | null {
  const value = isObject(item) ? item[key] : undefined;
  return typeof value === 'string' ? value : null;
}

/** Structural equality of JSON values: key order does not matter, array order does. */
export function deepEqual(a: Json | undefined, b: Json | undefined): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => deepEqual(item, b[i]));
  }
  if (!isObject(a) || !isObject(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => key in b && deepEqual(a[key], b[key]));
}

/** `"text"` shortened to `max` characters with an ellipsis: labels name an item, offsets locate it. */
export function quoted(text: string, max = 60): string {
  const chars = [...text];
  return JSON.stringify(chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text);
}

/** A span's offsets as "14–48". */
export function range(item: Json | undefined): string {
  const start = numberAt(item, 'start');
  const end = numberAt(item, 'end');
  return start === null || end === null ? '?' : `${start}–${end}`;
}

/** A value in one short phrase: spans and speakers readably, anything else as compact JSON. */
export function describe(value: Json | undefined): string {
  if (value === undefined) return '(absent)';
  if (value === null) return 'none';
  if (typeof value === 'string') return quoted(value, 80);
  if (!isObject(value)) return JSON.stringify(value);
  const name = stringAt(value, 'name');
  if (name !== null && numberAt(value, 'start') !== null) {
    const surface = stringAt(value, 'surface');
    const how = stringAt(value, 'resolvedBy');
    return `${name} at ${range(value)}${surface !== null && surface !== name ? ` (${quoted(surface)})` : ''}${how ? `, by ${how}` : ''}`;
  }
  const text = stringAt(value, 'text');
  if (text !== null && numberAt(value, 'start') !== null) return `${quoted(text)} at ${range(value)}`;
  return JSON.stringify(value);
}
