import type { Quote, SpeakerSummary } from '../types.js';

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Words of `text`: matches counted with `test` (each advances lastIndex), not collected by `match`. */
function countWords(text: string): number {
  let count = 0;
  WORD.lastIndex = 0;
  while (WORD.test(text)) count++;
  return count;
}

/** Quotes and quoted words per speaker, most quoted words first; ties by name for stable output. */
export function summarizeSpeakers(quotes: readonly Quote[]): SpeakerSummary[] {
  const by = new Map<string, SpeakerSummary>();
  for (const q of quotes) {
    if (!q.speaker) continue;
    const key = `${q.speaker.type}\u0000${q.speaker.name}`;
    let s = by.get(key);
    if (!s) {
      s = { name: q.speaker.name, type: q.speaker.type, quotes: 0, words: 0 };
      by.set(key, s);
    }
    s.quotes++;
    if (q.kind !== 'indirect') s.words += countWords(q.text);
  }
  return [...by.values()].sort((a, b) => b.words - a.words || b.quotes - a.quotes || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
