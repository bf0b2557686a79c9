import type { AnalysisResult, Span, TextSpan } from '../../types.js';

export type EntityKind = 'person' | 'organization' | 'place' | 'figure' | 'date';
export type MarkKind = 'quote' | EntityKind;

/** One span of the article to show marked: a quote, or a mention of an entity, a figure or a date. */
export interface Mark {
  kind: MarkKind;
  start: number;
  end: number;
  /** Index in the result's list of that kind: `quotes`, `people`, `organizations`, `places`, `figures`, `dates`. */
  index: number;
}

/**
 * Which of two marks over the same characters is drawn outside the other: a quote holds the names
 * and numbers in it, an organization's name holds a place ("Harbor Authority of Port Ellis"), a
 * figure holds a date ("spending for 2024").
 */
const DEPTH: Readonly<Record<MarkKind, number>> = { quote: 0, organization: 1, person: 2, place: 3, figure: 4, date: 5 };

/** Outer marks first: earlier start, then later end, then the kind that holds the other. */
export function compareMarks(a: Mark, b: Mark): number {
  return a.start - b.start || b.end - a.end || DEPTH[a.kind] - DEPTH[b.kind] || a.index - b.index;
}

function fits(span: Span, text: string): boolean {
  return Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start < span.end && span.end <= text.length;
}

/** A span whose text is not the article's slice is from another text: showing it would mark the wrong words. */
function matches(span: TextSpan, text: string): boolean {
  return fits(span, text) && text.slice(span.start, span.end) === span.text;
}

/** Every quote and mention of the result that lies in `text`, outer marks first. */
export function collectMarks(result: AnalysisResult, text: string): Mark[] {
  const marks: Mark[] = [];
  const add = (kind: MarkKind, index: number, span: Span) => marks.push({ kind, start: span.start, end: span.end, index });
  result.quotes.forEach((q, i) => matches(q, text) && add('quote', i, q));
  const mentioned = [
    ['person', result.people],
    ['organization', result.organizations],
    ['place', result.places],
  ] as const;
  for (const [kind, entities] of mentioned) {
    entities.forEach((entity, i) => {
      for (const mention of entity.mentions) if (fits(mention, text)) add(kind, i, mention);
    });
  }
  result.figures.forEach((f, i) => matches(f, text) && add('figure', i, f));
  result.dates.forEach((d, i) => matches(d, text) && add('date', i, d));
  return marks.sort(compareMarks);
}
