import type { Cue } from './quotes/attribution.js';
import { overlapsAny } from './spans.js';
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

  /** True when `span` overlaps an excluded region (`span.start < x.end && span.end > x.start`). */
  isExcluded(span: Span): boolean {
    // The merged regions are disjoint and in order: a binary search keeps this O(log n) per call.
    return overlapsAny(this.excludedUnion(), span);
  }

  private unionOf: { source: Span[]; length: number; regions: Span[] } | null = null;

  /**
   * `excluded` merged into disjoint regions in text order, rebuilt when the array is replaced or
   * grows (stages only push to it and sort it, which leave the union unchanged). Only regions that
   * truly overlap are merged, never ones that merely touch, so a zero-width span at the seam of two
   * regions is outside both, as with the plain test.
   */
  private excludedUnion(): readonly Span[] {
    const source = this.excluded;
    if (this.unionOf && this.unionOf.source === source && this.unionOf.length === source.length) return this.unionOf.regions;
    const sorted = [...source].sort((a, b) => a.start - b.start || a.end - b.end);
    const regions: Span[] = [];
    for (const x of sorted) {
      const last = regions[regions.length - 1];
      if (last && x.start < last.end) last.end = Math.max(last.end, x.end);
      else regions.push({ start: x.start, end: x.end });
    }
    this.unionOf = { source, length: source.length, regions };
    return regions;
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
