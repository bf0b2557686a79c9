import { isAcronymWord, isCapitalized, type Token } from '../tokens.js';
import { ANONYMOUS_HEADS, BETWEEN_SUBJECT_AND_VERB, CUE_VERBS, ORG_NOUNS, PERSON_NOUNS, PRONOUNS, invertible } from './lexicon.js';
import { lowerCase, startsLower } from '../chars.js';
import {
  DETERMINERS,
  SENTENCE_OPENERS,
  dayStartingAt,
  isCueVerb,
  isNameWord,
  isPunct,
  nameRunBack,
  nameRunForward,
  nounPhraseWithComplement,
  AFFILIATION_WORDS,
  subjectAfter,
  nicknameAt,
  subjectBefore,
  wordAt,
  type Subject,
} from './subject.js';

/** An attribution: the cue words ("said", "according to", a dash) and the subject they name. */
export interface Cue {
  start: number;
  end: number;
  subject: Subject | null;
}

/** The cue with another subject (written out: a spread would cost V8 new hidden classes per call). */
const withSubject = (cue: Cue, subject: Subject | null): Cue => ({ start: cue.start, end: cue.end, subject });

/** True when the verb at `v` is negated or hedged ("did not say", "refused to say"), so it attributes nothing. */
function negated(t: readonly Token[], v: number): boolean {
  const a = wordAt(t, v - 1);
  const b = wordAt(t, v - 2);
  return a === 'not' || a === "n't" || a === 'never' || a === 'to' || b === 'not' || a.endsWith("n't") || a.endsWith('n’t');
}

const NOUN_MARKERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'these', 'those', 'such', 'some', 'new', 'recent', 'earlier', 'public', 'whose', 'any', 'no', 'of']);

