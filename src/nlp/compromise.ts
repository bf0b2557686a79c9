import { createRequire } from 'node:module';

/**
 * The one door to compromise (https://github.com/spencermountain/compromise): the names it tags in
 * a text, as plain spans. Loaded on first call, synchronously, so that runs that never ask pay
 * nothing (loading takes 0.1–0.2 s; tagging about 40 ms for an 800-word article).
 */
export type TaggedKind = 'person' | 'organization' | 'place';

export interface TaggedName {
  start: number;
  end: number;
  kind: TaggedKind;
}

interface Match {
  offset: { start: number; length: number };
}
interface View {
  json(options: { offset: true }): Match[];
}
interface Parsed {
  people(): View;
  organizations(): View;
  places(): View;
}
type Nlp = (text: string) => Parsed;

let nlp: Nlp | null = null;

function load(): Nlp {
  nlp ??= createRequire(import.meta.url)('compromise') as Nlp;
  return nlp;
}

/** Names compromise tags in `text`, by start offset (UTF-16, like ours). */
export function tagNames(text: string): TaggedName[] {
  const parsed = load()(text);
  const out: TaggedName[] = [];
  const add = (view: View, kind: TaggedKind): void => {
    for (const m of view.json({ offset: true })) out.push({ start: m.offset.start, end: m.offset.start + m.offset.length, kind });
  };
  add(parsed.people(), 'person');
  add(parsed.organizations(), 'organization');
  add(parsed.places(), 'place');
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
