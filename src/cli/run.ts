import { resolve } from 'node:path';
import { FORMATTERS } from '../format/index.js';
import { shouldColor } from './color.js';
import { isJsonlInput } from './documents.js';
import { displaySource, emit, type Outcome, type Plan, type Say } from './emit.js';
import { loadEngine, type Engine } from './engine.js';
import { fromFileSystem, oneLine, UsageError } from './errors.js';
import { expandPaths } from './inputs.js';
import type { Io } from './io.js';
import type { CliOptions } from './options.js';
import { ProgressBar } from './progress.js';
import { fileSink, type Sink } from './sink.js';
import { summaryLine } from './summary.js';

export type { Say } from './emit.js';

const DEFAULT_COLUMNS = 80;

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

async function openSink(options: CliOptions, io: Io, stdout: Sink): Promise<Sink> {
  if (options.output === null) return stdout;
  try {
    return await fileSink(resolve(io.cwd, options.output));
  } catch (error) {
    throw new UsageError(`${options.output}: ${fromFileSystem(error).message}`);
  }
}

/** A progress line only for a batch being analyzed, on a terminal, outside CI logs. */
function progressFor(plan: Plan, options: CliOptions, io: Io): ProgressBar | null {
  if (!plan.batch || options.printText || !io.stderrIsTTY || io.env.CI) return null;
  const lengthKnown = !plan.inputs.some((input) => isJsonlInput(input, options.inputFormat));
  return new ProgressBar(io.stderr, lengthKnown ? plan.inputs.length : null, io.stderrColumns ?? DEFAULT_COLUMNS);
}

/** The batch summary: for more than one document analyzed, and not when the reader left early. */
function wantsSummary(plan: Plan, options: CliOptions, outcome: Outcome, sink: Sink): boolean {
  return plan.batch && !options.printText && outcome.documents > 1 && !sink.closed;
}

/**
 * Reads, analyzes and writes every input in order. Returns the exit code: 2 when any document
 * failed or the output could not be written, else 0 (also when the reader closed the pipe early).
 */
export async function run(options: CliOptions, io: Io, stdout: Sink, say: Say, columns: number): Promise<number> {
  const started = performance.now();
  let progress: ProgressBar | null = null;
  // Messages erase the progress line first; its next tick draws it again below them.
  const sayClean: Say = (message) => {
    progress?.clear();
    say(message);
  };
  const plan = await makePlan(options, io, sayClean, columns);
  const sink = await openSink(options, io, stdout);
  progress = progressFor(plan, options, io);
  let outcome: Outcome;
  try {
    outcome = await emit(
      plan,
      {
        printText: options.printText,
        jobs: options.jobs,
        escapeText: options.output === null && io.stdoutIsTTY,
        progress,
        outputSharesTerminal: options.output === null && io.stdoutIsTTY,
      },
      sink,
      sayClean,
    );
  } catch (error) {
    await sink.abort();
    throw error;
  } finally {
    progress?.clear();
  }
  if (sink.failure) {
    await sink.abort();
    say(`cannot write output: ${oneLine(sink.failure)}`);
    return 2;
  }
  // A lone input that failed leaves an existing --output file as it was.
  if (outcome.written === 0 && outcome.failed) await sink.abort();
  else await sink.finish();
  if (wantsSummary(plan, options, outcome, sink)) say(summaryLine(outcome, (performance.now() - started) / 1000));
  return outcome.failed ? 2 : 0;
}
