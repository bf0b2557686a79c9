import { isErrorRecord, type OutputRecord } from '../../format/index.js';
import type { TextSpan } from '../../types.js';

function restoreSpan<T extends TextSpan>(span: T, original: string): T {
  return { ...span, text: original.slice(span.start, span.end) };
}

/** A masked gap ("Harbor  Bridge") read as the single space a reader sees. */
function visible(value: string): string {
  return value.replace(/\s+/gu, ' ').trim();
}

/**
 * The result of analyzing a masked text (Markdown), made true to the file as read: offsets are
 * already right (the masked text has the same length), and every span's `text` (and a speaker's
 * `surface`) is taken from the original, so it may show the markup inside it ("We *will* rebuild").
 * Names, roles and the title are not spans: they are shown as the reader sees them.
 */
export function restoreOriginalTexts(record: OutputRecord, original: string): OutputRecord {
  if (isErrorRecord(record)) return record;
  return {
    ...record,
    title: record.title === null ? null : visible(record.title),
    dateline: record.dateline ? restoreSpan(record.dateline, original) : null,
    authors: record.authors.map((a) => restoreSpan(a, original)),
    quotes: record.quotes.map((q) => ({
      ...restoreSpan(q, original),
      speaker: q.speaker ? { ...q.speaker, name: visible(q.speaker.name), surface: original.slice(q.speaker.start, q.speaker.end) } : null,
      cue: q.cue ? restoreSpan(q.cue, original) : null,
    })),
    speakers: record.speakers.map((s) => ({ ...s, name: visible(s.name) })),
    people: record.people.map((p) => ({ ...p, name: visible(p.name), aliases: p.aliases.map(visible), roles: p.roles.map(visible) })),
    organizations: record.organizations.map((o) => ({ ...o, name: visible(o.name), aliases: o.aliases.map(visible) })),
    places: record.places.map((p) => ({ ...p, name: visible(p.name) })),
    figures: record.figures.map((f) => restoreSpan(f, original)),
    dates: record.dates.map((d) => restoreSpan(d, original)),
  };
}
