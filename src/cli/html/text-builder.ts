/**
 * Collects the visible text of a page: words joined by single spaces, line breaks for <br>,
 * paragraph breaks ("\n\n") between blocks, and no whitespace at either end or around a break.
 */
export class TextBuilder {
  private readonly parts: string[] = [];
  /** 0: none; 1: a line break; 2: a paragraph break. */
  private pendingBreak = 0;
  private pendingSpace = false;
  private hasText = false;

  /** Text whose whitespace is already collapsed to single spaces. */
  addFlowText(text: string): void {
    if (text.startsWith(' ')) this.addSpace();
    const core = text.trim();
    if (core) this.emit(core);
    if (core && text.endsWith(' ')) this.addSpace();
  }

  /** Text inside <pre>: kept as written, its newlines as line breaks. */
  addPreformatted(text: string): void {
    text.split('\n').forEach((line, i) => {
      if (i > 0) this.lineBreak();
      if (line) this.emit(line);
    });
  }

  lineBreak(): void {
    this.pendingBreak = Math.min(2, this.pendingBreak + 1);
    this.pendingSpace = false;
  }

  paragraphBreak(): void {
    this.pendingBreak = 2;
    this.pendingSpace = false;
  }

  toString(): string {
    return this.parts.join('');
  }

  private addSpace(): void {
    if (this.pendingBreak === 0) this.pendingSpace = true;
  }

  private emit(text: string): void {
    if (this.hasText) {
      if (this.pendingBreak) this.parts.push(this.pendingBreak === 2 ? '\n\n' : '\n');
      else if (this.pendingSpace) this.parts.push(' ');
    }
    this.pendingBreak = 0;
    this.pendingSpace = false;
    this.parts.push(text);
    this.hasText = true;
  }
}
