import type { ErrorRecord } from '../records.js';
import { escapeForTerminal } from './escape.js';
import type { Paint } from './palette.js';

/** How a document is named in every view: its path (`<stdin>` for "-") and its id, if any. */
export function documentLabel(source: string, id: string | undefined): string {
  return `${source === '-' ? '<stdin>' : source}${id === undefined ? '' : ` · id ${id}`}`;
}

/** An error record as one line of terminal output. */
export function errorLine(r: ErrorRecord, paint: Paint): string {
  const where = r.id === undefined ? r.source : `${r.source} (id ${r.id})`;
  return paint.hue('error', escapeForTerminal(`${where}: error: ${r.error.message} [${r.error.code}]`));
}
