import type { AnalysisResult } from '../../src/types.js';

export interface FoundSpan {
  /** Where in the result: "quotes[2].speaker". */
  path: string;
  start: number;
  end: number;
  /** The text the span claims to cover, when it carries one. */
  text?: string;
}

function isSpan(value: unknown): value is { start: number; end: number } {
  const v = value as { start?: unknown; end?: unknown } | null;
  return v !== null && typeof v === 'object' && typeof v.start === 'number' && typeof v.end === 'number';
}

/** Every object with start/end in a result, at any depth, with the text it claims. */
export function collectSpans(result: AnalysisResult): FoundSpan[] {
  const found: FoundSpan[] = [];
  const visit = (value: unknown, path: string): void => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, `${path}[${i}]`));
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    if (isSpan(value)) {
      const claimed = typeof record.text === 'string' ? record.text : typeof record.surface === 'string' ? record.surface : undefined;
      found.push(claimed === undefined ? { path, start: value.start, end: value.end } : { path, start: value.start, end: value.end, text: claimed });
    }
    for (const [key, child] of Object.entries(record)) visit(child, path ? `${path}.${key}` : key);
  };
  visit(result, '');
  return found;
}

/** Human-readable violations of "offsets are truth" for a result over `input`; empty when all hold. */
export function spanViolations(result: AnalysisResult, input: string): string[] {
  const problems: string[] = [];
  for (const span of collectSpans(result)) {
    if (!Number.isInteger(span.start) || !Number.isInteger(span.end) || span.start < 0 || span.end < span.start || span.end > input.length) {
      problems.push(`${span.path}: bad offsets ${span.start}..${span.end} (text length ${input.length})`);
    } else if (span.text !== undefined && input.slice(span.start, span.end) !== span.text) {
      problems.push(`${span.path}: ${JSON.stringify(span.text)} but the text there is ${JSON.stringify(input.slice(span.start, span.end))}`);
    }
  }
  return problems;
}
