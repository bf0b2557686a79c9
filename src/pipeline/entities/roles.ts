import type { Mention } from './mention.js';
import { appositionAfter, roleBefore, roleBeforeApposition } from './context.js';

/**
 * A person's roles at one mention: the title in the name's run ("Massachusetts Sen.", "Former
 * President"), the role phrase before it ("HRW China director"), the apposition after it
 * (", senior journalism lecturer at Hong Kong's Chu Hai College,").
 */
const EDGE = new Set([' ', ',', ';', ':', '"', "'", '“', '”', '‘', '’']);

const WHITE_SPACE_RUNS = /\s+/gu;

/** The role with single spaces and without punctuation or quote marks at either end. */
function clean(role: string): string {
  const flat = role.replace(WHITE_SPACE_RUNS, ' ');
  let from = 0;
  let to = flat.length;
  while (from < to && EDGE.has(flat[from]!)) from++;
  while (to > from && EDGE.has(flat[to - 1]!)) to--;
  return flat.slice(from, to);
}

export function rolesAt(text: string, m: Mention): string[] {
  const { tokens, shaped } = m.view;
  const out: string[] = [];
  const slice = (from: number, to: number): string => clean(text.slice(tokens[from]!.start, tokens[to - 1]!.end));
  if (shaped.titleIsRole && shaped.nameFrom > shaped.titleFrom) out.push(slice(shaped.titleFrom, shaped.nameFrom));
  const before = roleBefore(tokens, shaped.titleFrom) ?? roleBeforeApposition(tokens, shaped.titleFrom, shaped.nameTo);
  if (before) out.push(slice(before.from, before.to));
  if (tokens[shaped.nameTo]?.kind !== 'poss') {
    const after = appositionAfter(tokens, shaped.nameTo);
    if (after) out.push(slice(after.from, after.to));
  }
  return out.filter((r) => r !== '');
}
