import { charWidth, displayWidth } from '../table/width.js';

/** A stretch of one line of output in one style; `style` is a key the painter understands, null for none. */
export interface Run {
  text: string;
  style: string | null;
}

/** A word as wrapped: its runs, its width, and the style of the space before it (underline goes on under it). */
interface Word {
  runs: Run[];
  width: number;
  gap: string | null;
}

/** The words of a line: split at plain spaces; a word may change style inside ("“We" opens a quote). */
function splitWords(runs: readonly Run[]): Word[] {
  const words: Word[] = [];
  let current: Word | null = null;
  let gap: string | null | undefined;
  for (const run of runs) {
    const parts = run.text.split(' ');
    for (let k = 0; k < parts.length; k++) {
      if (k > 0) {
        if (current) words.push(current);
        current = null;
        if (gap === undefined) gap = run.style;
      }
      const part = parts[k];
      if (!part) continue;
      current ??= { runs: [], width: 0, gap: gap ?? null };
      gap = undefined;
      current.runs.push({ text: part, style: run.style });
      current.width += displayWidth(part);
    }
  }
  if (current) words.push(current);
  return words;
}

/** A word wider than the line, cut into pieces that fit, so nothing is ever lost. */
function breakWord(word: Word, width: number): Run[][] {
  const pieces: Run[][] = [];
  let piece: Run[] = [];
  let used = 0;
  for (const run of word.runs) {
    for (const ch of run.text) {
      const w = charWidth(ch);
      if (used + w > width && used > 0) {
        pieces.push(piece);
        piece = [];
        used = 0;
      }
      const last = piece[piece.length - 1];
      if (last && last.style === run.style) last.text += ch;
      else piece.push({ text: ch, style: run.style });
      used += w;
    }
  }
  if (piece.length > 0) pieces.push(piece);
  return pieces;
}

/**
 * Greedy word wrap of one line of styled runs to `width` columns, like `wrapText`: spaces
 * collapse, words are never split unless wider than a line. Each output line holds its own runs,
 * so a style never runs on past the end of a line.
 */
export function wrapRuns(runs: readonly Run[], width: number): Run[][] {
  const limit = Math.max(1, width);
  const lines: Run[][] = [];
  let line: Run[] = [];
  let used = 0;
  for (const word of splitWords(runs)) {
    if (line.length > 0 && used + 1 + word.width <= limit) {
      line.push({ text: ' ', style: word.gap }, ...word.runs);
      used += 1 + word.width;
      continue;
    }
    if (line.length > 0) lines.push(line);
    if (word.width <= limit) {
      line = [...word.runs];
      used = word.width;
      continue;
    }
    const pieces = breakWord(word, limit);
    line = pieces.pop() ?? [];
    used = line.reduce((sum, run) => sum + displayWidth(run.text), 0);
    lines.push(...pieces);
  }
  if (line.length > 0 || lines.length === 0) lines.push(line);
  return lines;
}

/** A line's runs as text: neighbours in the same style painted together. */
export function paintLine(runs: readonly Run[], paint: (style: string, text: string) => string): string {
  let out = '';
  let style: string | null = null;
  let text = '';
  const flush = () => {
    if (text) out += style === null ? text : paint(style, text);
    text = '';
  };
  for (const run of runs) {
    if (run.style !== style) {
      flush();
      style = run.style;
    }
    text += run.text;
  }
  flush();
  return out;
}