const POSSESSIVE = /['’]s$/u;
const ENDS_WITH_S = /s$/u;

/** "remarks", "claims", "reports" after a determiner or a possessive are nouns, not speech verbs. */
export function usedAsNoun(t: readonly Token[], v: number): boolean {
  const prev = t[v - 1];
  if (!prev) return false;
  if (!prev.word) return prev.text === "'" || prev.text === '’';
  if (NOUN_MARKERS.has(lowerCase(prev.text)) || POSSESSIVE.test(prev.text)) return true;
  // "32% of Republican claims": after a preposition and a modifier, "claims" is a plural noun.
  const before = t[v - 2];
  return ENDS_WITH_S.test(t[v]!.text) && isCapitalized(prev.text) && !!before?.word && (PREPOSITIONS.has(lowerCase(before.text)) || NOUN_MARKERS.has(lowerCase(before.text)));
}
const PREPOSITIONS = new Set(['of', 'for', 'to', 'in', 'on', 'with', 'by', 'about', 'from', 'against', 'over', 'after', 'among']);

function cueAt(t: readonly Token[], v: number, allowInverted: boolean): Cue | null {
  if (!isCueVerb(t, v) || negated(t, v) || usedAsNoun(t, v)) return null;
  const verb = t[v]!;
  const before = subjectBefore(t, v);
  if (before) return { start: verb.start, end: verb.end, subject: before };
  if (allowInverted && invertible(verb.text)) {
    const after = subjectAfter(t, v);
    if (after) return { start: verb.start, end: verb.end, subject: after };
  }
  // "Trump outlined his plan and vowed to …": a second verb shares the sentence's subject.
  let k = v - 1;
  while (k >= 0 && t[k]!.word && BETWEEN_SUBJECT_AND_VERB.has(wordAt(t, k))) k--;
  if (wordAt(t, k) === 'and') {
    const shared = sentenceSubject(t.slice(0, k));
    if (shared?.subject) return { start: verb.start, end: verb.end, subject: shared.subject };
  }
  return { start: verb.start, end: verb.end, subject: null };
}

function accordingTo(t: readonly Token[], i: number): Cue | null {
  if (wordAt(t, i) !== 'according' || wordAt(t, i + 1) !== 'to') return null;
  const subject = authorOfDocument(t, i + 2) ?? subjectAfter(t, i + 1);
  return { start: t[i]!.start, end: t[i + 1]!.end, subject };
}

/** Documents whose author speaks through them: "according to a report by the Coastal Research Institute". */
const DOCUMENT_NOUNS = new Set(['report', 'study', 'statement', 'survey', 'analysis', 'letter', 'memo', 'audit', 'assessment', 'filing', 'review']);

/** The name after "a report by" / "a statement from" at `i`, if the words there are that. */
function authorOfDocument(t: readonly Token[], i: number): Subject | null {
  let k = DETERMINERS.has(wordAt(t, i)) ? i + 1 : i;
  if (!DOCUMENT_NOUNS.has(wordAt(t, k))) return null;
  k++;
  if (!['by', 'from', 'of'].includes(wordAt(t, k))) return null;
  k++;
  if (wordAt(t, k) === 'the') k++;
  if (!isNameWord(t[k])) return null;
  return { start: t[k]!.start, end: t[nameRunForward(t, k)]!.end, kind: 'name', head: '' };
}

/** Nouns of speech whose possessor is the speaker: "Trump's claim that …". */
const SPEECH_NOUNS = new Set([
  'claim', 'claims', 'statement', 'assertion', 'remark', 'remarks', 'comment', 'comments', 'words', 'promise',
  'pledge', 'warning', 'accusation', 'insistence', 'argument', 'prediction', 'vow', 'boast', 'complaint',
]);

const CAPITALIZED_POSSESSIVE = /^\p{Lu}.*['’]s$/u;

/**
 * 'Politifact seized on Trump's claim that there have been "thousands of shootings"': the possessor
 * of a noun of speech is the speaker, whatever verb governs the noun.
 */
function ownedSpeech(t: readonly Token[], i: number): Cue | null {
  if (!SPEECH_NOUNS.has(wordAt(t, i)) || t.length - i > 12) return null;
  // The noun must introduce the words ("claim that …", "claim: …"), not be talked about
  // ("called Obama's remarks on Saturday "a wake-up call"").
  const after = t[i + 1];
  if (after !== undefined && wordAt(t, i + 1) !== 'that' && after.text !== ':' && after.text !== ',') return null;
  const owner = t[i - 1];
  if (!owner?.word || !CAPITALIZED_POSSESSIVE.test(owner.text)) return null;
  const first = nameRunBack(t, i - 1);
  if (SENTENCE_OPENERS.has(wordAt(t, first))) return null;
  return { start: t[i]!.start, end: t[i]!.end, subject: { start: t[first]!.start, end: owner.end - 2, kind: 'name', head: '' } };
}

/**
 * Before a quote, a name after the verb speaks only when a comma or colon sets the quote apart
 * ('Said Ivo Petrov: "…"'); 'The clip says Kaine "has a passion …"' quotes words about Kaine.
 */
function invertedNeedsPause(t: readonly Token[], cue: Cue | null): Cue | null {
  if (!cue?.subject || cue.subject.start < cue.end) return cue;
  const next = t.find((x) => x.start >= cue.subject!.end);
  return next && (next.text === ',' || next.text === ':') ? cue : withSubject(cue, null);
}

/**
 * '"…," as one council member put it' and '"…," as Ruiz said': the speaker stands between "as"
 * and the verb. A cue with no subject found still says the quote is not the previous speaker's.
 */
function asSomeonePutIt(t: readonly Token[], i: number): Cue | null {
  if (wordAt(t, i) !== 'as') return null;
  for (let v = i + 2; v <= i + 10 && v < t.length && t[v]!.word; v++) {
    const putIt = wordAt(t, v) === 'put' && wordAt(t, v + 1) === 'it';
    if (!putIt && !isCueVerb(t, v)) continue;
    const clause = t.slice(i + 1, v + 1);
    const subject = subjectBefore(clause, clause.length - 1);
    return { start: t[v]!.start, end: t[putIt ? v + 1 : v]!.end, subject };
  }
  return null;
}

/**
 * 'As Lena Okafor, a tax lawyer, recently put it, "…"': "put it" at `i`, with "as" opening the
 * clause before it; the speaker is the subject between them.
 */
function asSomeonePutItBefore(t: readonly Token[], i: number): Cue | null {
  if (wordAt(t, i) !== 'put' || wordAt(t, i + 1) !== 'it') return null;
  for (let k = i - 2; k >= 0 && k >= i - 30; k--) {
    if (isPunct(t, k, '.!?;:')) return null;
    if (wordAt(t, k) !== 'as') continue;
    const clause = t.slice(k + 1, i + 1);
    const subject = subjectBefore(clause, clause.length - 1);
    return subject ? { start: t[i]!.start, end: t[i + 1]!.end, subject } : null;
  }
  return null;
}

/**
 * The tokens from `from` to `to` (exclusive) are one name phrase: at most eight words, none opening a
 * clause, with nothing but titles' dots, a nickname's quote marks ('Earvin "Magic" Johnson') and a
 * parenthesis ("(D-Ore.)", with or without a comma after it) between them.
 */
function isNamePhrase(t: readonly Token[], from: number, to: number): boolean {
  let words = 0;
  for (let k = from; k < to; k++) {
    const x = t[k]!;
    if (x.word) {
      // "WHO Director-General Amara Osei": an acronym is a name, whatever word it spells.
      if ((CLAUSE_WORDS.has(lowerCase(x.text)) && !isAcronymWord(x.text)) || ++words > 8) return false;
    } else if (x.text === '(') {
      while (k < to && t[k]!.text !== ')') k++;
      if (isPunct(t, k + 1, ',') && k + 2 === to) k++;
    } else if (nicknameAt(t, k) >= 0) {
      k = nicknameAt(t, k);
    } else if (x.text !== '.') {
      return false;
    }
  }
  return true;
}

/** Words that open a clause or a prepositional phrase: a name after them is not the quote's subject. */
const CLAUSE_WORDS = new Set([
  'for', 'of', 'in', 'on', 'at', 'to', 'that', 'when', 'while', 'and', 'or', 'but', 'if', 'as', 'with', 'from',
  'by', 'was', 'is', 'has', 'had', 'were', 'are', 'be', 'been', 'which', 'who', 'after', 'before', 'because',
]);

/** A name (titles included) opening the words at `i`, unless it is a possessive ("Trump's spokesman"). */
function openingName(t: readonly Token[], i: number): Subject | null {
  if (!isNameWord(t[i]) || ((SENTENCE_OPENERS.has(wordAt(t, i)) || DETERMINERS.has(wordAt(t, i))) && !isAcronymWord(t[i]!.text))) return null;
  const last = nameRunForward(t, i);
  if (POSSESSIVE.test(t[last]!.text) || isPunct(t, last + 1, "'’")) return null;
  return { start: t[i]!.start, end: t[last]!.end, kind: 'name', head: '' };
}

const DEMONSTRATIVES = new Set(['those', 'these', 'that', 'this', 'such']);
const COPULAS = new Set(['are', 'is', 'were', 'was']);
const SAYINGS = new Set(['words', 'view', 'verdict', 'message', 'assessment', 'opinion', 'warning', 'thoughts', 'advice', 'argument', 'plea']);

/** The same after a quote that ends its sentence: the next sentence opens with "Those are the words of". */
export function wordsOfAfter(t: readonly Token[]): Cue | null {
  const i = t.findIndex((x) => x.word);
  return i >= 0 ? wordsOf(t, i) : null;
}

/** '"…" Those are the words of Lucy Trewin, who …': the sentence after the quote names who said it. */
function wordsOf(t: readonly Token[], i: number): Cue | null {
  if (!DEMONSTRATIVES.has(wordAt(t, i)) || !COPULAS.has(wordAt(t, i + 1)) || wordAt(t, i + 2) !== 'the') return null;
  let k = i + 3;
  while (k < i + 6 && t[k]?.word && !SAYINGS.has(wordAt(t, k))) k++;
  if (!SAYINGS.has(wordAt(t, k)) || wordAt(t, k + 1) !== 'of') return null;
  let n = k + 2;
  // "the view of the local MP, Sarah Lewin": the name in apposition.
  while (n < k + 8 && t[n] && !isNameWord(t[n]) && !isPunct(t, n, '.;')) n++;
  if (!isNameWord(t[n]) || SENTENCE_OPENERS.has(wordAt(t, n))) return null;
  let last = nameRunForward(t, n);
  // "the local MP, Sarah Lewin": a title, then the name in apposition.
  if (isPunct(t, last + 1, ',') && isNameWord(t[last + 2]) && !SENTENCE_OPENERS.has(wordAt(t, last + 2))) {
    n = last + 2;
    last = nameRunForward(t, n);
  }
  return { start: t[k]!.start, end: t[k + 1]!.end, subject: { start: t[n]!.start, end: t[last]!.end, kind: 'name', head: '' } };
}

/**
 * The cue that follows a quote: '"…," Torres said', '"…," said Torres', '"…," the group said in a
 * report', '"…," according to Brandt', '"…" — Maya Lin'. `t` are the tokens after the closing mark up to
 * the next quote or the paragraph's end. Only a cue that starts right after the quote counts.
 */
export function cueAfterQuote(t: readonly Token[]): Cue | null {
  let i = 0;
  let dash = false;
  while (i < t.length && !t[i]!.word && ',:;—–―-'.includes(t[i]!.text)) {
    if ('—–―-'.includes(t[i]!.text)) dash = true;
    i++;
  }
  if (i >= t.length || !t[i]!.word) return null;
  const according = accordingTo(t, i) ?? wordsOf(t, i);
  if (according) return according;
  const asPut = asSomeonePutIt(t, i);
  if (asPut) return asPut;
  if (isCueVerb(t, i)) return cueAt(t, i, true);
  // Subject first: a pronoun, a name, or a short noun phrase, then (adverbs) the verb.
  for (let v = i + 1; v <= i + 40 && v < t.length; v++) {
    if (isPunct(t, v, '(')) {
      // "Rep. Gwen Moore (D-Wis.) said": a parenthesis between subject and verb.
      const close = t.findIndex((x, k) => k > v && k < v + 10 && x.text === ')');
      if (close > 0) v = close;
      continue;
    }
    const nickname = nicknameAt(t, v);
    if (nickname >= 0) {
      v = nickname;
      continue;
    }
    // "Mitch McConnell, R-Ky., said": the dot of an abbreviation before a comma does not end the sentence.
    const abbreviationDot = t[v]!.text === '.' && t[v + 1]?.text === ',';
    // Commas and dashes set off an apposition or an aside: '"…," Ivo Petrov — the port director — said'.
    if (!t[v]!.word && !abbreviationDot && !",-—–―'’".includes(t[v]!.text)) break;
    if (isCueVerb(t, v)) {
      if (usedAsNoun(t, v)) continue;
      const cue = cueAt(t, v, false);
      if (!cue) return null;
      // The name right after the quote is the subject, whatever appositions stand before the verb:
      // '"…," Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said'.
      const opening = openingName(t, i);
      // "IMF chief economist Maury Obstfeld said": the name nearest the verb heads the phrase,
      // unless commas set it apart as an apposition.
      const direct = cue.subject && cue.subject.kind === 'name' && isNamePhrase(t, i, v) ? cue.subject : null;
      if (direct && direct.start >= t[i]!.start) return cue;
      if (opening && v > i + 1) return withSubject(cue, opening);
      // The subject must open the words after the quote: "…" when he said … is not an attribution.
      if (cue.subject && cue.subject.start === t[i]!.start) return cue;
      // '"…," the Central Bank of the Philippines said': the name after the article.
      if (cue.subject?.kind === 'name' && wordAt(t, i) === 'the' && cue.subject.start === t[i + 1]?.start) return cue;
      const described = nounPhraseWithComplement(t, i, v);
      return described ? withSubject(cue, described) : null;
    }
  }
  if (dash && isNameWord(t[i])) {
    const last = nameRunForward(t, i);
    const subject: Subject = { start: t[i]!.start, end: t[last]!.end, kind: 'name', head: '' };
    return { start: t[i - 1]!.start, end: t[i - 1]!.end, subject };
  }
  return null;
}

const PARTICIPLE = /ing$/u;

/**
 * The cue in the words before a quote, within its sentence: 'Ellison said: "…"', 'Torres called the
 * ruling "…"', 'According to Brandt, "…"'. `t` are the tokens from the sentence start (or the previous
 * quote) to the opening mark. The last cue verb wins; one further than 25 words back does not count.
 */
const LINE_LABELS = new Set([
  'update', 'updated', 'correction', 'clarification', 'note', 'warning', 'caption', 'photo', 'source', 'sources',
  'related', 'read', 'watch', 'listen', 'question', 'answer', 'transcript', 'reporter', 'interviewer', 'moderator',
  'host', 'narrator', 'announcer', 'headline', 'summary', 'background', 'context', 'disclaimer', 'breaking',
  'exclusive', 'analysis', 'opinion', 'editorial', 'statement', 'quote', 'verdict', 'bottom', 'translation',
]);

/**
 * 'Delgado: "No. Next question."': a transcript line, where the words before the quote are only a
 * name (titles included) and a colon. The colon is the cue.
 */
function transcriptLine(t: readonly Token[]): Cue | null {
  const colon = t.length - 1;
  if (colon < 1 || colon > 5 || !isPunct(t, colon, ':') || !isNameWord(t[colon - 1])) return null;
  if (nameRunBack(t, colon - 1) !== 0) return null;
  // "Q:", "Update:", "Editor's note:" label a line; they name nobody.
  if (colon === 1 && (t[0]!.text.length === 1 || LINE_LABELS.has(lowerCase(t[0]!.text)))) return null;
  return { start: t[colon]!.start, end: t[colon]!.end, subject: { start: t[0]!.start, end: t[colon - 1]!.end, kind: 'name', head: '' } };
}

export function cueBeforeQuote(t: readonly Token[]): Cue | null {
  const transcript = transcriptLine(t);
  if (transcript) return transcript;
  for (let i = t.length - 1; i >= 0 && i >= t.length - 40; i--) {
    const tok = t[i]!;
    if (!tok.word && '.!?'.includes(tok.text)) return null;
    const according = accordingTo(t, i);
    if (according) return according;
    const owned = ownedSpeech(t, i);
    if (owned) return owned;
    const asPut = asSomeonePutItBefore(t, i);
    if (asPut) return asPut;
    if (CUE_VERBS.has(wordAt(t, i))) {
      const cue = invertedNeedsPause(t, cueAt(t, i, true));
      // "X said in a statement, adding that …": a participle takes the subject of the verb before it.
      if (cue && PARTICIPLE.test(wordAt(t, i)) && (!cue.subject || cue.subject.kind !== 'pronoun' && isPunct(t, i - 1, ','))) {
        // The cue stays the participle, the words that introduce the quote.
        let from = i;
        while (from > 0 && !(!t[from - 1]!.word && '.!?'.includes(t[from - 1]!.text))) from--;
        const earlier = cueBeforeQuote(t.slice(0, i)) ?? sentenceSubject(t.slice(from, i));
        if (earlier?.subject) return withSubject(cue, earlier.subject);
      }
      if (cue) return cue;
    }
  }
  return null;
}

const LEADING_PREPOSITIONS = new Set([
  'in', 'on', 'at', 'during', 'after', 'before', 'since', 'speaking', 'asked', 'for', 'with', 'by', 'from', 'amid',
  'despite', 'while', 'when', 'as', 'following', 'according', 'under', 'over', 'across', 'throughout', 'among',
  'unlike', 'like', 'given', 'until', 'once', 'if', 'although', 'though', 'because', 'without', 'within', 'ahead',
]);
/** Nouns for a text someone wrote or said: "X's brief", "X's letter" speak for X. */
const OWN_WORDS = new Set(['brief', 'letter', 'statement', 'filing', 'complaint', 'lawsuit', 'memo', 'tweet', 'post', 'speech', 'book', 'op-ed', 'essay', 'column', 'testimony', 'remarks', 'affidavit', 'motion']);
const NOT_VERBS = new Set(['of', 'and', 'or', 'to', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'as', 'who', 'which', 'that', 'the', 'a', 'an']);

const FOUR_DIGITS = /^\d{4}$/u;
const LOWER_CASE_WORD = /^\p{Ll}+$/u;

/**
 * The subject of a sentence that quotes a fragment without a speech verb ("Trump openly admires Putin
 * as a "strong leader""): a name or pronoun opening the sentence, followed by a verb-like word.
 * `t` are the sentence's tokens up to the quote.
 */
/** Capitalized at a sentence's start, these open a role before a name: "Retired firefighter Jim O'Brien". */
const NAME_JOINERS = new Set(['of', 'and', 'for', 'on', 'the']);
const ROLE_MODIFIERS = new Set(['retired', 'former', 'longtime', 'veteran', 'local', 'fellow', 'outgoing', 'incoming', 'acting', 'interim', 'senior']);

export function sentenceSubject(t: readonly Token[]): Cue | null {
  let i = 0;
  while (i < t.length && (!t[i]!.word || ['but', 'and', 'so', 'yet', 'still', 'then', 'now', 'also', 'meanwhile', 'however'].includes(wordAt(t, i)))) i++;
  // "On Tuesday, Trump …", "In a statement, the group …": skip a short opening phrase up to its comma.
  if (LEADING_PREPOSITIONS.has(wordAt(t, i))) {
    const comma = t.findIndex((x, k) => k > i && k < i + 12 && x.text === ',');
    if (comma < 0) return null;
    i = comma + 1;
    // "On July 6, 2015, Sanders …": the year after the day's comma belongs to the phrase.
    if (FOUR_DIGITS.test(t[i]?.text ?? '') && isPunct(t, i + 1, ',')) i += 2;
  }
  const tok = t[i];
  if (!tok || !tok.word) return null;
  let subject: Subject | null = null;
  let next = i + 1;
  const lower = lowerCase(tok.text);
  if (PRONOUNS.has(lower) && lower !== 'it' && lower !== 'i') {
    subject = { start: tok.start, end: tok.end, kind: 'pronoun', head: lower };
  } else if (lower === 'the') {
    // "The Republican nominee outlined …": a short noun phrase ending in a person or organization noun.
    for (let k = i + 1; k <= i + 4 && t[k]?.word; k++) {
      const head = wordAt(t, k);
      if (PERSON_NOUNS.has(head) || ORG_NOUNS.has(head)) {
        subject = { start: tok.start, end: t[k]!.end, kind: 'nominal', head };
        next = k + 1;
        break;
      }
      if (!isNameWord(t[k]) && !LOWER_CASE_WORD.test(t[k]!.text)) break;
    }
  } else if (ROLE_MODIFIERS.has(lower) || lower === 'another') {
    // "Retired firefighter Jim O'Brien was blunter:", "Another speaker, Jim Holt, was blunter:":
    // a capitalized modifier opens a role phrase, and the name after it is the subject.
    let k = i + 1;
    while (k < i + 5 && t[k]?.word && !isNameWord(t[k])) k++;
    if (isPunct(t, k, ',') && lower === 'another') k++;
    if (k === i + 1 || !isNameWord(t[k])) return null;
    const last = nameRunForward(t, k);
    subject = { start: t[k]!.start, end: t[last]!.end, kind: 'name', head: '' };
    next = last + 1;
    if (lower === 'another' && isPunct(t, next, ',')) next++;
  } else if (isNameWord(tok) && !SENTENCE_OPENERS.has(lower) && !DETERMINERS.has(lower)) {
    const last = nameRunForward(t, i);
    // "Scott's family has called …": a possessive names whose the subject is, not the subject —
    // unless the subject is the possessor's own words ("Ivana Trump's brief called …").
    const possessive = POSSESSIVE.test(t[last]!.text);
    if (possessive && !OWN_WORDS.has(wordAt(t, last + 1))) {
      // The possessed noun is the subject, somebody the text does not name: the quote is theirs,
      // not the previous speaker's.
      if (!t[last + 1]?.word || !startsLower(t[last + 1]!.text)) return null;
      subject = { start: tok.start, end: t[last + 1]!.end, kind: 'anonymous', head: wordAt(t, last + 1) };
      next = last + 2;
    } else {
      subject = { start: tok.start, end: t[last]!.end - (possessive ? 2 : 0), kind: 'name', head: '' };
      next = last + (possessive ? 2 : 1);
    }
  }
  if (!subject) return null;
  // "Dr. Ruth Mbeki of the London School of Hygiene and Tropical Medicine called …": where the
  // person works, a name that may hold "of" and "and", between the subject and its verb.
  if (subject.kind === 'name' && AFFILIATION_WORDS.has(wordAt(t, next))) {
    let k = next + 1 + (wordAt(t, next + 1) === 'the' ? 1 : 0);
    const limit = k + 10;
    if (isNameWord(t[k])) {
      while (k < limit && (isNameWord(t[k]) || (NAME_JOINERS.has(wordAt(t, k)) && isNameWord(t[k + 1])))) k++;
      next = k;
    }
  }
  // "Attorney General Roy Cooper (D), McCrory's opponent, called …": a short parenthesis after the name.
  if (subject.kind === 'name' && isPunct(t, next, '(')) {
    const close = t.findIndex((x, k) => k > next && k <= next + 8 && x.text === ')');
    if (close > 0) next = close + 1;
  }
  // "Sen. Maria Delacroix, D-Ore., on Thursday blocked …": an apposition set off by commas, then
  // a day, may stand between the subject and its verb.
  if (subject.kind === 'name' && isPunct(t, next, ',')) {
    const close = t.findIndex((x, k) => k > next && k <= next + 15 && x.text === ',');
    if (close > 0 && !t.slice(next + 1, close).some((x, k) => isCueVerb(t, next + 1 + k))) next = close + 1;
  }
  next += dayStartingAt(t, next);
  while (t[next] && t[next]!.word && BETWEEN_SUBJECT_AND_VERB.has(wordAt(t, next))) next++;
  const verb = t[next];
  if (!verb || !verb.word || !startsLower(verb.text) || NOT_VERBS.has(lowerCase(verb.text))) return null;
  // "Charlotte officials should …": the name qualifies a noun; the sentence's subject is the noun.
  const noun = lowerCase(verb.text);
  if (ANONYMOUS_HEADS.has(noun) || PERSON_NOUNS.has(noun) || ORG_NOUNS.has(noun)) return null;
  return { start: verb.start, end: verb.end, subject };
}

/** A headline that names its speaker before a colon: "Pat Caddell: Voters Say It's 'in Their Heads'". */
export function headlineSpeaker(t: readonly Token[]): Cue | null {
  const colon = t.findIndex((x) => x.text === ':');
  if (colon < 1 || colon > 5 || !t.slice(0, colon).every((x) => isNameWord(x) || x.text === '.' || x.text === "'s")) return null;
  const subject: Subject = { start: t[0]!.start, end: t[colon - 1]!.end, kind: 'name', head: '' };
  return { start: t[colon]!.start, end: t[colon]!.end, subject };
}

/**
 * The cue that closes a sentence after a comma: "…, Warren said." / "…, according to the report." —
 * searched from the end of `t` (the sentence's words after some point), at most a few words from its end.
 */
export function closingCue(t: readonly Token[]): { cue: Cue; comma: number } | null {
  for (let c = t.length - 2; c > 0 && c >= t.length - 14; c--) {
    if (t[c]!.text !== ',') continue;
    const cue = cueAfterQuote(t.slice(c, t.length));
    if (!cue || !cue.subject) continue;
    // The words after the cue, counted in place: at most six, opening an adjunct unless the subject follows the verb.
    let rest = 0;
    let firstRest: Token | null = null;
    for (const x of t) {
      if (x.start < cue.end || !x.word) continue;
      firstRest ??= x;
      rest++;
    }
    if (rest > 6 || (firstRest !== null && !ADJUNCT_STARTS.has(lowerCase(firstRest.text)) && !(cue.subject.start > cue.end))) continue;
    // "…, said she had nowhere to go": "she" opens the reported clause; an inverted pronoun ends the
    // sentence or comes before an adjunct ("…," said he, on Monday).
    // "…, said Pike owed farmers an apology": likewise a name followed by a lower-case word.
    if ((cue.subject.kind === 'pronoun' || cue.subject.kind === 'name') && cue.subject.start > cue.end) {
      const subjectEnd = cue.subject.end;
      const after = t.find((x) => x.start >= subjectEnd && x.word);
      const next = t.find((x) => x.start >= subjectEnd);
      const opensClause = cue.subject.kind === 'pronoun' || (next === after && after !== undefined && startsLower(after.text));
      if (after && opensClause && !ADJUNCT_STARTS.has(lowerCase(after.text))) continue;
    }
    return { cue, comma: c };
  }
  return null;
}

/** Words that open an adjunct after a speech verb ("said in a statement", "said on Tuesday"). */
export const ADJUNCT_STARTS: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'during', 'after', 'before', 'to', 'from', 'by', 'via', 'last', 'this', 'earlier', 'later', 'late',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight',
  'recently', 'previously', 'afterward', 'afterwards', 'when', 'while', 'as', 'adding', 'according',
]);
