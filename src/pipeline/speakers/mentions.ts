import type { EntityType, Span } from '../../types.js';
import type { Doc } from '../document.js';

/** An entity a cue may point to, with what resolution needs to know about it. */
export interface Candidate {
  name: string;
  type: EntityType;
  gender: 'male' | 'female' | null;
  roles: readonly string[];
  /** Offset of the mention this candidate was found through. */
  lastMention: number;
}

interface Mention extends Span {
  entity: Omit<Candidate, 'lastMention'>;
  /** Spoken to, not speaking: an organization in the dateline or after "told" (see `isRecipient`). */
  recipient: boolean;
}

const TOLD_BEFORE = /\b(?:told|telling|tells|interview with|speaking to|talking to)\s+(?:the\s+)?$/u;

/**
 * "OSLO (Reuters) -", "told Reuters", "in an interview with the BBC": an organization the text
 * only speaks to or through, which "the company" or "it" in a later cue does not point back to.
 */
function isRecipient(doc: Doc, span: Span): boolean {
  if (doc.dateline && doc.dateline.start <= span.start && span.end <= doc.dateline.end) return true;
  return TOLD_BEFORE.test(doc.text.slice(Math.max(0, span.start - 24), span.start));
}

/**
 * The candidate a mention stands for, keys written out in the entity's order: `{ ...entity, … }`
 * would cost V8 new hidden classes on every call, and recency walks build many of these.
 */
function candidateOf(m: Mention): Candidate {
  const { name, type, gender, roles } = m.entity;
  return { name, type, gender, roles, lastMention: m.start };
}

