import { escapeForTerminal } from '../../../format/table/escape.js';
import { createPaint, type Hue } from '../../../format/table/palette.js';
import type { Change } from '../changes.js';
import { changeCount, tally, tallyLine } from '../outcome.js';
import { diffLines } from './diff-text.js';
import type { Reporter } from './types.js';

/** Which way the diff reads: the expected file is the old side, the analysis the new. */
export const LEGEND = '- only in the expected file   + only in the analysis   ~ expected → analysis';

const HUE: Readonly<Record<Change['kind'], Hue>> = { removed: 'error', added: 'quote', changed: 'figure' };

/** The readable report: one line per article, and under a changed one its diff by group. */
export function textReporter(color: boolean): Reporter {
  const paint = createPaint(color);
  const line = (text: string) => `${escapeForTerminal(text)}\n`;
  const diff = (changes: readonly Change[]) =>
    diffLines(changes)
      .map((d) => {
        const text = `${'  '.repeat(d.depth === 2 ? 4 : d.depth + 1)}${escapeForTerminal(d.text)}`;
        return `${d.depth === 0 ? paint.bold(text) : d.kind ? paint.hue(HUE[d.kind], text) : text}\n`;
      })
      .join('');
  return {
    article(check) {
      const v = check.verdict;
      switch (v.status) {
        case 'pass':
          return paint.hue('quote', line(`ok      ${check.source}`));
        case 'fail':
          return paint.hue('error', line(`FAIL    ${check.source}: ${changeCount(v.changes)} from ${check.expected ?? '?'}`)) + diff(v.changes);
        case 'updated':
          return paint.hue('figure', line(`UPDATED ${check.source}: ${changeCount(v.changes)} written to ${check.expected ?? '?'}`)) + diff(v.changes);
        case 'skip':
          return paint.hue('muted', line(`skip    ${check.source}: ${v.reason}`));
        case 'error':
          return paint.hue('error', line(`ERROR   ${check.source}: ${v.message}`));
      }
    },
    end(checks) {
      const diffs = checks.some((c) => c.verdict.status === 'fail' || c.verdict.status === 'updated');
      return `\n${diffs ? paint.hue('muted', `${LEGEND}\n`) : ''}${paint.bold(tallyLine(tally(checks)))}\n`;
    },
  };
}
