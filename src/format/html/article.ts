import type { AnalysisResult, Quote } from '../../types.js';
import { collectMarks, type Mark } from '../article/marks.js';
import { nestMarks } from '../article/nest.js';
import type { Voice, Voices } from '../article/voices.js';
import { formatNumber } from '../table/numbers.js';
import { htmlArticleText, htmlLine } from './escape.js';
import { voiceClass } from './palette.js';

/** What the tooltip of a quote says: who, how it was said, and the cue that attributes it. */
export function quoteTip(quote: Quote, voice: Voice | null): string {
  const who = voice ? `${voice.name} (${voice.type})` : 'No speaker found';
  const cue = quote.cue ? `cue: ${quote.cue.text}` : 'no cue';
  return `${who} · ${quote.kind} · ${cue}`;
}

/** The `title` of an entity's mention: its kind and what the analysis made of it. */
function entityTitle(result: AnalysisResult, mark: Mark): string {
  switch (mark.kind) {
    case 'person':
      return `person: ${result.people[mark.index]?.name ?? ''}`;
    case 'organization':
      return `organization: ${result.organizations[mark.index]?.name ?? ''}`;
    case 'place':
      return `place: ${result.places[mark.index]?.name ?? ''}`;
    case 'figure': {
      const f = result.figures[mark.index];
      if (!f || f.value === null) return 'figure';
      const value = f.high === undefined ? formatNumber(f.value) : `${formatNumber(f.value)}–${formatNumber(f.high)}`;
      return `figure: ${value}${f.unit ? ` ${f.unit}` : ''}${f.counts ? ` · counts: ${f.counts}` : ''}`;
    }
    case 'date': {
      const d = result.dates[mark.index];
      if (!d || d.value === null) return 'date: not resolved';
      return `date: ${d.value}${d.endValue === undefined ? '' : ` to ${d.endValue}`}`;
    }
    default:
      return '';
  }
}

function openTag(result: AnalysisResult, voices: Voices, mark: Mark): string {
  if (mark.kind === 'quote') {
    const quote = result.quotes[mark.index] as Quote;
    const voice = voices.byQuote[mark.index] ?? null;
    // Focusable, so the tooltip shows for the keyboard too.
    return `<span class="q ${voiceClass(voice?.order ?? null)}" tabindex="0" data-tip="${htmlLine(quoteTip(quote, voice))}">`;
  }
  return `<span class="m-${mark.kind}" title="${htmlLine(entityTitle(result, mark))}">`;
}

/** The article as HTML, its quotes and mentions as nested spans, the text escaped between them. */
export function articleHtml(text: string, result: AnalysisResult, voices: Voices): string {
  let out = '';
  for (const piece of nestMarks(text, collectMarks(result, text))) {
    if (piece.type === 'open') out += openTag(result, voices, piece.mark);
    else if (piece.type === 'close') out += '</span>';
    else out += htmlArticleText(piece.text);
  }
  return out;
}
