import type { AnalysisResult } from '../../types.js';

/** The facts about a document that the HTML and Markdown views list above its tables, in order. */
export function documentFacts(r: AnalysisResult): [label: string, value: string][] {
  const authors = r.authors.map((a) => (a.role ? `${a.text} (${a.role})` : a.text)).join(', ');
  return [
    ['Title', r.title ?? 'none'],
    ['Reference date', r.referenceDate ?? 'none'],
    ['Dateline', r.dateline?.text ?? 'none'],
    ['Authors', authors || 'none'],
  ];
}
