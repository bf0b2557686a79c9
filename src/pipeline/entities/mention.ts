import type { Kind, NameView } from './classify.js';

/** One name as it stands in the text, with the kind the typing rules gave it. */
export interface Mention {
  view: NameView;
  kind: Kind;
  /** The typing rule that decided `kind`. */
  rule: string;
  /** Offsets of the name as written: no title, no possessive. */
  start: number;
  end: number;
  words: string[];
  honorific: 'male' | 'female' | null | undefined;
  /** Index of the body sentence it stands in. */
  sentence: number;
}

export function mentionOf(view: NameView, kind: Kind, rule: string, sentence: number): Mention {
  const first = view.words[0]!;
  const last = view.words[view.words.length - 1]!;
  return {
    view,
    kind,
    rule,
    start: first.start,
    end: last.end,
    words: view.words.map((w) => w.text),
    honorific: view.shaped.honorific,
    sentence,
  };
}

export const surfaceOf = (text: string, m: Mention): string => nameText(text.slice(m.start, m.end));

const WHITE_SPACE_RUNS = /\s+/gu;

/**
 * A name as a reader writes it: its words as in the text, any run of whitespace between them as one
 * space. A name wrapped across a line ("Harbor\nUniversity" in hard-wrapped copy) is still "Harbor
 * University", and the same name in a CRLF file is the same string.
 */
export const nameText = (written: string): string => written.replace(WHITE_SPACE_RUNS, ' ');
