import type {
  AnalysisResult,
  Author,
  DateMention,
  Figure,
  Organization,
  Person,
  Place,
  Quote,
  Span,
  Speaker,
  SpeakerSummary,
  TextSpan,
} from '../types.js';
import type { ErrorRecord } from './records.js';

/**
 * The key order of every JSON object we print, so that output bytes do not depend on the order in
 * which a pipeline stage happened to build an object. Each list must name every key of its type:
 * the `Exhaustive` checks below fail to compile when src/types.ts gains a field that is not listed.
 */
interface Shape {
  keys: readonly string[];
  children?: Readonly<Record<string, Shape>>;
}

type Exhaustive<T, K extends readonly (keyof T)[]> = [Exclude<keyof T, K[number]>] extends [never] ? true : false;

const SPAN_KEYS = ['start', 'end'] as const satisfies readonly (keyof Span)[];
const TEXT_SPAN_KEYS = ['text', 'start', 'end'] as const satisfies readonly (keyof TextSpan)[];
const SPEAKER_KEYS = ['name', 'type', 'start', 'end', 'surface', 'resolvedBy'] as const satisfies readonly (keyof Speaker)[];
const QUOTE_KEYS = ['text', 'start', 'end', 'kind', 'speaker', 'cue'] as const satisfies readonly (keyof Quote)[];
const SUMMARY_KEYS = ['name', 'type', 'quotes', 'words'] as const satisfies readonly (keyof SpeakerSummary)[];
const PERSON_KEYS = ['name', 'aliases', 'roles', 'gender', 'mentions'] as const satisfies readonly (keyof Person)[];
const ORGANIZATION_KEYS = ['name', 'aliases', 'mentions'] as const satisfies readonly (keyof Organization)[];
const PLACE_KEYS = ['name', 'mentions'] as const satisfies readonly (keyof Place)[];
const AUTHOR_KEYS = ['text', 'start', 'end', 'role'] as const satisfies readonly (keyof Author)[];
const FIGURE_KEYS = ['text', 'start', 'end', 'value', 'high', 'unit', 'counts', 'qualifier'] as const satisfies readonly (keyof Figure)[];
const DATE_KEYS = ['text', 'start', 'end', 'value', 'endValue', 'relative'] as const satisfies readonly (keyof DateMention)[];
const ERROR_KEYS = ['source', 'id', 'error'] as const satisfies readonly (keyof ErrorRecord)[];
const RESULT_KEYS = [
  'schemaVersion', 'source', 'id', 'offsetUnit', 'referenceDate', 'title', 'dateline', 'authors',
  'quotes', 'speakers', 'people', 'organizations', 'places', 'figures', 'dates',
] as const satisfies readonly (keyof AnalysisResult)[];

export const KEY_ORDER_IS_EXHAUSTIVE: readonly true[] = [
  true satisfies Exhaustive<Span, typeof SPAN_KEYS>,
  true satisfies Exhaustive<TextSpan, typeof TEXT_SPAN_KEYS>,
  true satisfies Exhaustive<Speaker, typeof SPEAKER_KEYS>,
  true satisfies Exhaustive<Quote, typeof QUOTE_KEYS>,
  true satisfies Exhaustive<SpeakerSummary, typeof SUMMARY_KEYS>,
  true satisfies Exhaustive<Person, typeof PERSON_KEYS>,
  true satisfies Exhaustive<Organization, typeof ORGANIZATION_KEYS>,
  true satisfies Exhaustive<Place, typeof PLACE_KEYS>,
  true satisfies Exhaustive<Author, typeof AUTHOR_KEYS>,
  true satisfies Exhaustive<Figure, typeof FIGURE_KEYS>,
  true satisfies Exhaustive<DateMention, typeof DATE_KEYS>,
  true satisfies Exhaustive<ErrorRecord, typeof ERROR_KEYS>,
  true satisfies Exhaustive<AnalysisResult, typeof RESULT_KEYS>,
];

const SPAN: Shape = { keys: SPAN_KEYS };
const TEXT_SPAN: Shape = { keys: TEXT_SPAN_KEYS };
const MENTIONED = { mentions: SPAN };

const RESULT: Shape = {
  keys: RESULT_KEYS,
  children: {
    dateline: TEXT_SPAN,
    authors: { keys: AUTHOR_KEYS },
    quotes: { keys: QUOTE_KEYS, children: { speaker: { keys: SPEAKER_KEYS }, cue: TEXT_SPAN } },
    speakers: { keys: SUMMARY_KEYS },
    people: { keys: PERSON_KEYS, children: MENTIONED },
    organizations: { keys: ORGANIZATION_KEYS, children: MENTIONED },
    places: { keys: PLACE_KEYS, children: MENTIONED },
    figures: { keys: FIGURE_KEYS },
    dates: { keys: DATE_KEYS },
  },
};

const ERROR: Shape = { keys: ERROR_KEYS, children: { error: { keys: ['code', 'message'] } } };

function reorder(value: unknown, shape: Shape): unknown {
  if (Array.isArray(value)) return value.map((item) => reorder(item, shape));
  if (value === null || typeof value !== 'object') return value;
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of shape.keys) {
    if (source[key] === undefined) continue;
    const child = shape.children?.[key];
    out[key] = child ? reorder(source[key], child) : source[key];
  }
  // Keys the contract does not know are kept (last) rather than hidden: the schema tests catch them.
  for (const key of Object.keys(source)) {
    if (!(key in out) && source[key] !== undefined) out[key] = source[key];
  }
  return out;
}

/** A copy of a result or error record with its keys, at every depth, in the contract's order. */
export function canonical<T extends object>(record: T): T {
  return reorder(record, 'error' in record ? ERROR : RESULT) as T;
}
