import type { Quote } from '../../types.js';
import type { Doc, Paragraph } from '../document.js';
import { tokenize, type Token } from '../tokens.js';
import { ADJUNCT_STARTS, closingCue, usedAsNoun, type Cue } from './attribution.js';
import { subjectAfter, subjectBefore } from './subject.js';
import { VERB_LEMMA } from './lexicon.js';
import type { MarkedSpan } from './marks.js';
import { lowerCase } from '../chars.js';

/** Verbs that report the content of speech in a clause: "Torres said the county would appeal". */
const REPORTING = new Set([
  'say', 'tell', 'add', 'argue', 'warn', 'claim', 'state', 'insist', 'note', 'explain', 'acknowledge', 'admit',
  'contend', 'assert', 'maintain', 'predict', 'suggest', 'write', 'concede', 'confirm', 'stress', 'emphasize',
  'caution', 'testify', 'reiterate', 'recall', 'complain', 'announce',
]);
const MIN_CLAUSE_WORDS = 4;
/** Words that make what follows a reporting verb a clause of its own. */
const AUXILIARIES = new Set(['would', 'will', 'was', 'were', 'is', 'are', 'had', 'has', 'have', 'could', 'should', 'can', 'may', 'might', 'must', 'did', 'does', 'do']);

export interface IndirectQuote {
  quote: Quote;
  cue: Cue;
  paragraph: number;
}

/** Where the words of a sentence start: after the dateline ("LEEDSWORTH, 3 March 2025 —") when it opens the sentence. */
export function afterDateline(doc: Doc, start: number): number {
  const d = doc.dateline;
  return d && d.start <= start && start < d.end ? d.end : d && d.start >= start && d.start < start + 2 ? d.end : start;
}

const lemmaOf = (tok: Token | undefined): string => (tok && tok.word ? VERB_LEMMA.get(lowerCase(tok.text)) ?? '' : '');
const wordCount = (t: readonly Token[]): number => t.filter((x) => x.word).length;

function clause(doc: Doc, t: readonly Token[], from: number, to: number, cue: Cue): IndirectQuote | null {
  while (from < to && !t[from]!.word) from++;
  while (to > from && !t[to - 1]!.word && t[to - 1]!.text !== ')' && t[to - 1]!.text !== '%') to--;
  if (to - from <= 0 || wordCount(t.slice(from, to)) < MIN_CLAUSE_WORDS) return null;
  const start = t[from]!.start;
  const end = t[to - 1]!.end;
  // Keys written out in textSpan's order: spreads cost V8 new hidden classes at each call.
  const { text } = doc.textSpan(start, end);
  return { quote: { text, start, end, kind: 'indirect', speaker: null, cue: doc.textSpan(cue.start, cue.end) }, cue, paragraph: -1 };
}

/** "Torres said (that) the county would appeal." / "Shen told reporters that …" */
function subjectVerbClause(doc: Doc, t: readonly Token[]): IndirectQuote | null {
  for (let v = 1; v < t.length && v < 30; v++) {
    const lemma = lemmaOf(t[v]);
    if (!REPORTING.has(lemma) || usedAsNoun(t, v)) continue;
    // Base forms of most of these verbs are nouns too ("the state office", "a note"): only say/tell count bare.
    if (lowerCase(t[v]!.text) === lemma && lemma !== 'say' && lemma !== 'tell') continue;
    const subject = subjectBefore(t, v);
    if (!subject) continue;
    let from = v + 1;
    if (lemma === 'tell') {
      // Skip the addressee up to "that": "told reporters that …".
      let k = from;
      while (k < t.length && k < from + 6 && lowerCase(t[k]!.text) !== 'that') k++;
      if (lowerCase(t[k]?.text ?? '') !== 'that') return null;
      from = k + 1;
    } else if (lowerCase(t[from]?.text ?? '') === 'that') from++;
    else if (t[from] && !t[from]!.word) return null;
    else if (ADJUNCT_STARTS.has(lowerCase(t[from]?.text ?? ''))) {
      // "said in a letter last week that …": the clause starts after "that".
      const that = t.findIndex((x, k) => k > from && k < from + 10 && lowerCase(x.text) === 'that');
      if (that < 0) return null;
      from = that + 1;
    }
    // "announced the layoffs in a memo" reports no clause: past say/tell, a verb needs "that" or an
    // auxiliary in what follows ("warned the plan would fail").
    const hasThat = lowerCase(t[from - 1]?.text ?? '') === 'that';
    if (lemma !== 'say' && lemma !== 'tell' && !hasThat && !t.slice(from).some((x) => x.word && AUXILIARIES.has(lowerCase(x.text)))) return null;
    const cue: Cue = { start: t[v]!.start, end: t[v]!.end, subject };
    return clause(doc, t, from, t.length, cue);
  }
  return null;
}

const firstWord = (t: readonly Token[]): number => Math.max(0, t.findIndex((x) => x.word));

/** "The county will appeal, Torres said." / "…, according to the report." */
function clauseThenCue(doc: Doc, t: readonly Token[]): IndirectQuote | null {
  const closing = closingCue(t);
  return closing ? clause(doc, t, 0, closing.comma, closing.cue) : null;
}

/** "According to Torres, the county will appeal." */
function accordingFirst(doc: Doc, t: readonly Token[]): IndirectQuote | null {
  const i = firstWord(t);
  if (lowerCase(t[i]?.text ?? '') !== 'according' || lowerCase(t[i + 1]?.text ?? '') !== 'to') return null;
  const subject = subjectAfter(t, i + 1);
  const comma = t.findIndex((x, k) => k > i + 1 && x.text === ',');
  if (!subject || comma < 0 || comma > i + 12) return null;
  return clause(doc, t, comma + 1, t.length, { start: t[i]!.start, end: t[i + 1]!.end, subject });
}

/**
 * Reported speech without quote marks, one per sentence, in sentences that hold no quote marks.
 * The span is the reported clause.
 */
export function findIndirectQuotes(doc: Doc, paragraphs: readonly Paragraph[], marks: readonly MarkedSpan[]): IndirectQuote[] {
  const inPara = new Set(paragraphs.map((p) => p.index));
  const out: IndirectQuote[] = [];
  // Sentences and marks are both in text order: one sweep tells which sentences hold a mark.
  const sorted = [...marks].sort((a, b) => a.open - b.open);
  let k = 0;
  for (const s of doc.sentences) {
    while (k < sorted.length && sorted[k]!.close <= s.start) k++;
    const hasMark = k < sorted.length && sorted[k]!.open < s.end;
    if (hasMark || !inPara.has(s.paragraph) || doc.isExcluded(s)) continue;
    const t = tokenize(doc.text, afterDateline(doc, s.start), s.end);
    const found = accordingFirst(doc, t) ?? clauseThenCue(doc, t) ?? subjectVerbClause(doc, t);
    if (found) out.push({ quote: found.quote, cue: found.cue, paragraph: s.paragraph });
  }
  return out;
}
