import { plural, type Voice, type Voices } from '../article/voices.js';
import { htmlLine } from './escape.js';
import { voiceClass } from './palette.js';

export function swatch(order: number | null): string {
  return `<span class="swatch ${voiceClass(order)}" aria-hidden="true"></span>`;
}

function percent(part: number, whole: number): string {
  return `${((part / whole) * 100).toFixed(1)}%`;
}

function unattributedNote(voices: Voices): string {
  if (voices.unattributed === 0) return '';
  return `<p class="muted">${plural(voices.unattributed, 'quote')} with no speaker found ${voices.unattributed === 1 ? 'is' : 'are'} not counted.</p>`;
}

/**
 * Share of voice: the words each speaker is quoted with (direct and partial quotes; the result's
 * own count), as bars scaled to the most quoted, most words first, ties in order of first quote.
 */
export function voiceChart(voices: Voices): string {
  const counted = voices.speakers.filter((v): v is Voice & { words: number } => v.words !== null);
  const total = counted.reduce((sum, v) => sum + v.words, 0);
  if (total === 0) {
    const none = voices.speakers.length === 0 ? 'No quotes with a speaker found.' : 'No words quoted directly: the speakers are reported, not quoted.';
    return `<p class="muted">${none}</p>${unattributedNote(voices)}`;
  }
  const most = Math.max(...counted.map((v) => v.words));
  const rows = [...counted]
    .sort((a, b) => b.words - a.words || a.order - b.order)
    .map((v) => {
      const value = `${plural(v.words, 'word')} · ${plural(v.quotes, 'quote')} · ${percent(v.words, total)}`;
      return (
        `<span class="name">${swatch(v.order)}${htmlLine(v.name)}</span>` +
        `<span class="track"><span class="bar ${voiceClass(v.order)}" style="width:${percent(v.words, most)}"></span></span>` +
        `<span class="value">${value}</span>`
      );
    });
  return `<div class="voice">\n${rows.join('\n')}\n</div>${unattributedNote(voices)}`;
}
