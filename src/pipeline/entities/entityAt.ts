import type { Doc } from '../document.js';

/**
 * The person or organization one of whose mentions overlaps [start, end), for the speaker stage:
 * a cue's subject ("Shih", "HRW") is looked up here by its offsets. People are searched first; a
 * span is never both (the entities stage gives each name one kind).
 */
export function entityAt(doc: Doc, start: number, end: number): { kind: 'person' | 'organization'; index: number } | null {
  const overlaps = (m: { start: number; end: number }): boolean => m.start < end && m.end > start;
  const person = doc.people.findIndex((p) => p.mentions.some(overlaps));
  if (person >= 0) return { kind: 'person', index: person };
  const org = doc.organizations.findIndex((o) => o.mentions.some(overlaps));
  return org >= 0 ? { kind: 'organization', index: org } : null;
}
