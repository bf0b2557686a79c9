/**
 * Characters an article must not be able to send to a terminal: C0/C1 controls (ESC starts every
 * ANSI sequence), DEL, and the bidirectional controls that reorder what the reader sees.
 */
const UNSAFE = /[\p{Cc}\p{Bidi_Control}\u2028\u2029]/gu;
const LAYOUT_WHITESPACE = new Set(['\t', '\n', '\v', '\f', '\r', '\u0085', '\u2028', '\u2029']);

/** `\x1b` for a code below 0x100, `\u202e` above. */
function visibleEscape(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** The text with every terminal-driving character shown as a visible escape (`\x1b`, `\u202e`). */
export function escapeForTerminal(text: string): string {
  // Line breaks and tabs would break a table's grid; inside a cell they carry no meaning.
  return text.replace(UNSAFE, (ch) => (LAYOUT_WHITESPACE.has(ch) ? ' ' : visibleEscape(ch)));
}

/** Same, but line breaks (LF, CRLF) and tabs are kept: for printing a whole text to a terminal. */
export function escapeKeepingLines(text: string): string {
  return text.replace(UNSAFE, (ch, offset: number) => {
    if (ch === '\n' || ch === '\t' || (ch === '\r' && text[offset + 1] === '\n')) return ch;
    return visibleEscape(ch);
  });
}
