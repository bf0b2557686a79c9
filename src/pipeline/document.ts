import type { Cue } from './quotes/attribution.js';
import type {
  Author,
  DateMention,
  Figure,
  Organization,
  Person,
  Place,
  Quote,
  Span,
  TextSpan,
} from '../types.js';

/** A paragraph: a block of text between blank lines (or a line, in texts without blank lines). */
export interface Paragraph extends Span {
  index: number;
}

/** A sentence, never crossing a paragraph boundary. */
export interface Sentence extends Span {
  paragraph: number;
}

/**
 * The one object every pipeline stage reads and writes (after spaCy's `Doc`): the text as read,
 * its structure, and the typed spans found so far. Stages declare which fields they read and write.
 */
export class Doc {
  readonly text: string;
  referenceDate: string | null;
  paragraphs: Paragraph[] = [];
  sentences: Sentence[] = [];
  /** Regions that are not article text (share buttons, comment forms, credits, the title line). */
  excluded: Span[] = [];
  title: TextSpan | null = null;
  dateline: TextSpan | null = null;
  authors: Author[] = [];
  quotes: Quote[] = [];
  people: Person[] = [];
  organizations: Organization[] = [];
  places: Place[] = [];
  figures: Figure[] = [];
  dates: DateMention[] = [];
  /** From the quotes stage to the speakers stage: how each quote (same index) is attributed. */
  attributions: Attribution[] = [];

  constructor(text: string, referenceDate: string | null = null) {
    this.text = text;
    this.referenceDate = referenceDate;
  }

  slice(span: Span): string {
    return this.text.slice(span.start, span.end);
  }

  textSpan(start: number, end: number): TextSpan {
    return { text: this.text.slice(start, end), start, end };
  }

  isExcluded(span: Span): boolean {
    return this.excluded.some((x) => span.start < x.end && span.end > x.start);
  }

  /** Sentences of the article body: those outside excluded regions. */
  bodySentences(): Sentence[] {
    return this.sentences.filter((s) => !this.isExcluded(s));
  }

  /** Paragraphs of the article body, the title line included only when `withTitle`. */
  bodyParagraphs(): Paragraph[] {
    return this.paragraphs.filter((p) => !this.isExcluded(p));
  }
}

/**
 * How a quote is attributed, before names are resolved: by its own cue, or by inheriting the speaker
 * of an earlier quote (`from`, a quote index) in the same paragraph or the paragraph before.
 */
export interface Attribution {
  cue: Cue | null;
  inherit: 'paragraph' | 'continuation' | null;
  from: number;
}

/** A pipeline stage: reads some fields of the `Doc` and writes others. */
export interface Stage {
  name: string;
  reads: readonly (keyof Doc)[];
  writes: readonly (keyof Doc)[];
  run(doc: Doc): void;
}
