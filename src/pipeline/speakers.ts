import type { EntityType, Resolution, Speaker, Span } from '../types.js';
import type { Doc, Stage } from './document.js';
import { POSSESSIVE_DETERMINERS, type Subject } from './quotes/subject.js';
import { OFFICE_NOUNS, ORG_NOUNS, PRONOUNS } from './quotes/lexicon.js';
import { resolveBareName } from './speakers/candidates.js';
import { MentionIndex, type Candidate } from './speakers/mentions.js';
import { moreRecentRival, opensWithSomebody, paragraphAt, paragraphOpener, PERSONAL, previousParagraphOpener, sentenceOpener } from './speakers/openers.js';
import { PERSON_NOUNS as PERSON_HEADS } from './quotes/lexicon.js';
import { lowerCase } from './chars.js';

/**
 * Resolves each quote's cue subject to the entity a careful reader would name: a name through the
 * people and organizations found, a pronoun or a noun phrase through the speakers and mentions before
 * it, an inherited quote through the quote it continues. Unresolvable stays null: a wrong speaker is
 * worse than none.
 */
function speakerFrom(c: Candidate, subject: Span, doc: Doc, resolvedBy: Resolution): Speaker {
  return { name: c.name, type: c.type, start: subject.start, end: subject.end, surface: doc.slice(subject), resolvedBy };
}

const WHITE_SPACE_RUNS = /\s+/gu;
const ACRONYM_SHAPE = /^[\p{Lu}.&]{2,}$/u;

const LEADING_THE = /^the\s+/iu;

/**
 * `known`: the name must be one the text has introduced (an entity, or the surname of a person named
 * before). A transcript line's label ('Shock: "We never saw it coming."') is not taken on its word.
 */
function byName(doc: Doc, index: MentionIndex, subject: Subject, known = false): Speaker | null {
  // "The Northgate School District, which serves …, said": the entity is named without its article.
  const article = LEADING_THE.exec(doc.slice(subject))?.[0].length ?? 0;
  const hit = index.overlapping(subject) ?? (article > 0 ? index.overlapping({ start: subject.start + article, end: subject.end }) : null);
  if (hit) {
    // Names are kept with their white space folded: "Mara\nQuint" is written "Mara Quint".
    const surface = doc.slice(subject).replace(WHITE_SPACE_RUNS, ' ');
    const resolvedBy: Resolution = hit.type === 'organization' && ACRONYM_SHAPE.test(hit.surface) ? 'acronym' : surface.includes(hit.name) ? 'name' : 'surname';
    return speakerFrom(resolvedBy === 'surname' ? sharedSurnameByPronoun(doc, subject, hit, surface) : hit, subject, doc, resolvedBy);
  }
  const bare = resolveBareName(doc, index, article > 0 ? { ...subject, start: subject.start + article } : subject);
  if (!bare || (known && bare.resolvedBy === 'name' && !bare.candidate.name.includes(' '))) return null;
  // Nobody is called "The …": a name with an article that no entity covers is an organization, as
  // the publications that speak in news are ("as The New Yorker put it", "The Hill reported").
  if (article > 0 && bare.candidate.type === 'person') {
    bare.candidate = { name: doc.slice(subject).replace(WHITE_SPACE_RUNS, ' '), type: 'organization', gender: null, roles: [], lastMention: subject.start };
  }
  // A headline speaks before the article names anyone ('Mayor Delgado: ‘I will not resign’'): its
  // lone surname is the one person of that surname the article names.
  if (bare.resolvedBy === 'name' && bare.candidate.type === 'person' && !bare.candidate.name.includes(' ') && inTitle(doc, subject)) {
    const surname = ` ${bare.candidate.name}`;
    const named = doc.people.filter((p) => p.name.endsWith(surname));
    const person = named[0];
    if (person && named.length === 1) return speakerFrom({ name: person.name, type: 'person', gender: person.gender, roles: person.roles, lastMention: subject.start }, subject, doc, 'surname');
  }
  // A name no entity covers still counts as a mention, for the pronouns and surnames after it.
  index.addSpeaker(bare.candidate.name, bare.candidate.type, subject);
  return speakerFrom(bare.candidate, subject, doc, bare.resolvedBy);
}

