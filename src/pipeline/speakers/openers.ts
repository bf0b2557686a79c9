import type { Span } from '../../types.js';
import type { Doc } from '../document.js';
import { PERSON_NOUNS as PERSON_HEADS, PRONOUNS } from '../quotes/lexicon.js';
import type { Subject } from '../quotes/subject.js';
import { firstEndingAfter, overlapsAny } from '../spans.js';
import { startsLower } from '../chars.js';
import { isRoleNoun } from '../entities/context.js';
import type { Candidate, MentionIndex } from './mentions.js';

/**
 * Who a he, she or it points to by where the text stands: the person who opens the pronoun's
 * sentence or paragraph, or the paragraph before, and the rival a later mention makes of an
 * earlier speaker. Each rule is narrow; byReference (speakers.ts) falls back to recency.
 */

/** The sentence holding `offset`, by binary search. */
function sentenceAt(doc: Doc, offset: number): Span | null {
  const s = doc.sentences[firstEndingAfter(doc.sentences, offset)];
  return s && s.start <= offset ? s : null;
}

/** The first fitting person or organization mentioned in the sentence before `subject`, if any. */
export function sentenceOpener(doc: Doc, index: MentionIndex, subject: Subject, fits: (c: Candidate) => boolean, quoteIndex: number): Candidate | null {
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

export const PERSONAL = new Set(['he', 'she']);
const NAMED_AFTER = /^,\s+\p{Lu}/u;
const SOMEBODY = /^(?:A|An|One|Another)\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)/u;

/**
 * The pronoun's paragraph opens with an indefinite person, or the sentence before the pronoun's
 * does ("There is an alternative. … A Dutch transport official I spoke to was puzzled. "…," he asked.").
 */
export function opensWithSomebody(doc: Doc, subject: Subject): boolean {
  const at = firstEndingAfter(doc.sentences, subject.start);
  const sentence = doc.sentences[at];
  if (!sentence) return false;
  let first = at;
  while (first > 0 && doc.sentences[first - 1]!.paragraph === sentence.paragraph) first--;
  const somebody = (s: Span): boolean => {
    const text = doc.text.slice(s.start, Math.min(s.end, s.start + 80)).replace(LEADING_SPACE_OR_MARKS, '');
    // Up to four words after the article, one of them a person ("A Dutch transport official"),
    // who stays unnamed: "One resident, Marla Jensen, 62, said" names her.
    const words = SOMEBODY.exec(text)?.[1]?.split(/\s+/u) ?? [];
    const head = words.findIndex((w) => startsLower(w) && (PERSON_HEADS.has(w) || isRoleNoun(w)));
    return head >= 0 && !NAMED_AFTER.test(text.slice(text.indexOf(words[head]!) + words[head]!.length));
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
export function paragraphOpener(doc: Doc, index: MentionIndex, subject: Subject): Candidate | null {
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
export function previousParagraphOpener(doc: Doc, index: MentionIndex, subject: Subject): Candidate | null {
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
export function moreRecentRival(doc: Doc, candidates: readonly Candidate[], prev: Candidate, fits: (c: Candidate) => boolean, subject: Subject): boolean {
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
export function paragraphAt(doc: Doc, offset: number): number {
  const s = doc.sentences[firstEndingAfter(doc.sentences, offset)];
  return s ? s.paragraph : doc.paragraphs.length - 1;
}