const keyOf = (c: { name: string; type: EntityType }): string => `${c.type}\u0000${c.name}`;
const overlap = (a: Span, b: Span): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** Index of the last mention whose start is below `offset`, in a list sorted by start; -1 when none. */
function lastStartingBefore(list: readonly Mention[], offset: number): number {
  let lo = 0;
  let hi = list.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** How far back recency looks: the distinct entities nearest before a pronoun or a nominal. */
const RECENCY_HORIZON = 40;
/** How many mentions back recency walks at most: one name repeated thousands of times must not make it quadratic. */
const MAX_WALK = 500;
/** The longest mention, which bounds how far back an overlapping mention can start. */
const MAX_MENTION = 200;
const AFFILIATION = /^,? (?:of|at|from) (?:the )?\p{Lu}/u;

/**
 * Every mention of a person, organization and place, sorted by offset, so that resolving a speaker
 * costs a binary search and a short walk rather than a pass over all entities: an article with
 * thousands of quotes and names stays linear.
 */
export class MentionIndex {
  private readonly entities: Mention[] = [];
  private readonly places: Mention[] = [];

  constructor(private readonly doc: Doc) {
    for (const o of doc.organizations) {
      const entity = { name: o.name, type: 'organization' as const, gender: null, roles: [] };
      for (const m of o.mentions) this.entities.push({ start: m.start, end: m.end, entity, recipient: isRecipient(doc, m) });
    }
    for (const p of doc.people) {
      const entity = { name: p.name, type: 'person' as const, gender: p.gender, roles: p.roles };
      for (const m of p.mentions) this.entities.push({ start: m.start, end: m.end, entity, recipient: false });
    }
    for (const p of doc.places) {
      const entity = { name: p.name, type: 'organization' as const, gender: null, roles: [] };
      for (const m of p.mentions) this.places.push({ start: m.start, end: m.end, entity, recipient: false });
    }
    // Organizations before people at the same offset: a person's mention wins a tie (see `overlapping`).
    this.entities.sort((a, b) => a.start - b.start || (a.entity.type === b.entity.type ? 0 : a.entity.type === 'organization' ? -1 : 1));
    this.places.sort((a, b) => a.start - b.start);
  }

  /** A speaker named outside the entities ("Dr. Lena Okafor" when no entity covers it) becomes a mention too. */
  addSpeaker(name: string, type: EntityType, span: Span): void {
    const at = lastStartingBefore(this.entities, span.start + 1) + 1;
    this.entities.splice(at, 0, { start: span.start, end: span.end, entity: { name, type, gender: null, roles: [] }, recipient: false });
  }

  /**
   * The person or organization whose mention overlaps `span` most; a later mention wins a tie, so in
   * "HRW China director Sophie Richardson" the person standing last is the one meant.
   */
  /**
   * "Tom Ruiz of Calder Construction", "Ana Diaz at the Marlow Gazette": a person opening the span
   * and where they work after "of", "at" or "from" is the person, though the organization's name
   * covers more of the span.
   */
  private personOfOrganization(span: Span): (Candidate & { surface: string }) | null {
    const i = lastStartingBefore(this.entities, span.start + 1);
    let m: Mention | undefined;
    for (let k = i; k >= 0 && this.entities[k]!.start === span.start; k--) if (this.entities[k]!.entity.type === 'person') m = this.entities[k];
    if (!m || m.end >= span.end || !AFFILIATION.test(this.doc.text.slice(m.end, span.end))) return null;
    const { name, type, gender, roles } = m.entity;
    return { name, type, gender, roles, lastMention: m.start, surface: this.doc.slice(m) };
  }

  overlapping(span: Span): (Candidate & { surface: string }) | null {
    const affiliated = this.personOfOrganization(span);
    if (affiliated) return affiliated;
    let best: Mention | null = null;
    let bestOverlap = 0;
    for (let i = lastStartingBefore(this.entities, span.end); i >= 0; i--) {
      const m = this.entities[i]!;
      if (m.start < span.start - MAX_MENTION) break;
      const o = overlap(m, span);
      if (o > bestOverlap || (o > 0 && o === bestOverlap && best !== null && m.start > best.start)) {
        best = m;
        bestOverlap = o;
      }
    }
    if (!best) return null;
    const { name, type, gender, roles } = best.entity;
    return { name, type, gender, roles, lastMention: best.start, surface: this.doc.slice(best) };
  }

  /** The place whose mention covers all of `span`, if any. */
  placeCovering(span: Span): Candidate | null {
    for (let i = lastStartingBefore(this.places, span.start + 1); i >= 0; i--) {
      const m = this.places[i]!;
      if (m.start < span.start - MAX_MENTION) break;
      if (m.start <= span.start && m.end >= span.end) return candidateOf(m);
    }
    return null;
  }

  /** Distinct entities mentioned wholly before `offset`, most recent first, up to the recency horizon. */
  recent(offset: number): Candidate[] {
    const seen = new Set<string>();
    const out: Candidate[] = [];
    const stop = Math.max(-1, lastStartingBefore(this.entities, offset) - MAX_WALK);
    for (let i = lastStartingBefore(this.entities, offset); i > stop && out.length < RECENCY_HORIZON; i--) {
      const m = this.entities[i]!;
      if (m.end > offset || m.recipient) continue;
      const key = keyOf(m.entity);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(candidateOf(m));
    }
    return out;
  }

  /** Entities mentioned wholly inside `span`, each at its first mention there, in text order. */
  /** The end of the entity mention that starts at `start`, or -1. */
  mentionEndAt(start: number): number {
    const i = lastStartingBefore(this.entities, start + 1);
    return i >= 0 && this.entities[i]!.start === start ? this.entities[i]!.end : -1;
  }

  within(span: Span): Candidate[] {
    const seen = new Set<string>();
    const out: Candidate[] = [];
    let i = lastStartingBefore(this.entities, span.start) + 1;
    for (; i < this.entities.length && this.entities[i]!.start < span.end; i++) {
      const m = this.entities[i]!;
      const key = keyOf(m.entity);
      if (m.end > span.end || seen.has(key)) continue;
      seen.add(key);
      out.push(candidateOf(m));
    }
    return out;
  }
}
