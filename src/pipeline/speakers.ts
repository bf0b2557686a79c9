import type { EntityType, Resolution, Speaker, Span } from '../types.js';
import type { Doc, Stage } from './document.js';
import { POSSESSIVE_DETERMINERS, type Subject } from './quotes/subject.js';
import { OFFICE_NOUNS, PRONOUNS } from './quotes/lexicon.js';
import { resolveBareName } from './speakers/candidates.js';
import { MentionIndex, type Candidate } from './speakers/mentions.js';
import { PERSON_NOUNS as PERSON_HEADS } from './quotes/lexicon.js';
import { firstEndingAfter, overlapsAny } from './spans.js';
import { lowerCase } from './chars.js';
import { isRoleNoun } from './entities/context.js';

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
  return s.kind === 'pronoun' && PERSONAL.has(s.head) && PERSON_HEADS.has(unnamed.head) && paragraphIndexAt(doc, s.start) === paragraphIndexAt(doc, unnamed.start);
}

const paragraphIndexAt = (doc: Doc, offset: number): number => doc.sentences[firstEndingAfter(doc.sentences, offset)]?.paragraph ?? -1;

const SPOKES_HEADS = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'spokesmen', 'spokeswomen', 'spokespeople']);

/**
 * "a spokesman for the Ratepayers Alliance said": an unnamed spokesperson speaks as the organization
 * (the guide's "the spokeswoman said → the organization"). A spokesman for a person, or anyone else
 * for anyone ("a lawyer for the family"), stays nobody the text names.
 */
