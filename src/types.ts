/**
 * The public result types: what `analyze()` returns and what `--format json` prints.
 * This is the JSON contract (schemaVersion 1), mirrored by `schema/analysis.schema.json`.
 * Every `start`/`end` is a UTF-16 offset into the text exactly as read; `text` fields equal
 * `input.slice(start, end)`.
 */

export const SCHEMA_VERSION = 1 as const;

export interface Span {
  start: number;
  end: number;
}

export interface TextSpan extends Span {
  text: string;
}

export type QuoteKind = 'direct' | 'partial' | 'indirect';
export type EntityType = 'person' | 'organization';

/** How a quote's speaker was found; `name` means the full name stands in the cue itself. */
export type Resolution =
  | 'name'
  | 'surname'
  | 'acronym'
  | 'pronoun'
  | 'nominal'
  | 'continuation';

export interface Speaker {
  /** The resolved name (never "he" or "the group"). */
  name: string;
  type: EntityType;
  /** The mention that designates the speaker for this quote ("Shih", "he", "the group"). */
  start: number;
  end: number;
  surface: string;
  resolvedBy: Resolution;
}

export interface Quote extends TextSpan {
  kind: QuoteKind;
  speaker: Speaker | null;
  /** The attribution verb or phrase ("said", "told", "according to"); null when none stands near. */
  cue: TextSpan | null;
}

export interface SpeakerSummary {
  name: string;
  type: EntityType;
  quotes: number;
  /** Words inside the speaker's direct and partial quotes. */
  words: number;
}

export interface Person {
  name: string;
  aliases: string[];
  roles: string[];
  gender: 'male' | 'female' | null;
  mentions: Span[];
}

export interface Organization {
  name: string;
  aliases: string[];
  mentions: Span[];
}

export interface Place {
  name: string;
  mentions: Span[];
}

export interface Author extends TextSpan {
  /** The credit it was given under ("reporter", "translator and editor", "author"). */
  role: string;
}

export interface Figure extends TextSpan {
  value: number | null;
  /** High end of a range ("10 to 15"), else absent. */
  high?: number;
  unit: string | null;
  counts: string | null;
  qualifier: string | null;
}

export interface DateMention extends TextSpan {
  /** ISO at the text's granularity: YYYY, YYYY-MM, YYYY-MM-DD, or a decade as YYY; null when unresolvable. */
  value: string | null;
  /** End of a range ("from 2010 to 2015"), else absent. */
  endValue?: string;
  relative: boolean;
}

export interface AnalysisResult {
  schemaVersion: typeof SCHEMA_VERSION;
  source: string;
  id?: string;
  offsetUnit: 'utf16';
  referenceDate: string | null;
  title: string | null;
  dateline: TextSpan | null;
  authors: Author[];
  quotes: Quote[];
  speakers: SpeakerSummary[];
  people: Person[];
  organizations: Organization[];
  places: Place[];
  figures: Figure[];
  dates: DateMention[];
}

export interface AnalyzeOptions {
  /** Shown as `source` in the result: a path, or "-" for standard input. */
  source?: string;
  id?: string;
  /** YYYY-MM-DD; relative dates resolve against it. Else a date the article states, else none. */
  referenceDate?: string | null;
}
