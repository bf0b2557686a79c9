import type { Doc, Sentence } from '../document.js';
import { tokenize, type Tok } from './tokens.js';
import { findRuns } from './candidates.js';
import { shape, type Shaped } from './normalize.js';
import { SURNAMES, isFirstName } from './lexicon/firstNames.js';
import { FUNCTION_WORDS } from './lexicon/words.js';
import { KNOWN_ORGANIZATIONS } from './lexicon/organizations.js';
import { PLACES } from './lexicon/places.js';
import { isAcronym, isDottedLetters, isInitial } from './shape.js';
import { classify, view } from './classify.js';
import { mentionOf, type Mention } from './mention.js';
import { lowerCase, startsLower, startsUpper } from '../chars.js';

/** The body sentences as tokens (see `bodyChunks`), and every name in them typed by the rules. */
export interface Found {
  sentences: Tok[][];
  mentions: Mention[];
}

/** Words written lower-case somewhere in the body: a sentence-initial "Leaked" is then a word, not a name. */
function lowerCaseWords(sentences: readonly Tok[][]): Set<string> {
  const out = new Set<string>();
  for (const tokens of sentences) {
    for (const t of tokens) if (t.kind === 'word' && startsLower(t.text)) out.add(t.text);
  }
  return out;
}

/**
 * "President Obama Speech": a person's name does not end with a word the text writes lower-case
 * ("speech"), unless lists know it as a name.
 */
function withoutTrailingWord(shaped: Shaped, lower: ReadonlySet<string>): Shaped {
  const last = shaped.run.tokens[shaped.nameTo - 1]!.text;
  const key = lowerCase(last);
  // A function word ends names ("Theresa May"); a common noun does not.
  const ordinary = lower.has(key) && !FUNCTION_WORDS().has(key) && !SURNAMES().has(last) && !isFirstName(last);
  return ordinary && shaped.nameTo - shaped.nameFrom >= 2 ? { ...shaped, nameTo: shaped.nameTo - 1 } : shaped;
}

function isSpeakerLabel(m: Mention): boolean {
  const { shaped, tokens } = m.view;
  return m.kind === 'acronym' && shaped.run.initial && tokens[shaped.nameTo]?.text === ':' && !m.words[0]!.includes('.');
}

/** An initial that the sentence splitter may have taken for a full stop: "J.K." or "G.K." before a name. */
const endsWithInitial = (tokens: readonly Tok[]): boolean => {
  const last = tokens[tokens.length - 1];
  if (!last || last.kind !== 'word') return false;
  return isInitial(last.text) || (isDottedLetters(last.text) && !PLACES().has(last.text) && !KNOWN_ORGANIZATIONS().has(last.text));
};

/**
 * The body sentences as tokens, a sentence cut after an initial joined to the next one
 * ("J.K. | Rowling said …"), so that the name stays one run.
 */
function bodyChunks(doc: Doc): Tok[][] {
  const chunks: Tok[][] = [];
  let prev: Sentence | null = null;
  for (const s of doc.bodySentences()) {
    const tokens = tokenize(doc.text, s.start, s.end);
    const last = chunks[chunks.length - 1];
    if (prev && last && prev.paragraph === s.paragraph && endsWithInitial(last) && startsUpper(tokens[0]?.text ?? '')) {
      // One at a time: spreading a sentence of a million tokens into push() overflows the call stack.
      for (const t of tokens) last.push(t);
    } else {
      chunks.push(tokens);
    }
    prev = s;
  }
  return chunks;
}

export function findMentions(doc: Doc): Found {
  const sentences = bodyChunks(doc);
  const lower = lowerCaseWords(sentences);
  const mentions: Mention[] = [];
  sentences.forEach((tokens, s) => {
    for (const run of findRuns(tokens)) {
      const shaped = shape(run, lower);
      if (!shaped) continue;
      const seen = view(shaped);
      const { kind, rule } = classify(seen);
      if (kind === 'none') continue;
      const named = kind === 'person' ? withoutTrailingWord(shaped, lower) : shaped;
      // The view of an unchanged name is the one just classified (a view is only read, never changed).
      const mention = mentionOf(named === shaped ? seen : view(named), kind, rule, s);
      if (isSpeakerLabel(mention)) {
        // "PENCE: Well, look …": a transcript's speaker label, a person when a full name explains it.
        mention.kind = 'unknown';
        mention.rule = 'speaker label';
        mention.words = mention.words.map((w) => w[0] + lowerCase(w.slice(1)));
      }
      mentions.push(mention);
      if (kind === 'person') mentions.push(...employersInTitle(shaped, lower, s));
    }
  });
  return { sentences, mentions };
}

/**
 * "NATO Secretary-General Mark Rutte", "HRW director Sophie Richardson" in one run: an acronym or a
 * known organization in the title is mentioned too. Each word is typed by the same rules as a run of its own.
 */
function employersInTitle(person: Shaped, lower: ReadonlySet<string>, sentence: number): Mention[] {
  const out: Mention[] = [];
  for (let k = person.titleFrom; k < person.nameFrom; k++) {
    const tok = person.run.tokens[k]!;
    if (tok.kind !== 'word' || !(isAcronym(tok.text) || KNOWN_ORGANIZATIONS().has(tok.text))) continue;
    const shaped = shape({ tokens: person.run.tokens, from: k, to: k + 1, initial: false }, lower);
    if (!shaped) continue;
    const seen = view(shaped);
    const { kind, rule } = classify(seen);
    if (kind === 'organization' || kind === 'acronym') out.push(mentionOf(seen, kind, `${rule}, in a title`, sentence));
  }
  return out;
}
