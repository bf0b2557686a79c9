/**
 * Background colours of the speakers' quotes, in order of first quote; light enough for dark text
 * and far enough apart to tell side by side. After twelve speakers they come round again.
 */
export const SPEAKER_COLOURS = [
  '#fcd34d', '#93c5fd', '#86efac', '#f9a8d4', '#c4b5fd', '#fdba74',
  '#67e8f9', '#bef264', '#fca5a5', '#a5b4fc', '#5eead4', '#f0abfc',
] as const;

/** Quotes with no speaker found: a grey that belongs to nobody. */
export const UNATTRIBUTED_COLOUR = '#e5e7eb';

/** The CSS class of a speaker's colour (`s0`…`s11`), or of no speaker. */
export function voiceClass(order: number | null): string {
  return order === null ? 'none' : `s${order % SPEAKER_COLOURS.length}`;
}
