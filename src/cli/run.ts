import { resolve } from 'node:path';
import { FORMATTERS, isErrorRecord, type FormatOptions, type Formatter, type OutputRecord } from '../format/index.js';
import { escapeKeepingLines } from '../format/table/escape.js';
import { shouldColor } from './color.js';
import { documents, isJsonlInput, type Document, type Job, type ReadSettings } from './documents.js';
import { loadEngine, type Engine } from './engine.js';
import { fromFileSystem, oneLine, UsageError } from './errors.js';
import { expandPaths, type Input } from './inputs.js';
import type { Io } from './io.js';
import type { CliOptions } from './options.js';
import { fileSink, type Sink } from './sink.js';

/** One line on stderr, prefixed with the command's name. */
export type Say = (message: string) => void;

/** Everything decided before the first document is read. */
interface Plan {
  /** Null only for --print-text, which analyzes nothing. */
  engine: Engine | null;
  inputs: Input[];
  /** Several documents possible: JSON prints an array, failures keep their place as records. */
  batch: boolean;
  formatter: Formatter;
  formatOptions: FormatOptions;
  settings: ReadSettings;
}

export function displaySource(source: string, id?: string): string {
  const name = source === '-' ? '<stdin>' : source;
  return id === undefined ? name : `${name} (id ${id})`;
}

/** Lets pending I/O events (a closed pipe, a drained buffer) in between two documents. */
function turn(): Promise<void> {
  return new Promise((done) => setImmediate(done));
}

async function engineFor(options: CliOptions): Promise<Engine | null> {
  if (options.printText && options.referenceDate === null) return null;
  const engine = await loadEngine();
  if (options.referenceDate !== null) {
    try {
      engine.checkReferenceDate(options.referenceDate);
    } catch (error) {
      throw new UsageError(oneLine(error));
    }
  }
  return engine;
}

async function makePlan(options: CliOptions, io: Io, say: Say, columns: number): Promise<Plan> {
  const engine = await engineFor(options);
  const { inputs, fromDirectory } = await expandPaths(options.paths, io.cwd);
  const anyJsonl = inputs.some((input) => isJsonlInput(input, options.inputFormat));
  const batch = options.paths.length > 1 || fromDirectory || anyJsonl;
  return {
    engine,
    inputs,
    batch,
    formatter: FORMATTERS[options.format ?? (anyJsonl ? 'ndjson' : 'table')],
    formatOptions: {
      color: shouldColor({ flag: options.color, env: io.env, stdoutIsTTY: io.stdoutIsTTY, toFile: options.output !== null }),
      columns,
      batch,
    },
    settings: {
      inputFormat: options.inputFormat,
      maxBytes: options.maxBytes,
      referenceDate: options.referenceDate,
      stdin: () => io.stdin,
      checkReferenceDate: engine ? engine.checkReferenceDate : (value) => value,
      warn: (source, message) => say(`${displaySource(source)}: ${message}`),
    },
  };
}

function analyzeDocument(engine: Engine, doc: Document): OutputRecord {
  try {
    return engine.analyze(doc.text, { source: doc.source, id: doc.id, referenceDate: doc.referenceDate });
  } catch (error) {
    const failure = { code: 'internal' as const, message: `internal error: ${oneLine(error)}` };
    return doc.id === undefined ? { source: doc.source, error: failure } : { source: doc.source, id: doc.id, error: failure };
  }
}

/** --print-text: the text exactly, or escaped when a terminal would otherwise interpret it. */
function printedText(doc: Document, batch: boolean, escape: boolean): string {
  const header = batch ? `==> ${displaySource(doc.source, doc.id)} <==\n` : '';
  const text = escape ? escapeKeepingLines(doc.text) : doc.text;
  return `${header}${text}${batch && !text.endsWith('\n') ? '\n' : ''}`;
}

async function openSink(options: CliOptions, io: Io, stdout: Sink): Promise<Sink> {
  if (options.output === null) return stdout;
  try {
    return await fileSink(resolve(io.cwd, options.output));
  } catch (error) {
    throw new UsageError(`${options.output}: ${fromFileSystem(error).message}`);
  }
}

interface Outcome {
  failed: boolean;
  /** Documents whose output (result, error record or text) was written or held. */
  written: number;
}

async function emit(plan: Plan, options: CliOptions, sink: Sink, say: Say, escapeText: boolean): Promise<Outcome> {
  const outcome: Outcome = { failed: false, written: 0 };
  const held: OutputRecord[] = [];
  const { engine, formatter, formatOptions, batch } = plan;
  for await (const job of documents(plan.inputs, plan.settings)) {
    if (sink.closed || sink.failure) break;
    if (job.kind === 'document' && (options.printText || !engine)) {
      await sink.write(printedText(job, batch, escapeText));
      outcome.written++;
      continue;
    }
    const record = job.kind === 'error' || !engine ? errorOf(job) : analyzeDocument(engine, job);
    if (isErrorRecord(record)) {
      outcome.failed = true;
      say(`${displaySource(record.source, record.id)}: ${record.error.message}`);
      // One input that fails has nothing to print; in a batch its record keeps its place.
      if (!batch || options.printText) continue;
    }
    if (formatter.renderOne) await sink.write(formatter.renderOne(record, outcome.written, formatOptions));
    else held.push(record);
    outcome.written++;
    await turn();
  }
  if (held.length > 0) await sink.write(formatter.render(held, formatOptions));
  return outcome;
}

function errorOf(job: Job): OutputRecord {
  if (job.kind === 'error') return job.record;
  throw new Error('a document reached the analysis without the engine loaded');
}

/**
 * Reads, analyzes and writes every input in order. Returns the exit code: 2 when any document
 * failed or the output could not be written, else 0 (also when the reader closed the pipe early).
 */
export async function run(options: CliOptions, io: Io, stdout: Sink, say: Say, columns: number): Promise<number> {
  const plan = await makePlan(options, io, say, columns);
  const sink = await openSink(options, io, stdout);
  let outcome: Outcome;
  try {
    outcome = await emit(plan, options, sink, say, options.output === null && io.stdoutIsTTY);
  } catch (error) {
    await sink.abort();
    throw error;
  }
  if (sink.failure) {
    await sink.abort();
    say(`cannot write output: ${oneLine(sink.failure)}`);
    return 2;
  }
  // A lone input that failed leaves an existing --output file as it was.
  if (outcome.written === 0 && outcome.failed) await sink.abort();
  else await sink.finish();
  return outcome.failed ? 2 : 0;
}
