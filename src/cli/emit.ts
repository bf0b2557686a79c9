import { FORMATTERS, isErrorRecord, type ArticleText, type FormatOptions, type Formatter, type OutputRecord } from '../format/index.js';
import { escapeKeepingLines } from '../format/table/escape.js';
import { analyzeHere } from './analysis.js';
import { documents, type Document, type Job, type ReadSettings } from './documents.js';
import type { Engine } from './engine.js';
import { builtWorkerScript, Dispatcher } from './parallel/dispatcher.js';
import { OrderedWindow } from './parallel/ordered-window.js';
import type { Input } from './inputs.js';
import type { ProgressBar } from './progress.js';
import type { Sink } from './sink.js';
import type { BatchTally } from './summary.js';

/** One line on stderr, prefixed with the command's name. */
export type Say = (message: string) => void;

/** Everything decided before the first document is read. */
export interface Plan {
  /** Null only for --print-text, which analyzes nothing. */
  engine: Engine | null;
  inputs: Input[];
  /** Several documents possible: JSON prints an array, failures keep their place as records. */
  batch: boolean;
  formatter: Formatter;
  formatOptions: FormatOptions;
  settings: ReadSettings;
}

export interface EmitSettings {
  printText: boolean;
  jobs: number;
  /** --print-text to a terminal: escape what would drive it. */
  escapeText: boolean;
  progress: ProgressBar | null;
  /** Stdout is the terminal the progress line is on: erase the line before each output. */
  outputSharesTerminal: boolean;
}

export interface Outcome extends BatchTally {
  failed: boolean;
  /** Documents whose output (result, error record or text) was written or held. */
  written: number;
}

/**
 * A record, with the text it was analyzed on when the formatter shows the article (else null); a
 * record a worker thread already formatted as an NDJSON line; or the text of --print-text.
 */
type Produced =
  | { kind: 'record'; record: OutputRecord; text: ArticleText }
  | { kind: 'line'; line: string; quotes: number }
  | { kind: 'text'; text: string };

export function displaySource(source: string, id?: string): string {
  const name = source === '-' ? '<stdin>' : source;
  return id === undefined ? name : `${name} (id ${id})`;
}

/** --print-text: the text exactly, or escaped when a terminal would otherwise interpret it. */
function printedText(doc: Document, batch: boolean, escape: boolean): string {
  const header = batch ? `==> ${displaySource(doc.source, doc.id)} <==\n` : '';
  const text = escape ? escapeKeepingLines(doc.text) : doc.text;
  return `${header}${text}${batch && !text.endsWith('\n') ? '\n' : ''}`;
}

/** Lets pending I/O events (a closed pipe, a drained buffer) in between two documents. */
function turn(): Promise<void> {
  return new Promise((done) => setImmediate(done));
}

/**
 * Documents read ahead of the one being written. With one job a second document is read while the
 * first is analyzed; with workers the line must be longer than INLINE_LIMIT for them to start,
 * and long enough to keep every worker busy while the writer waits on the slowest.
 */
function windowSize(jobs: number): number {
  return jobs <= 1 ? 2 : Math.max(16, jobs * 4);
}

function startJob(job: Job, plan: Plan, settings: EmitSettings, dispatcher: Dispatcher | null): Promise<Produced> {
  if (job.kind === 'error') return Promise.resolve({ kind: 'record', record: job.record, text: null });
  if (!dispatcher) return Promise.resolve({ kind: 'text', text: printedText(job, plan.batch, settings.escapeText) });
  // The text stays here in the main thread (workers get their own copy): for HTML the extracted
  // text, for Markdown the file as read, the text the record's offsets point into.
  const text = plan.formatter.needsText ? job.text : null;
  return dispatcher.analyze(job).then((analyzed) => (analyzed.kind === 'line' ? analyzed : { kind: 'record', record: analyzed.record, text }));
}

async function readAll(plan: Plan, settings: EmitSettings, line: OrderedWindow<Produced>, dispatcher: Dispatcher | null, stopped: () => boolean): Promise<void> {
  try {
    for await (const job of documents(plan.inputs, plan.settings)) {
      if (stopped()) break;
      await line.push(startJob(job, plan, settings, dispatcher));
      if (stopped()) break;
    }
    line.end();
  } catch (error) {
    line.fail(error);
  }
}

async function writeAll(plan: Plan, settings: EmitSettings, line: OrderedWindow<Produced>, sink: Sink, say: Say): Promise<Outcome> {
  const outcome: Outcome = { failed: false, written: 0, documents: 0, quotes: 0, errors: 0 };
  const held: OutputRecord[] = [];
  const heldTexts: ArticleText[] = [];
  const { formatter, formatOptions, batch } = plan;
  const { progress } = settings;
  const write = (text: string) => {
    if (settings.outputSharesTerminal) progress?.clear();
    return sink.write(text);
  };
  for await (const item of line) {
    if (sink.closed || sink.failure) break;
    if (item.kind === 'text') {
      await write(item.text);
      outcome.written++;
    } else if (item.kind === 'line') {
      outcome.documents++;
      outcome.quotes += item.quotes;
      await write(item.line);
      outcome.written++;
    } else {
      const record = item.record;
      outcome.documents++;
      if (isErrorRecord(record)) {
        outcome.failed = true;
        outcome.errors++;
        say(`${displaySource(record.source, record.id)}: ${record.error.message}`);
      } else {
        outcome.quotes += record.quotes.length;
      }
      // One input that fails has nothing to print; in a batch its record keeps its place.
      if (!isErrorRecord(record) || (batch && !settings.printText)) {
        if (formatter.renderOne) await write(formatter.renderOne(record, outcome.written, formatOptions, item.text));
        else {
          held.push(record);
          heldTexts.push(item.text);
        }
        outcome.written++;
      }
    }
    progress?.tick();
    await turn();
  }
  if (held.length > 0) await write(formatter.render(held, formatOptions, heldTexts));
  return outcome;
}

/**
 * Reads, analyzes and writes every document in input order. Reading runs ahead of writing by a
 * bounded line of documents, analyzed here or on worker threads (`--jobs`), so memory stays flat
 * and the first results are written before the input ends.
 */
export async function emit(plan: Plan, settings: EmitSettings, sink: Sink, say: Say): Promise<Outcome> {
  const engine = plan.engine;
  const dispatcher =
    engine && !settings.printText
      ? new Dispatcher({
          jobs: settings.jobs,
          // This thread is one of the lanes: each worker is an isolate that compiles the analysis
          // anew, and one fewer is CPU the batch keeps (README, "Batches").
          mainIsLane: true,
          analyzeHere: (doc) => analyzeHere(engine, doc),
          asLines: plan.formatter === FORMATTERS.ndjson,
          workerScript: builtWorkerScript(),
          warn: say,
        })
      : null;
  const line = new OrderedWindow<Produced>(windowSize(settings.jobs));
  const stopped = () => line.isCancelled || sink.closed || sink.failure !== null;
  const reading = readAll(plan, settings, line, dispatcher, stopped);
  try {
    return await writeAll(plan, settings, line, sink, say);
  } finally {
    line.cancel();
    await reading;
    await dispatcher?.close();
  }
}
