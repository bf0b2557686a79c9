import type { Token } from '../tokens.js';
import { CUE_VERBS } from './lexicon.js';
import { lowerCase, startsLower, startsUpper } from '../chars.js';

/**
 * Whether a quoted span is speech, and of which kind. Scare quotes and quoted terms ("stability
 * maintenance", a "health check", titles, nicknames) are not speech: they name a thing rather than
 * report what somebody said.
 */
export type SpanKind = 'direct' | 'partial' | 'term';

export interface SpanContext {
  /** The quoted words. */
  inner: string;
  /** Tokens from the sentence start (or the previous quote) to the opening mark. */
  lead: readonly Token[];
  /** Tokens from the closing mark to the next quote or the paragraph's end. */
  tail: readonly Token[];
  /** True when a cue (a speech verb or "according to") stands in the sentence around the quote. */
  hasCue: boolean;
  /** True when the words before it run back to another quote in the same sentence. */
  followsQuote: boolean;
  /** True when the quote is in the headline. */
  inTitle: boolean;
  /** Lower-cased terms this article already quoted as terms (a repeated term is a term). */
  knownTerms: ReadonlySet<string>;
}

/** Words before a quote that introduce a name or a term, not speech. */
const NAMING_WORDS = new Set(['so-called', 'titled', 'entitled', 'named', 'term', 'phrase', 'slogan', 'motto', 'hashtag', 'known', 'headlined']);
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'its', 'his', 'her', 'their', 'our', 'these', 'those']);
/** Words that may follow a quoted fragment of speech; any other lower-case word makes it a modifier ("stability maintenance" regime). */
const AFTER_SPEECH = new Set([
  'and', 'or', 'but', 'for', 'to', 'in', 'on', 'at', 'of', 'by', 'as', 'that', 'which', 'who', 'is', 'was', 'are',
  'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'the', 'a', 'an',
  'from', 'with', 'about', 'over', 'after', 'before', 'because', 'if', 'when', 'while', 'since', 'than', 'he',
  'she', 'they', 'it', 'we', 'i', 'you', 'into', 'unless', 'until', 'so', 'then', 'not', 'even', 'also', 'during',
  'against', 'without', 'amid', 'despite', 'where', 'whether', 'according', 'nor', 'yet', 'said', 'says', 'just',
]);

// Patterns are module constants: a regex literal in a function body is a new object at each call.
const NOT_TERM_CHARS = /[^\p{L}\p{N} ]/gu;
const WHITE_SPACE = /\s+/u;
const HAS_ALNUM = /[\p{L}\p{N}]/u;
const OPENS_UPPER_OR_DIGIT = /^[\p{Lu}\p{N}]/u;
const FIRST_LETTER_UPPER = /^\P{L}*\p{Lu}/u;
const STAGE_DIRECTION = /^\(.*\)\.?$/u;
const SPEAKER_TURN = /^\p{Lu}{2,}(?: \p{Lu}{2,})?:/u;
const ENDS_SENTENCE = /[.!?]$/u;
const ENDS_SENTENCE_OR_COMMA = /[.!?,]$/u;
const ENDS_PUNCTUATED = /[,.;:!?]$/u;
const TITLE_SMALL_WORDS = new Set(['of', 'the', 'a', 'an', 'and', 'in', 'on', 'for', 'to', 'at', 'with']);

export const termKey = (inner: string): string => lowerCase(inner).replace(NOT_TERM_CHARS, '').trim();

const words = (s: string): string[] => s.split(WHITE_SPACE).filter((w) => HAS_ALNUM.test(w));
const isTitleCase = (ws: readonly string[]): boolean =>
  ws.length >= 2 && ws.every((w) => OPENS_UPPER_OR_DIGIT.test(w) || TITLE_SMALL_WORDS.has(w));

function lastWord(t: readonly Token[], back = 0): string {
  let seen = 0;
  for (let i = t.length - 1; i >= 0; i--) {
    if (!t[i]!.word) continue;
    if (seen === back) return lowerCase(t[i]!.text);
    seen++;
  }
  return '';
}

function leadEndsWith(t: readonly Token[], chars: string): boolean {
  const last = t[t.length - 1];
  return !!last && !last.word && chars.includes(last.text);
}

export function classifySpan(c: SpanContext): SpanKind {
  const ws = words(c.inner);
  if (ws.length === 0) return 'term';
  // Stage directions and transcript turns ("(CROSSTALK)", "WALLACE: Let's start…") are not quotes of one speaker.
  if (STAGE_DIRECTION.test(c.inner) || SPEAKER_TURN.test(c.inner)) return 'term';
  if (c.inTitle) return 'partial';
  const opensUpper = FIRST_LETTER_UPPER.test(c.inner);
  const leadEmpty = c.lead.length === 0;
  const leadHasCue = c.lead.some((x) => x.word && CUE_VERBS.has(lowerCase(x.text)));
  // The second half of a split quote ('"First we count," Torres said, "then we decide."') is direct.
  const splitHalf = c.followsQuote && leadHasCue && leadEndsWith(c.lead, ',');
  const sentenceLike = (opensUpper && (leadEmpty || leadEndsWith(c.lead, ':—–') || (leadHasCue && leadEndsWith(c.lead, ',')))) || splitHalf;
  // A whole sentence quoted after a verb ('a sign read "Keep out of the water."') is direct speech too.
  const wholeSentence = opensUpper && ws.length >= 4 && ENDS_SENTENCE.test(c.inner) && !isTitleCase(ws);
  const kind: SpanKind = (sentenceLike && (ws.length >= 3 || ENDS_SENTENCE_OR_COMMA.test(c.inner))) || wholeSentence ? 'direct' : 'partial';
  if (kind === 'direct') return kind;
  if (ws.length > 6) return kind;

  const before = lastWord(c.lead);
  const nextTok = c.tail[0];
  const next = nextTok && nextTok.word ? nextTok.text : '';
  if (c.knownTerms.has(termKey(c.inner))) return 'term';
  if (NAMING_WORDS.has(before) || (before === 'as' && NAMING_WORDS.has(lastWord(c.lead, 1)))) return 'term';
  // A nickname between a first name and a surname: Marcia "Cia" Price.
  const prevTok = c.lead[c.lead.length - 1];
  if (prevTok?.word && startsUpper(prevTok.text) && startsUpper(next) && ws.length <= 2) return 'term';
  // A title of a work or a programme, in title case mid-sentence.
  if (!leadEmpty && isTitleCase(ws) && (!ENDS_SENTENCE.test(c.inner) || ws.length <= 5)) return 'term';
  // A modifier: the quoted words qualify the noun after them ("stability maintenance" regime).
  if (next && startsLower(next) && !AFTER_SPEECH.has(lowerCase(next)) && !ENDS_PUNCTUATED.test(c.inner)) return 'term';
  // A noun phrase the article builds around the quoted words: a region-wide "health check-up".
  if (ws.length <= 3 && DETERMINERS.has(lastWord(c.lead, 1)) && before.includes('-')) return 'term';
  // Followed by an apposition that calls it a term: "focus personnel," a broad term.
  const apposition = c.tail[0]?.text === ',' ? c.tail.slice(1) : c.inner.endsWith(',') ? c.tail : [];
  if (apposition.length >= 2 && DETERMINERS.has(lowerCase(apposition[0]!.text)) && apposition.slice(0, 4).some((x) => ['term', 'phrase', 'word', 'label', 'euphemism', 'category', 'designation'].includes(lowerCase(x.text)))) return 'term';
  return kind;
}
