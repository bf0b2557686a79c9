import type { Resolution, Span } from '../../types.js';
import type { Doc } from '../document.js';
import type { Candidate, MentionIndex } from './mentions.js';
import { lowerCase, startsUpper } from '../chars.js';

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

const FINAL_DOT = /\.$/u;

const bare = (w: string): string => lowerCase(w).replace(FINAL_DOT, '');

const POSSESSIVE = /['’]s$/u;
const WHITE_SPACE = /\s+/u;
const GROUP_NOUN_ENDING = /(?:ans|ese|ists|ats)$/u;
const ACRONYM_SHAPE = /^[\p{Lu}.&]{2,}$/u;

/**
 * A name in a cue that no entity covers: "Dr. Lena Okafor" → Lena Okafor, a lone surname → the
 * earlier person of that surname, an acronym → the organization it abbreviates.
 */
export function resolveBareName(doc: Doc, index: MentionIndex, subject: Span): { candidate: Candidate; resolvedBy: Resolution } | null {
  const words = doc.slice(subject).replace(POSSESSIVE, '').split(WHITE_SPACE).filter(Boolean);
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
  if (!name || !startsUpper(name) || NOT_NAMES.has(lowerCase(name))) return null;
  // A title whose name did not follow ("state Del. Marcia "Cia" Price" cut at the nickname) names nobody.
  if (words.length - k === 1 && TITLES.has(bare(name))) return null;
  // A people named by nationality or party ("Americans", "Republicans") is not one speaker.
  if (!name.includes(' ') && GROUP_NOUN_ENDING.test(name)) return null;
  // A country or city that speaks ("Russia insisted …", "Japan branded …") speaks for its government.
  const place = index.placeCovering(subject);
  if (place) return { candidate: place, resolvedBy: 'name' };
  if (ACRONYM_SHAPE.test(name)) {
    const org = doc.organizations.find((o) => o.name === name || o.aliases.includes(name));
    const candidate: Candidate = { name: org ? org.name : name, type: 'organization', gender: null, roles: [], lastMention: subject.start };
    return { candidate, resolvedBy: org && org.name !== name ? 'acronym' : 'name' };
  }
  if (!name.includes(' ')) {
    const surname = name;
    // Surnames come last in most names and first in Chinese ones ("Shih" of Shih Chien Yu).
    const people = index.recent(subject.start).filter((c) => c.type === 'person' && c.name !== surname);
    const earlier =
      people.find((c) => c.name.split(' ').pop() === surname) ?? people.find((c) => c.name.split(' ')[0] === surname);
    if (earlier) return { candidate: { ...earlier, lastMention: subject.start }, resolvedBy: 'surname' };
  }
  return { candidate: { name, type: 'person', gender: titleGender, roles: [], lastMention: subject.start }, resolvedBy: 'name' };
}
