import type { EntityType, Resolution, Span } from '../../types.js';
import type { Doc } from '../document.js';

/** An entity a cue may point to, with what resolution needs to know about it. */
export interface Candidate {
  name: string;
  type: EntityType;
  gender: 'male' | 'female' | null;
  roles: readonly string[];
  /** Offset of its last mention before the point of reference. */
  lastMention: number;
}

const overlaps = (a: Span, b: Span): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** The person or organization with a mention overlapping `span` (people first), with that mention's text. */
export function entityOverlapping(doc: Doc, span: Span): (Candidate & { surface: string }) | null {
  let best: (Candidate & { surface: string }) | null = null;
  let bestOverlap = 0;
  const consider = (name: string, type: EntityType, gender: Candidate['gender'], roles: readonly string[], mentions: readonly Span[]) => {
    for (const m of mentions) {
      const o = overlaps(m, span);
      // Later mentions win ties: in "HRW China director Sophie Richardson" the person stands last.
      if (o > 0 && o >= bestOverlap) {
        bestOverlap = o;
        best = { name, type, gender, roles, lastMention: m.start, surface: doc.slice(m) };
      }
    }
  };
  for (const o of doc.organizations) consider(o.name, 'organization', null, [], o.mentions);
  for (const p of doc.people) consider(p.name, 'person', p.gender, p.roles, p.mentions);
  return best;
}

/** People and organizations mentioned before `offset`, and earlier quotes' speakers, most recent first. */
export function candidatesBefore(doc: Doc, offset: number): Candidate[] {
  const byKey = new Map<string, Candidate>();
  const add = (c: Candidate) => {
    const key = `${c.type}\u0000${c.name}`;
    const had = byKey.get(key);
    if (!had || had.lastMention < c.lastMention) byKey.set(key, had ? { ...had, lastMention: c.lastMention } : c);
  };
  for (const p of doc.people) {
    const before = p.mentions.filter((m) => m.end <= offset);
    if (before.length) add({ name: p.name, type: 'person', gender: p.gender, roles: p.roles, lastMention: before[before.length - 1]!.start });
  }
  for (const o of doc.organizations) {
    const before = o.mentions.filter((m) => m.end <= offset);
    if (before.length) add({ name: o.name, type: 'organization', gender: null, roles: [], lastMention: before[before.length - 1]!.start });
  }
  for (const q of doc.quotes) {
    const s = q.speaker;
    if (s && s.end <= offset && s.resolvedBy === 'name') add({ name: s.name, type: s.type, gender: null, roles: [], lastMention: s.start });
  }
  return [...byKey.values()].sort((a, b) => b.lastMention - a.lastMention || (a.name < b.name ? -1 : 1));
}

const TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sen', 'senator', 'rep', 'representative', 'gov', 'governor',
  'gen', 'general', 'president', 'vice', 'secretary', 'judge', 'justice', 'chairman', 'chairwoman', 'sir', 'dame',
  'lord', 'lady', 'rev', 'reverend', 'father', 'king', 'queen', 'prince', 'princess', 'pope', 'mayor', 'chancellor',
  'premier', 'minister', 'ambassador', 'officer', 'sgt', 'capt', 'captain', 'lt', 'col', 'colonel', 'chief', 'coach',
  'speaker', 'leader', 'commissioner', 'director', 'detective', 'sheriff', 'deputy', 'attorney', 'candidate', 'nominee',
  'spokesman', 'spokeswoman', 'spokesperson', 'chairperson', 'congressman', 'congresswoman', 'rabbi', 'imam', 'archbishop',
  'bishop', 'cardinal', 'sister', 'brother', 'madam', 'msgr', 'supt', 'insp', 'det', 'cpl', 'pvt', 'adm', 'cmdr', 'maj',
  'del', 'delegate', 'assemblyman', 'assemblywoman', 'councilman', 'councilwoman', 'alderman', 'trooper', 'agent',
]);
const NOT_NAMES = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'june', 'july', 'august', 'september', 'october', 'november', 'december', 'today', 'tonight', 'yesterday', 'tomorrow',
]);
const FEMALE_TITLES = new Set(['mrs', 'ms', 'miss', 'dame', 'lady', 'queen', 'princess', 'chairwoman']);
const MALE_TITLES = new Set(['mr', 'sir', 'lord', 'king', 'prince', 'father', 'chairman']);

const bare = (w: string): string => w.toLowerCase().replace(/\.$/u, '');

/**
 * A name in a cue that no entity covers: "Dr. Lena Okafor" → Lena Okafor, a lone surname → the
 * earlier person of that surname, an acronym → the organization it abbreviates.
 */
export function resolveBareName(doc: Doc, subject: Span): { candidate: Candidate; resolvedBy: Resolution } | null {
  const words = doc.slice(subject).replace(/['’]s$/u, '').split(/\s+/u).filter(Boolean);
  let titleGender: Candidate['gender'] = null;
  let k = 0;
  for (let i = 0; i < words.length - 1; i++) {
    const w = bare(words[i]!);
    if (TITLES.has(w)) {
      k = i + 1;
      if (FEMALE_TITLES.has(w)) titleGender = 'female';
      if (MALE_TITLES.has(w)) titleGender = 'male';
    }
  }
  const name = words.slice(k).join(' ');
  if (!name || !/^\p{Lu}/u.test(name) || NOT_NAMES.has(name.toLowerCase())) return null;
  // A people named by nationality or party ("Americans", "Republicans") is not one speaker.
  if (!name.includes(' ') && /(?:ans|ese|ists|ats)$/u.test(name)) return null;
  // A country or city that speaks ("Russia insisted …", "Japan branded …") speaks for its government.
  const place = doc.places.find((p) => p.mentions.some((m) => m.start <= subject.start && m.end >= subject.end));
  if (place) return { candidate: { name: place.name, type: 'organization', gender: null, roles: [], lastMention: subject.start }, resolvedBy: 'name' };
  if (/^[\p{Lu}.&]{2,}$/u.test(name)) {
    const org = doc.organizations.find((o) => o.name === name || o.aliases.includes(name));
    const candidate: Candidate = { name: org ? org.name : name, type: 'organization', gender: null, roles: [], lastMention: subject.start };
    return { candidate, resolvedBy: org && org.name !== name ? 'acronym' : 'name' };
  }
  if (!name.includes(' ')) {
    const surname = name;
    // Surnames come last in most names and first in Chinese ones ("Shih" of Shih Chien Yu).
    const people = candidatesBefore(doc, subject.start).filter((c) => c.type === 'person' && c.name !== surname);
    const earlier =
      people.find((c) => c.name.split(' ').pop() === surname) ?? people.find((c) => c.name.split(' ')[0] === surname);
    if (earlier) return { candidate: { ...earlier, lastMention: subject.start }, resolvedBy: 'surname' };
  }
  return { candidate: { name, type: 'person', gender: titleGender, roles: [], lastMention: subject.start }, resolvedBy: 'name' };
}
