import { GROUPS, type Change } from '../changes.js';

const SIGN: Readonly<Record<Change['kind'], string>> = { removed: '-', added: '+', changed: '~' };

export interface DiffLine {
  /** 0: a group heading; 1: an item; 2: a detail of the item above. */
  depth: 0 | 1 | 2;
  kind: Change['kind'] | null;
  text: string;
}

/** A diff as lines under group headings: `- quote 14–48 "…"`, then its details indented below. */
export function diffLines(changes: readonly Change[]): DiffLine[] {
  const lines: DiffLine[] = [];
  for (const group of GROUPS) {
    const inGroup = changes.filter((c) => c.group === group);
    if (inGroup.length === 0) continue;
    lines.push({ depth: 0, kind: null, text: group });
    for (const change of inGroup) {
      lines.push({ depth: 1, kind: change.kind, text: `${SIGN[change.kind]} ${change.item}` });
      for (const detail of change.details) lines.push({ depth: 2, kind: change.kind, text: detail });
    }
  }
  return lines;
}

/** The diff as plain indented text, for reports that cannot colour. */
export function diffText(changes: readonly Change[], indent = ''): string {
  return diffLines(changes)
    .map((line) => `${indent}${'  '.repeat(line.depth === 2 ? 3 : line.depth)}${line.text}\n`)
    .join('');
}
