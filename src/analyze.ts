import { runPipeline } from './pipeline/index.js';
import { summarizeSpeakers } from './pipeline/summary.js';
import { SCHEMA_VERSION, type AnalysisResult, type AnalyzeOptions } from './types.js';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Throws on a reference date that is not a real calendar day in YYYY-MM-DD form. */
export function checkReferenceDate(value: string): string {
  if (!ISO_DAY.test(value)) throw new RangeError(`reference date must be YYYY-MM-DD, got "${value}"`);
  const d = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) {
    throw new RangeError(`reference date is not a calendar day: "${value}"`);
  }
  return value;
}

/**
 * Analyze one article. Returns exactly the object that `analyze --format json` prints.
 * Offsets are UTF-16 code-unit offsets into `text` as given.
 */
export function analyze(text: string, options: AnalyzeOptions = {}): AnalysisResult {
  const given = options.referenceDate ? checkReferenceDate(options.referenceDate) : null;
  const doc = runPipeline(text, given);
  // Key order is part of the contract: `id` stands right after `source`, as the CLI prints it.
  return {
    schemaVersion: SCHEMA_VERSION,
    source: options.source ?? '-',
    ...(options.id !== undefined ? { id: options.id } : {}),
    offsetUnit: 'utf16',
    referenceDate: doc.referenceDate,
    title: doc.title ? doc.title.text : null,
    dateline: doc.dateline,
    authors: doc.authors,
    quotes: doc.quotes,
    speakers: summarizeSpeakers(doc.quotes),
    people: doc.people,
    organizations: doc.organizations,
    places: doc.places,
    figures: doc.figures,
    dates: doc.dates,
  };
}
