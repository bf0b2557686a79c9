import { plural, type Voice, type Voices } from '../article/voices.js';
import { escapeForTerminal } from '../table/escape.js';
import { ENTITY_KINDS, ENTITY_LETTER, entityLooks, quoteStyle, speakerTag, type Look } from './look.js';
import { paintLine, wrapRuns, type Run } from './runs.js';

const INDENT = '  ';
/** Keeps a marker and what it stands for on one line when the legend wraps. */
const NBSP = '\u00a0';

function counts(voice: Voice): string {
  const quotes = plural(voice.quotes, 'quote');
  return voice.words === null ? quotes : `${quotes}, ${plural(voice.words, 'quoted word')}`;
}

/** The swatch of a speaker: `■ Name` in their colour, or the marker their quotes carry. */
function swatch(look: Look, order: number | null, name: string): Run[] {
  if (look.color) return [{ text: `■ ${name}`, style: quoteStyle(order) }];
  return [{ text: `[[${speakerTag(order)}:…]]${NBSP}${name}`, style: null }];
}

function speakerRows(voices: Voices, look: Look): Run[][] {
  const rows = voices.speakers.map((v) => [...swatch(look, v.order, escapeForTerminal(v.name)), { text: ` (${v.type}): ${counts(v)}`, style: null }]);
  if (voices.unattributed > 0) rows.push([...swatch(look, null, 'no speaker found'), { text: `: ${plural(voices.unattributed, 'quote')}`, style: null }]);
  return rows;
}

function marksRow(look: Look): Run[] {
  const runs: Run[] = [{ text: look.color ? 'Marks: ' : '', style: null }];
  ENTITY_KINDS.forEach((kind, i) => {
    if (i > 0) runs.push({ text: ' · ', style: null });
    if (look.color) runs.push({ text: kind, style: kind }, { text: `${NBSP}(${entityLooks(kind).replaceAll(' ', NBSP)})`, style: null });
    else runs.push({ text: `{${ENTITY_LETTER[kind]}:…}${NBSP}${kind}`, style: null });
  });
  return runs;
}

/** Who speaks in which colour (or marker), with their quote counts, then what each mark means. */
export function legendLines(voices: Voices, look: Look, columns: number, bold: (text: string) => string): string[] {
  const rows = speakerRows(voices, look);
  if (rows.length === 0) rows.push([{ text: 'No quotes found.', style: null }]);
  rows.push(marksRow(look));
  const out = [bold('Legend')];
  for (const row of rows) {
    for (const line of wrapRuns(row, columns - INDENT.length)) out.push(INDENT + paintLine(line, look.paint));
  }
  return out;
}