const PRONOUN_AFTER_VERB = /^\s+\p{Ll}{2,12}\s+(he|she)\b/u;

/**
 * 'Thwaite said he would take the council to court': when two people share the surname, the
 * pronoun right after the verb says which, against the latest named that grouping picked.
 */
function sharedSurnameByPronoun(doc: Doc, subject: Subject, hit: Candidate, surname: string): Candidate {
  const pronoun = PRONOUN_AFTER_VERB.exec(doc.text.slice(subject.end, subject.end + 24))?.[1];
  if (!pronoun || hit.type !== 'person') return hit;
  const gender = pronoun === 'he' ? 'male' : 'female';
  if (hit.gender === gender) return hit;
  const others = doc.people.filter((p) => p.name !== hit.name && p.gender === gender && p.name.endsWith(` ${surname}`));
  const other = others[0];
  return other && others.length === 1 ? { name: other.name, type: 'person', gender: other.gender, roles: other.roles, lastMention: subject.start } : hit;
}

/**
 * '"…," a senior official at the ministry said. "…," the official said.': "the official" is the one
 * just left unnamed, and so is "he" in the same paragraph, rather than the last speaker named.
 */
function pointsToUnnamed(doc: Doc, s: Subject, unnamed: Subject): boolean {
  if (s.kind === 'nominal') return s.head === unnamed.head;
  return s.kind === 'pronoun' && PERSONAL.has(s.head) && PERSON_HEADS.has(unnamed.head) && paragraphAt(doc, s.start) === paragraphAt(doc, unnamed.start);
}

const SPOKES_HEADS = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'spokesmen', 'spokeswomen', 'spokespeople']);

/**
 * "a spokesman for the Ratepayers Alliance said": an unnamed spokesperson speaks as the organization
 * (the guide's "the spokeswoman said → the organization"). A spokesman for a person, or anyone else
 * for anyone ("a lawyer for the family"), stays nobody the text names.
 */
function spokespersonFor(doc: Doc, index: MentionIndex, subject: Subject): Speaker | null {
  if (!SPOKES_HEADS.has(subject.head)) return null;
  const inside = index.overlapping(subject);
  if (inside) return inside.type === 'organization' ? speakerFrom(inside, subject, doc, 'nominal') : null;
  // "A council spokesman said", "an agency spokeswoman said": the organization of that kind named
  // last before it, when the noun says a kind (ORG_NOUNS) and one fits.
  const words = doc.slice(subject).split(WHITE_SPACE_RUNS);
  const kind = words.length >= 2 ? lowerCase(words[words.length - 2]!) : undefined;
  if (!kind || !ORG_NOUNS.has(kind) || GENERIC_ORG_HEADS.has(kind)) return null;
  const org = index.recent(subject.start).find((c) => c.type === 'organization' && headFits(c, kind));
  return org ? speakerFrom(org, subject, doc, 'nominal') : null;
}


function genderOk(c: Candidate, pronoun: string): boolean {
  const want = PRONOUNS.get(pronoun);
  if (want === 'male' || want === 'female') return c.type === 'person' && (c.gender === null || c.gender === want);
  if (want === 'group') return c.type === 'organization';
  return false;
}

