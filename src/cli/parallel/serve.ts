import type { MessagePort } from 'node:worker_threads';
import { analyze } from '../../analyze.js';
import { ndjsonLine } from '../../format/json.js';
import { oneLine } from '../errors.js';
import { restoreOriginalTexts } from '../markdown/restore.js';
import type { Reply, Task } from './protocol.js';

/**
 * The work of a `--jobs` worker thread: loads the analysis once, then answers one document per
 * message. An exception is answered as a failure of that document, so the thread lives on.
 * The bundle exports it too, so bin/worker.js runs it from the bundle and its code cache.
 */
export function serveTasks(port: MessagePort): void {
  warmUp();
  port.on('message', (task: Task) => port.postMessage(answer(task)));
  port.postMessage({ kind: 'ready' } satisfies Reply);
}

function answer(task: Task): Reply {
  try {
    const analyzed = analyze(task.text, { source: task.source, id: task.id, referenceDate: task.referenceDate });
    const result = task.original === undefined ? analyzed : (restoreOriginalTexts(analyzed, task.original) as typeof analyzed);
    // A line is one string to copy to the main thread, where a record is a graph of objects to clone.
    if (task.asLine) return { kind: 'line', seq: task.seq, line: ndjsonLine(result), quotes: result.quotes.length };
    return { kind: 'result', seq: task.seq, result };
  } catch (error) {
    return { kind: 'failed', seq: task.seq, message: oneLine(error) };
  }
}

/**
 * Libraries that load on first use (the NLP model) load now, before `ready`: until then the main
 * thread keeps analyzing, so the load costs the batch no idle time. An invented sentence.
 */
function warmUp(): void {
  try {
    analyze('PORT ELLIS — "We will rebuild," said Mara Quint of the Harbor Council (HC) on Tuesday, after $4 million was spent in March 2021.');
  } catch {
    // A document that fails will say why; warming up is only an optimization.
  }
}
