import type { AnalysisResult } from '../../types.js';
import { collectMarks } from '../article/marks.js';
import { nestMarks } from '../article/nest.js';
import { escapeForTerminal } from '../table/escape.js';
import type { Look } from './look.js';
import { paintLine, wrapRuns, type Run } from './runs.js';

/** The article's lines as written (line breaks kept), each a list of styled runs or markers. */
function sourceLines(text: string, result: AnalysisResult, look: Look): Run[][] {
  const lines: Run[][] = [[]];
  const push = (run: Run) => {
    if (run.text) lines[lines.length - 1]?.push(run);
  };
  for (const piece of nestMarks(text, collectMarks(result, text))) {
    if (piece.type === 'open') push({ text: look.open(piece.mark), style: null });
    else if (piece.type === 'close') push({ text: look.close(piece.mark), style: null });
    else {
      const style = look.styleOf(piece.active);
      piece.text.split('\n').forEach((part, k) => {
        if (k > 0) lines.push([]);
        // Escaped after the offsets were used: an article cannot drive the terminal (tabs and CRs become spaces).
        push({ text: escapeForTerminal(part), style });
      });
    }
  }
  return lines;
}

function isBlank(runs: readonly Run[]): boolean {
  return runs.every((run) => run.text.trim() === '');
}

/**
 * The article wrapped to `columns`: every line break of the text kept (paragraphs stay apart),
 * long lines wrapped between words, blank lines at either end dropped.
 */
export function articleLines(text: string, result: AnalysisResult, look: Look, columns: number): string[] {
  const lines = sourceLines(text, result, look);
  let first = 0;
  let last = lines.length;
  while (first < last && isBlank(lines[first] ?? [])) first++;
  while (last > first && isBlank(lines[last - 1] ?? [])) last--;
  const out: string[] = [];
  for (const line of lines.slice(first, last)) {
    for (const wrapped of wrapRuns(line, columns)) out.push(paintLine(wrapped, look.paint));
  }
  return out;
}
