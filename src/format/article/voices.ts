import type { AnalysisResult, EntityType } from '../../types.js';
import { formatNumber } from '../table/numbers.js';

/** A speaker as the highlighted views show them: in order of first quote, with a colour slot. */
export interface Voice {
  name: string;
  type: EntityType;
  /** Quotes attributed to this speaker. */
  quotes: number;
  /** Words in the speaker's direct and partial quotes (the result's speaker summary); null when it does not list them. */
  words: number | null;
  /** 0 for the first speaker quoted, 1 for the next…: picks the colour and the plain marker `S1`, `S2`. */
  order: number;
}

export interface Voices {
  /** Speakers by order of first appearance, so colours do not change when a later quote is added. */
  speakers: Voice[];
  /** For each quote of the result, by index: its speaker, or null when none was found. */
  byQuote: (Voice | null)[];
  /** Quotes without a speaker. */
  unattributed: number;
}

function key(name: string, type: EntityType): string {
  return `${type}\u0000${name}`;
}

/** The speakers of a result, each once, keyed like the result's summary (type and name). */
export function collectVoices(result: AnalysisResult): Voices {
  const words = new Map(result.speakers.map((s) => [key(s.name, s.type), s.words]));
  const byKey = new Map<string, Voice>();
  const speakers: Voice[] = [];
  let unattributed = 0;
  // Quotes come sorted by offset (the contract); by index, so byQuote lines up with result.quotes.
  const order = result.quotes.map((q, i) => i).sort((a, b) => (result.quotes[a]?.start ?? 0) - (result.quotes[b]?.start ?? 0) || a - b);
  const byQuote: (Voice | null)[] = result.quotes.map(() => null);
  for (const i of order) {
    const speaker = result.quotes[i]?.speaker;
    if (!speaker) {
      unattributed++;
      continue;
    }
    const k = key(speaker.name, speaker.type);
    let voice = byKey.get(k);
    if (!voice) {
      voice = { name: speaker.name, type: speaker.type, quotes: 0, words: words.get(k) ?? null, order: speakers.length };
      byKey.set(k, voice);
      speakers.push(voice);
    }
    voice.quotes++;
    byQuote[i] = voice;
  }
  return { speakers, byQuote, unattributed };
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}