const POSSESSIVE_S = /['’]s\b/u;

/**
 * A pronoun or nominal points back to the last speaker when it fits, else to the nearest fitting
 * mention before it. A person of the other gender, or a different kind of entity, never fits.
 */
function byReference(doc: Doc, index: MentionIndex, subject: Subject, previous: Speaker | null, quoteIndex: number): Speaker | null {
  // "Obama's former campaign strategist" is somebody else than Obama: only a person whose role says so fits.
  // "his spokesman" too: somebody of that person's, not that person.
  const possessive = subject.kind === 'nominal' && (POSSESSIVE_S.test(doc.slice(subject)) || POSSESSIVE_DETERMINERS.has(lowerCase(doc.slice(subject).split(' ')[0] ?? '')));
  const fits = (c: Candidate): boolean => {
    if (subject.kind === 'pronoun') return genderOk(c, subject.head);
    if (possessive) return c.type === 'person' && !isOrgHead(subject.head) && roleFits(c, subject.head);
    return c.type === (isOrgHead(subject.head) ? 'organization' : 'person') && headFits(c, subject.head);
  };
  const resolvedBy: Resolution = subject.kind === 'pronoun' ? 'pronoun' : 'nominal';
  // A headline's role ("Mayor vows …") comes before the article names anyone: the one person it
  // gives that role, or nobody.
  if (subject.kind === 'nominal' && inTitle(doc, subject)) {
    const fitting = doc.people.filter((p) => !isOrgHead(subject.head) && roleFits({ name: p.name, type: 'person', gender: p.gender, roles: p.roles, lastMention: 0 }, subject.head));
    const person = fitting[0];
    return person && fitting.length === 1 ? speakerFrom({ name: person.name, type: 'person', gender: person.gender, roles: person.roles, lastMention: subject.start }, subject, doc, resolvedBy) : null;
  }
  // "The HRW report said": an entity named inside the noun phrase is the speaker.
  const inside = index.overlapping(subject);
  if (subject.kind === 'nominal' && inside && inside.type === 'organization') return speakerFrom(inside, subject, doc, resolvedBy);
  const candidates = index.recent(subject.start);
  // "Ban Ki-moon condemned what he called …": a pronoun inside a sentence points to the person who
  // opens that sentence before any earlier speaker.
  if (subject.kind === 'pronoun') {
    const local = sentenceOpener(doc, index, subject, fits, quoteIndex) ?? paragraphOpener(doc, index, subject) ?? previousParagraphOpener(doc, index, subject);
    if (local) return speakerFrom(local, subject, doc, resolvedBy);
    // 'A firefighter who had been digging since dawn described …. "…," he said.': the paragraph
    // opens with somebody unnamed, whom the pronoun points to, not the last man named.
    if (PERSONAL.has(subject.head) && opensWithSomebody(doc, subject)) return null;
  }
  // "The Republican nominee said": a person introduced in that role beats a nearer one whose role is unknown.
  if (subject.kind === 'nominal' && !possessive && !isOrgHead(subject.head)) {
    const described = candidates.find((c) => c.type === 'person' && roleFits(c, subject.head) && headFits(c, subject.head));
    if (described) return speakerFrom(described, subject, doc, resolvedBy);
  }
  if (previous) {
    const known = candidates.find((c) => c.name === previous.name && c.type === previous.type);
    // The mention that made them the last speaker counts as their latest, though the entities may
    // have filed it under someone else ("Thwaite" of two Thwaites, told apart by "said he").
    const prev: Candidate = known
      ? { name: known.name, type: known.type, gender: known.gender, roles: known.roles, lastMention: Math.max(known.lastMention, previous.start) }
      : { name: previous.name, type: previous.type, gender: null, roles: [], lastMention: previous.start };
    // "…," Sanders said. … the Vermont senator acknowledged …: a description may name the last
    // speaker when the text gave no role that contradicts it; any other person needs the role.
    const describesPrev =
      subject.kind === 'nominal' && !possessive && prev.type === 'person' && prev.roles.length === 0 && OFFICE_NOUNS.has(subject.head) && genderFitsHead(prev, subject.head);
    if ((fits(prev) || describesPrev) && !moreRecentRival(doc, candidates, prev, fits, subject)) {
      return theyArePeople(subject, candidates, prev) ? null : speakerFrom(prev, subject, doc, resolvedBy);
    }
  }
  const best = candidates.find(fits);
  if (!best || theyArePeople(subject, candidates, best)) return null;
  // A pronoun with two fitting people of unknown gender in the last sentences is a guess: leave it.
  if (subject.kind === 'pronoun' && best.gender === null && candidates.filter(fits).length > 1) return null;
  return speakerFrom(best, subject, doc, resolvedBy);
}

/**
 * 'Ivo Petrov and Lena Marsh run the bakery. "We will stay," they said.': when two people or more
 * were named since the organization, "they" are those people, whom no one speaker names.
 */
function theyArePeople(subject: Subject, candidates: readonly Candidate[], org: Candidate): boolean {
  if (subject.kind !== 'pronoun' || subject.head !== 'they' || org.type !== 'organization') return false;
  let people = 0;
  for (const c of candidates) {
    if (c.name === org.name && c.type === org.type) break;
    if (c.type === 'person') people++;
  }
  return people >= 2;
}

const isOrgHead = (head: string): boolean => !PERSON_HEADS.has(head);

/** Titles as news abbreviates them, by the noun a later reference uses ("Sen. Bernie Sanders" … "the Vermont senator"). */
const TITLE_NOUNS: ReadonlyMap<string, readonly string[]> = new Map([
  ['sen.', ['senator', 'lawmaker']], ['rep.', ['representative', 'congressman', 'congresswoman', 'lawmaker']],
  ['gov.', ['governor']], ['gen.', ['general']], ['lt.', ['lieutenant']], ['sgt.', ['sergeant', 'officer']],
  ['capt.', ['captain', 'officer']], ['col.', ['colonel']], ['adm.', ['admiral']], ['cmdr.', ['commander']],
  ['amb.', ['ambassador', 'diplomat']], ['atty.', ['attorney', 'lawyer']], ['supt.', ['superintendent']],
  ['det.', ['detective', 'officer']], ['dr.', ['doctor', 'physician']], ['pres.', ['president']], ['del.', ['delegate', 'lawmaker']],
]);

function roleFits(c: Candidate, head: string): boolean {
  return c.roles.some((r) => {
    const role = lowerCase(r);
    return role.includes(head) || role.split(' ').some((w) => TITLE_NOUNS.get(w)?.includes(head) === true);
  });
}

const MALE_HEADS = new Set(['spokesman', 'chairman', 'congressman', 'businessman', 'man', 'father', 'husband', 'son', 'brother']);
const FEMALE_HEADS = new Set(['spokeswoman', 'chairwoman', 'congresswoman', 'businesswoman', 'woman', 'mother', 'wife', 'daughter', 'sister']);

const GENERIC_ORG_HEADS = new Set([
  'group', 'organization', 'organisation', 'report', 'statement', 'campaign', 'watchdog', 'company', 'firm',
  'newspaper', 'paper', 'outlet', 'publication', 'magazine', 'website', 'site', 'network', 'channel',
  'broadcaster', 'study', 'survey', 'poll', 'movement', 'coalition',
]);

/**
 * Words in a name that say it is no business: "the company" and "the firm" point back past the
 * University of Leeds and the county council to the company.
 */
const NOT_A_BUSINESS = [
  'university', 'college', 'school', 'ministry', 'department', 'council', 'commission', 'committee', 'agency',
  'authority', 'court', 'police', 'party', 'senate', 'congress', 'parliament', 'government', 'institute', 'society',
  'foundation', 'association', 'church', 'union', 'reuters', 'associated press', 'agence', 'bbc', 'news', 'times',
  'post', 'journal', 'tribune', 'herald', 'guardian', 'telegraph', 'organization', 'organisation', 'nations',
  'trust', 'charity', 'hospital', 'museum', 'library', 'club', 'army', 'navy',
];
const BUSINESS_HEADS = new Set(['company', 'firm', 'business', 'group']);

/** Words in a name that say what the noun says: "the regulator" is the Office of Water Regulation. */
const ORG_HEAD_KIN: ReadonlyMap<string, readonly string[]> = new Map([
  ['regulator', ['regulat']],
  ['agency', ['authority', 'administration', 'bureau', 'service']],
  ['airline', ['airways', 'airlines', ' air']], ['carrier', ['airways', 'airlines', ' air', 'shipping', 'lines', 'ferry']],
  ['insurer', ['insurance', 'assurance', 'mutual']], ['lender', ['bank', 'financial', 'credit', 'mortgage']],
  ['retailer', ['stores', 'retail', 'mart', 'shops']], ['automaker', ['motors', 'auto']], ['carmaker', ['motors', 'auto']],
  ['utility', ['power', 'energy', 'electric', 'water', 'gas', 'utilities']],
  ['operator', ['ports', 'ferry', 'transit', 'railway', 'airways', 'airport']], ['contractor', ['construction', 'engineering', 'builders']],
  ['hospital', ['clinic', 'medical', 'health']], ['publisher', ['press', 'publishing', 'books', 'media']],
  ['manufacturer', ['industries', 'manufacturing', 'motors', 'works']], ['developer', ['properties', 'developments', 'realty', 'homes']],
  ['district', ['school district', 'district']],
  ['charity', ['foundation', 'trust', 'society', 'fund', 'charity', 'aid', 'relief', 'appeal', 'mission', 'action', 'rescue', 'shelter', 'cancer', 'children', 'hospice']],
]);

const genderFitsHead = (c: Candidate, head: string): boolean =>
  !(c.gender === 'female' && MALE_HEADS.has(head)) && !(c.gender === 'male' && FEMALE_HEADS.has(head));

function headFits(c: Candidate, head: string): boolean {
  if (!genderFitsHead(c, head)) return false;
  if (c.type === 'organization') {
    // "the group", "the report", "the paper" fit any organization; "the ministry" only one whose name
    // says so: "an officer at the police station said" is not the nearest organization speaking.
    const name = lowerCase(c.name);
    if (BUSINESS_HEADS.has(head) && head !== 'group' && NOT_A_BUSINESS.some((w) => name.includes(w))) return false;
    return GENERIC_ORG_HEADS.has(head) || name.includes(head) || (ORG_HEAD_KIN.get(head) ?? []).some((w) => name.includes(w));
  }
  // "the spokeswoman", "the mayor": a person whose role says so. A person of unknown role is no
  // mayor: 'Ivo Petrov runs the port. "It is over," the mayor said.' names nobody.
  return roleFits(c, head) || ['official', 'man', 'woman'].includes(head);
}

const inTitle = (doc: Doc, span: Span): boolean => doc.title !== null && doc.title.start <= span.start && span.end <= doc.title.end;

const OPENING_MARK_ONLY = /^\s*(?:["“‘'«„]\s*)?$/u;

/** 'Delgado: "We will rebuild."': a name and a colon right before the quote. */
const isTranscriptLine = (doc: Doc, cue: Span, quote: Span): boolean =>
  doc.slice(cue) === ':' && cue.end <= quote.start && OPENING_MARK_ONLY.test(doc.text.slice(cue.end, quote.start)) &&
  // A headline ('Mayor Delgado: ‘I will not resign’') names its speaker before the article does.
  !inTitle(doc, cue);

export const speakers: Stage = {
  name: 'speakers',
  reads: ['text', 'title', 'sentences', 'paragraphs', 'quotes', 'attributions', 'people', 'organizations'],
  writes: ['quotes'],
  run(doc: Doc) {
    const index = new MentionIndex(doc);
    let previous: Speaker | null = null;
    // The last cue that named nobody ("A senior official at the ministry … said"), until a named one.
    let unnamed: Subject | null = null;
    doc.quotes.forEach((quote, i) => {
      const a = doc.attributions[i];
      let speaker: Speaker | null = null;
      if (a?.inherit && a.from >= 0) {
        const from = doc.quotes[a.from]?.speaker;
        // Keys as speakerFrom writes them, without a spread (which costs new hidden classes per call).
        speaker = from ? { name: from.name, type: from.type, start: from.start, end: from.end, surface: from.surface, resolvedBy: 'continuation' } : null;
      } else if (a?.cue?.subject) {
        const s = a.cue.subject;
        if (s.kind === 'name') speaker = byName(doc, index, s, isTranscriptLine(doc, a.cue, quote));
        else if (unnamed && pointsToUnnamed(doc, s, unnamed)) speaker = null;
        else if (s.kind === 'pronoun' || s.kind === 'nominal') speaker = byReference(doc, index, s, previous, i);
        else if (s.kind === 'anonymous') speaker = spokespersonFor(doc, index, s);
        if (s.kind === 'anonymous' && !speaker) unnamed = s;
      }
      quote.speaker = speaker;
      if (speaker) {
        previous = speaker;
        unnamed = null;
      }
    });
  },
};

export type { EntityType };
