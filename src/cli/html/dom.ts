/**
 * The little of the DOM that the page readers use, typed here: the project compiles without the
 * browser's DOM types, and linkedom's own types name them. linkedom's documents satisfy it.
 */
export interface DomElement {
  readonly tagName: string;
  readonly parentElement: DomElement | null;
  readonly textContent: string | null;
  getAttribute(name: string): string | null;
}

export interface DomDocument {
  readonly documentElement: DomElement | null;
  /** linkedom walks its node list for these: linear, and no recursion however deep the tree. */
  getElementsByTagName(name: string): ArrayLike<DomElement>;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

/** Whitespace runs (newlines included) as one space, trimmed; null for nothing. */
export function oneLine(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  const text = value.replace(/\s+/gu, ' ').trim();
  return text === '' ? null : text;
}

/** How far up an ancestor test looks: the page measure already bounds the depth. */
const MAX_ANCESTORS = 200;

/** True when the element or one of its ancestors passes the test. */
export function hasAncestor(element: DomElement, test: (e: DomElement) => boolean): boolean {
  let current: DomElement | null = element;
  for (let steps = 0; current && steps < MAX_ANCESTORS; steps++) {
    if (test(current)) return true;
    current = current.parentElement;
  }
  return false;
}

export function elementsByTag(doc: DomDocument, name: string): DomElement[] {
  return Array.from(doc.getElementsByTagName(name));
}
