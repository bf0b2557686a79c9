import type { AnalysisResult, Speaker, TextSpan } from '../../src/types.js';

/**
 * An invented article for the views that show the text (highlight, html): two speakers, a quote
 * nobody is found for, a date inside a quote, a figure inside reported speech, a place inside an
 * organization's name, and an ampersand. Spans are found with indexOf, so they slice back exactly.
 */
export const SPEECH_TEXT = [
  'Dockworkers & pilots split over night tolls',
  '',
  'LOWMOUTH — "We will not pay twice for the same tide," said Ines Carrow, who chairs the Lowmouth Pilots Guild, on Friday.',
  '',
  '"The port can wait until March 2025," Carrow added.',
  '',
  'Port director Abel Sato said the toll of $12 per vessel would stay. "It is fair," Sato said.',
  '',
  '"Nobody asked the crews," read a sign at the gate.',
].join('\n');

/** The `occurrence`-th (0-based) place of `needle` in `text`, as a span. */
export function spanOf(text: string, needle: string, occurrence = 0): TextSpan {
  let start = -1;
  for (let k = 0; k <= occurrence; k++) {
    start = text.indexOf(needle, start + 1);
    if (start < 0) throw new Error(`fixture: "${needle}" #${occurrence} not in text`);
  }
  return { text: needle, start, end: start + needle.length };
}

function speaker(text: string, name: string, surface: string, occurrence = 0): Speaker {
  const s = spanOf(text, surface, occurrence);
  return { name, type: 'person', start: s.start, end: s.end, surface, resolvedBy: surface === name ? 'name' : 'surname' };
}

export function emptyResult(source = 'empty.txt'): AnalysisResult {
  return {
    schemaVersion: 1, source, offsetUnit: 'utf16', referenceDate: null, title: null, dateline: null, authors: [],
    quotes: [], speakers: [], people: [], organizations: [], places: [], figures: [], dates: [],
  };
}

export function speechResult(source = 'tolls.txt', text = SPEECH_TEXT): AnalysisResult {
  const t = text;
  const mention = (needle: string, occurrence = 0) => {
    const s = spanOf(t, needle, occurrence);
    return { start: s.start, end: s.end };
  };
  return {
    ...emptyResult(source),
    referenceDate: '2024-11-08',
    title: 'Dockworkers & pilots split over night tolls',
    dateline: spanOf(t, 'LOWMOUTH'),
    quotes: [
      { ...spanOf(t, 'We will not pay twice for the same tide,'), kind: 'direct', speaker: speaker(t, 'Ines Carrow', 'Ines Carrow'), cue: spanOf(t, 'said') },
      { ...spanOf(t, 'The port can wait until March 2025,'), kind: 'direct', speaker: speaker(t, 'Ines Carrow', 'Carrow', 1), cue: spanOf(t, 'added') },
      { ...spanOf(t, 'the toll of $12 per vessel would stay'), kind: 'indirect', speaker: speaker(t, 'Abel Sato', 'Abel Sato'), cue: spanOf(t, 'said', 1) },
      { ...spanOf(t, 'It is fair,'), kind: 'direct', speaker: speaker(t, 'Abel Sato', 'Sato', 1), cue: spanOf(t, 'said', 2) },
      { ...spanOf(t, 'Nobody asked the crews,'), kind: 'direct', speaker: null, cue: null },
    ],
    speakers: [
      { name: 'Ines Carrow', type: 'person', quotes: 2, words: 16 },
      { name: 'Abel Sato', type: 'person', quotes: 2, words: 3 },
    ],
    people: [
      { name: 'Ines Carrow', aliases: ['Carrow'], roles: ['chair of the Lowmouth Pilots Guild'], gender: null, mentions: [mention('Ines Carrow'), mention('Carrow', 1)] },
      { name: 'Abel Sato', aliases: ['Sato'], roles: ['port director'], gender: null, mentions: [mention('Abel Sato'), mention('Sato', 1)] },
    ],
    organizations: [{ name: 'Lowmouth Pilots Guild', aliases: ['LPG'], mentions: [mention('Lowmouth Pilots Guild')] }],
    places: [{ name: 'Lowmouth', mentions: [mention('LOWMOUTH'), mention('Lowmouth')] }],
    figures: [{ ...spanOf(t, '$12'), value: 12, unit: 'USD', counts: 'vessel', qualifier: null }],
    dates: [
      { ...spanOf(t, 'Friday'), value: '2024-11-08', relative: true },
      { ...spanOf(t, 'March 2025'), value: '2025-03', relative: false },
    ],
  };
}
