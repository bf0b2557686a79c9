import { charWidth, displayWidth } from './width.js';

/** Splits a word wider than the line into pieces that fit, so nothing is ever cut off. */
function breakWord(word: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  let used = 0;
  for (const ch of word) {
    const w = charWidth(ch);
    if (used + w > width && piece) {
      pieces.push(piece);
      piece = '';
      used = 0;
    }
    piece += ch;
    used += w;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** Greedy word wrap to `width` columns; words longer than a line are broken, never truncated. */
export function wrapText(text: string, width: number): string[] {
  const limit = Math.max(1, width);
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const word of text.split(' ')) {
    if (!word) continue;
    const w = displayWidth(word);
    if (line && used + 1 + w <= limit) {
      line += ` ${word}`;
      used += 1 + w;
      continue;
    }
    if (line) lines.push(line);
    if (w <= limit) {
      line = word;
      used = w;
      continue;
    }
    const pieces = breakWord(word, limit);
    line = pieces.pop() ?? '';
    used = displayWidth(line);
    for (const piece of pieces) lines.push(piece);
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}
