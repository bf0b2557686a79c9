import { changeCount, tally, tallyLine, type ArticleCheck } from '../outcome.js';
import type { Change } from '../changes.js';
import type { Reporter } from './types.js';

/** Workflow-command escaping (as @actions/core does it): a message may span lines... */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** ...and a property value must not end the property list either. */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(level: 'error' | 'warning' | 'notice', properties: Record<string, string | number | undefined>, message: string): string {
  const props = Object.entries(properties)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${level} ${props}::${escapeData(message)}\n`;
}

function annotation(check: ArticleCheck, change: Change): string {
  const at = change.offset !== null && check.locate ? check.locate(change.offset) : null;
  const message = [`${change.kind}: ${change.item}`, ...change.details, `(expected: ${check.expected ?? '?'})`].join('\n');
  return command('error', { file: check.source, line: at?.line, col: at?.column, title: `analyze check: ${change.group}` }, message);
}

/** GitHub Actions annotations: each change of a failing article at its line and column. */
export function githubReporter(): Reporter {
  return {
    article(check) {
      const v = check.verdict;
      switch (v.status) {
        case 'pass':
          return '';
        case 'fail':
          return v.changes.map((change) => annotation(check, change)).join('');
        case 'updated':
          return command('notice', { file: check.source, title: 'analyze check' }, `${changeCount(v.changes)} written to ${check.expected ?? '?'}`);
        case 'skip':
          return command('notice', { file: check.source, title: 'analyze check: skipped' }, v.reason);
        case 'error':
          return command('error', { file: check.source, title: 'analyze check: error' }, v.message);
      }
    },
    end(checks) {
      return `${tallyLine(tally(checks))}\n`;
    },
  };
}