function spokespersonFor(doc: Doc, index: MentionIndex, subject: Subject): Speaker | null {
  if (!SPOKES_HEADS.has(subject.head)) return null;
  const inside = index.overlapping(subject);
  return inside && inside.type === 'organization' ? speakerFrom(inside, subject, doc, 'nominal') : null;
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

/** The sentence holding `offset`, by binary search. */
function sentenceAt(doc: Doc, offset: number): Span | null {
  const s = doc.sentences[firstEndingAfter(doc.sentences, offset)];
  return s && s.start <= offset ? s : null;
}

/** The first fitting person or organization mentioned in the sentence before `subject`, if any. */
function sentenceOpener(doc: Doc, index: MentionIndex, subject: Subject, fits: (c: Candidate) => boolean, quoteIndex: number): Candidate | null {
  const sentence = sentenceAt(doc, subject.start);
  if (!sentence || sentence.start === subject.start) return null;
  // Names inside a quote are spoken about, not speaking: read only after the last quote before the pronoun.
  let from = sentence.start;
  for (let k = quoteIndex; k >= 0; k--) {
    const q = doc.quotes[k]!;
    if (q.end <= sentence.start && q.start < sentence.start) break;
    if (q.kind !== 'indirect' && q.end <= subject.start && q.end > from) from = q.end;
  }
  return index.within({ start: from, end: subject.start }).find((c) => fits(c) && !talkedAbout(doc, c)) ?? null;
}

const LEADING_SPACE_OR_MARKS = /^[\s"“‘'(—–-]*/u;
const AFTER_PREPOSITION = /\b(?:in|on|at|to|for|from|about|against|of|by|than|like|over)\s+(?:the\s+)?$/u;

/** "Asked whether he had confidence in Marsh, he replied": a person named after a preposition is talked about, not talking. */
const talkedAbout = (doc: Doc, c: Candidate): boolean => AFTER_PREPOSITION.test(doc.text.slice(Math.max(0, c.lastMention - 16), c.lastMention));
/** "'s agent, " before a name in apposition. */
const POSSESSED_ROLE = /^['’]s [\p{Ll} -]{2,30}, /u;
/** A past-tense verb right after a name: "Reyes fired", "Pike responded", "Haines dismissed". */
const VERB_AFTER_NAME = /^ \p{Ll}{2,20}ed\b/u;

const PERSONAL = new Set(['he', 'she']);
const startsLowerCase = (w: string): boolean => w !== '' && w === lowerCase(w);
const SOMEBODY = /^(?:A|An|One|Another)\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)/u;

/**
 * The pronoun's paragraph opens with an indefinite person, or the sentence before the pronoun's
 * does ("There is an alternative. … A Dutch transport official I spoke to was puzzled. "…," he asked.").
 */
function opensWithSomebody(doc: Doc, subject: Subject): boolean {
  const at = firstEndingAfter(doc.sentences, subject.start);
  const sentence = doc.sentences[at];
  if (!sentence) return false;
  let first = at;
  while (first > 0 && doc.sentences[first - 1]!.paragraph === sentence.paragraph) first--;
  const somebody = (s: Span): boolean => {
    const text = doc.text.slice(s.start, Math.min(s.end, s.start + 80)).replace(LEADING_SPACE_OR_MARKS, '');
    // Up to four words after the article, one of them a person ("A Dutch transport official").
    const words = SOMEBODY.exec(text)?.[1]?.split(/\s+/u) ?? [];
    return words.some((w) => startsLowerCase(w) && (PERSON_HEADS.has(w) || isRoleNoun(w)));
  };
  return somebody(doc.sentences[first]!) || (at > first && somebody(doc.sentences[at - 1]!));
}

/** The first sentence of the pronoun's paragraph, when the pronoun stands in a later one. */
function openingSentence(doc: Doc, subject: Subject): { opener: Span; start: number } | null {
  const at = firstEndingAfter(doc.sentences, subject.start);
  const sentence = doc.sentences[at];
  if (!sentence || sentence.start > subject.start) return null;
  let first = at;
  while (first > 0 && doc.sentences[first - 1]!.paragraph === sentence.paragraph) first--;
  if (first === at) return null;
  const opener = doc.sentences[first]!;
  // A quote in the opener speaks for someone; reported speech ("Reyes fired back that …") is its subject's.
  if (doc.quotes.some((q) => q.kind !== 'indirect' && q.start < opener.end && q.end > opener.start)) return null;
  return { opener, start: opener.start + (LEADING_SPACE_OR_MARKS.exec(doc.text.slice(opener.start, opener.start + 4))?.[0].length ?? 0) };
}

function organizationOpener(doc: Doc, index: MentionIndex, subject: Subject): Candidate | null {
  const found = openingSentence(doc, subject);
  if (!found) return null;
  const org = index.within(found.opener).find((c) => c.type === 'organization');
  if (!org || org.lastMention !== found.start) return null;
  const between = index.within({ start: found.opener.end, end: subject.start });
  return between.some((c) => c.type === 'organization' && c.name !== org.name) ? null : org;
}

/**
 * 'Lena Barker was furious. "This is theft," she said.': a he or she in a later sentence of a
 * paragraph whose first sentence opens with a person of that gender points to that person, before
 * any earlier speaker. Narrowly: the first sentence holds no quote and names no other person (in
 * "Clinton aide Jennifer Palmieri said …" the opening name is a modifier), and no other person of
 * that gender is named between it and the pronoun. Likewise "it" and an organization opening the
 * paragraph ('UNICEF, the U.N. children's agency, said …. "…," it said.'), which may name others
 * in apposition, when no other organization is named between it and the pronoun.
 */
function paragraphOpener(doc: Doc, index: MentionIndex, subject: Subject): Candidate | null {
  const gender = PRONOUNS.get(subject.head);
  if (subject.head === 'it') return organizationOpener(doc, index, subject);
  if (gender !== 'male' && gender !== 'female') return null;
  const found = openingSentence(doc, subject);
  if (!found) return null;
  const { opener, start } = found;
  const named = index.within(opener).filter((c) => c.type === 'person');
  let person: Candidate | undefined = named[0];
  // "Brady's agent, Lou Carter, backed his client.": the person in apposition to the possessed role opens it.
  if (person && person.lastMention === start) {
    const end = index.mentionEndAt(start);
    const appositive = named[1];
    if (POSSESSED_ROLE.test(doc.text.slice(end, end + 40))) {
      person = appositive && POSSESSED_ROLE.exec(doc.text.slice(end, end + 40))![0].length === appositive.lastMention - end ? appositive : undefined;
      if (!person) return null;
      return person.gender === gender && !namedBetween(doc, index, opener, subject, person, gender) ? person : null;
    }
  }
  // A person of unknown gender ("Dr. Amara Osei … told me …") fits either pronoun when named alone.
  if (!person || person.lastMention !== start || (person.gender !== gender && !(person.gender === null && named.length === 1))) return null;
  // "Reyes fired back that Delgado …", "Pike responded to Drummond's comments": people named after
  // the opener's verb are what it acts on; in "Clinton aide Jennifer Palmieri said" no verb follows.
  if (named.length > 1 && !VERB_AFTER_NAME.test(doc.text.slice(index.mentionEndAt(start), index.mentionEndAt(start) + 24))) return null;
  return namedBetween(doc, index, opener, subject, person, gender) ? null : person;
}

/**
 * Whether another person who may be that gender is named between the opener and the pronoun; names
 * inside the quotes between are spoken about ("Mike has been in office …," he said).
 */
function namedBetween(doc: Doc, index: MentionIndex, opener: Span, subject: Subject, person: Candidate, gender: 'male' | 'female'): boolean {
  const between = index.within({ start: opener.end, end: subject.start }).filter((c) => !overlapsAny(doc.quotes, { start: c.lastMention, end: c.lastMention + 1 }));
  return between.some((c) => c.type === 'person' && c.gender !== (gender === 'male' ? 'female' : 'male') && c.name !== person.name);
}

/**
 * 'Nuttall was asked about a penalty appeal, when Oduya went down under a challenge from Price.' then
 * a paragraph that opens with a quote: '"I've seen them given," he said.' — the person who opens the
 * paragraph before, with a verb right after the name, is the one asked and answering. Only when
 * that paragraph quotes nobody and the pronoun's paragraph opens with the quote.
 */
function previousParagraphOpener(doc: Doc, index: MentionIndex, subject: Subject): Candidate | null {
  const gender = PRONOUNS.get(subject.head);
  if (gender !== 'male' && gender !== 'female') return null;
  const at = firstEndingAfter(doc.sentences, subject.start);
  const sentence = doc.sentences[at];
  const before = doc.sentences[at - 1];
  if (!sentence || !before || before.paragraph === sentence.paragraph || !OPENS_WITH_QUOTE.test(doc.text.slice(sentence.start, sentence.start + 2))) return null;
  const para = doc.paragraphs.find((p) => p.index === before.paragraph);
  if (!para || doc.quotes.some((q) => q.start < para.end && q.end > para.start)) return null;
  const person = index.within(para).find((c) => c.type === 'person');
  if (!person || person.lastMention !== para.start || (person.gender !== null && person.gender !== gender)) return null;
  const end = index.mentionEndAt(para.start);
  return LOWER_WORD_AFTER_NAME.test(doc.text.slice(end, end + 16)) ? person : null;
}

const OPENS_WITH_QUOTE = /^["“‘'«„]/u;
const LOWER_WORD_AFTER_NAME = /^ \p{Ll}{2,}/u;

/** True when another fitting entity of known gender was mentioned more recently than the previous speaker, by a sentence or more. */
function moreRecentRival(doc: Doc, candidates: readonly Candidate[], prev: Candidate, fits: (c: Candidate) => boolean, subject: Subject): boolean {
  if (subject.kind !== 'pronoun') return false;
  const rival = candidates.find(fits);
  if (!rival || rival.name === prev.name || rival.gender === null || talkedAbout(doc, rival)) return false;
  if (prev.gender === null) return true;
  // Both fit: the rival wins when the text turned to her after the previous speaker's last mention,
  // in the pronoun's paragraph or the one before ('… with Hillary Clinton lambasting the plan.
  // "…," she said.'), and not inside a quote (a name in a quote is spoken about).
  if (rival.lastMention <= prev.lastMention || overlapsAny(doc.quotes, { start: rival.lastMention, end: rival.lastMention + 1 })) return false;
  return paragraphAt(doc, rival.lastMention) >= paragraphAt(doc, subject.start) - 1;
}

/** Index of the paragraph holding `offset` (the last one starting at or before it). */
function paragraphAt(doc: Doc, offset: number): number {
  const s = doc.sentences[firstEndingAfter(doc.sentences, offset)];
  return s ? s.paragraph : doc.paragraphs.length - 1;
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
