import { availableParallelism } from 'node:os';
import { Command, CommanderError, Option } from 'commander';
import { FORMAT_NAMES, type FormatName } from '../format/index.js';
import { UsageError } from './errors.js';
import { EXAMPLES, EXIT_CODES } from './help.js';

export const INPUT_FORMATS = ['auto', 'text', 'markdown', 'jsonl'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export interface CliOptions {
  paths: string[];
  /** Undefined: table, or ndjson when an input is JSON Lines. */
  format: FormatName | undefined;
  inputFormat: InputFormat;
  /** As given; checked against the calendar when the engine loads. */
  referenceDate: string | null;
  printText: boolean;
  output: string | null;
  maxBytes: number;
  /** --color / --no-color; undefined when neither. */
  color: boolean | undefined;
  /** Threads for the analysis, this one included; 1 analyzes in this thread only. */
  jobs: number;
}

const WHOLE_NUMBER = /^\d{1,4}$/;

/** "--jobs 4" → 4. More threads than this only adds memory, never speed. */
export function parseJobs(value: string): number {
  const jobs = WHOLE_NUMBER.test(value.trim()) ? Number(value.trim()) : Number.NaN;
  if (!(jobs >= 1 && jobs <= 256)) throw new UsageError(`--jobs must be a whole number from 1 to 256, got "${value}"`);
  return jobs;
}

export type Parsed = { action: 'run'; options: CliOptions } | { action: 'version' } | { action: 'exit'; code: number };

export interface ParseEnvironment {
  writeOut: (text: string) => void;
  writeErr: (text: string) => void;
  columns: number;
}

const SIZE = /^(\d{1,15})\s?([kmg]?)b?$/i;
const MULTIPLIER: Readonly<Record<string, number>> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** "50000", "512K", "50MB", "1G" (binary multiples) → bytes. */
export function parseByteSize(value: string): number {
  const match = SIZE.exec(value.trim());
  const bytes = match ? Number(match[1]) * (MULTIPLIER[(match[2] ?? '').toLowerCase()] ?? 1) : Number.NaN;
  if (!Number.isSafeInteger(bytes) || bytes <= 0) throw new UsageError(`--max-bytes must be a positive size like 5000000 or 50M, got "${value}"`);
  return bytes;
}

function buildProgram(env: ParseEnvironment): Command {
  return new Command('analyze')
    .description('Who said what in a news article: quotes and speakers, people, organizations, places, figures and dates.')
    .usage('[options] [paths...]')
    .argument('[paths...]', 'article files, directories (searched for .txt, .md, .html), or - for standard input')
    .addOption(new Option('-f, --format <name>', 'output format (default: table; ndjson for JSON Lines input)').choices(FORMAT_NAMES))
    .option('--json', 'short for --format json')
    .addOption(new Option('--input-format <name>', 'how inputs are read; auto: .jsonl/.ndjson files as JSON Lines, .md as Markdown, others as text').choices(INPUT_FORMATS).default('auto'))
    .option('-r, --reference-date <YYYY-MM-DD>', 'the day relative dates ("last September") are resolved against')
    .option('--print-text', 'print the text that would be analyzed (for HTML, the extracted text) instead of the analysis')
    .option('-o, --output <file>', 'write the output to FILE (through FILE.tmp, renamed when complete)')
    .option('--max-bytes <size>', 'refuse a document larger than this (bytes; K, M, G suffixes)', '50M')
    .option('-j, --jobs <n>', 'analyze a batch on N threads, this one and N-1 workers, which join once a batch passes 32 documents (1: this thread only; default: the number of cores)')
    .option('--color', 'colour the tables even when stdout is not a terminal')
    .option('--no-color', 'never colour (also: NO_COLOR=1)')
    .option('-V, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    .addHelpText('beforeAll', EXAMPLES)
    .addHelpText('afterAll', EXIT_CODES)
    .exitOverride()
    .configureOutput(quietOutput(env));
}

/**
 * Where commander writes help, at the terminal's width and without colour. Its errors are not
 * written: our caller reports them in its own one-line form.
 */
export function quietOutput(env: Pick<ParseEnvironment, 'writeOut' | 'writeErr' | 'columns'>) {
  return {
    writeOut: env.writeOut,
    writeErr: env.writeErr,
    outputError: () => undefined,
    getOutHelpWidth: () => env.columns,
    getErrHelpWidth: () => env.columns,
    getOutHasColors: () => false,
    getErrHasColors: () => false,
  };
}

interface RawOptions {
  format?: FormatName;
  json?: boolean;
  inputFormat: InputFormat;
  referenceDate?: string;
  printText?: boolean;
  output?: string;
  maxBytes: string;
  jobs?: string;
  color?: boolean;
  version?: boolean;
}

/** commander says "error: unknown option '--x'\n(Did you mean --y?)"; we want one line, no prefix. */
function commanderMessage(error: CommanderError): string {
  return error.message
    .replace(/^error: /, '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join(' ');
}

/**
 * The command line as options. Never exits the process: help and errors come back as values
 * (help text is written through `env`), usage errors as a thrown UsageError.
 */
export function parseCommandLine(argv: readonly string[], env: ParseEnvironment, showHelpWhenEmpty: boolean): Parsed {
  const program = buildProgram(env);
  try {
    program.parse([...argv], { from: 'user' });
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.help') return { action: 'exit', code: 0 };
    throw new UsageError(commanderMessage(error));
  }
  const raw = program.opts<RawOptions>();
  if (raw.version) return { action: 'version' };
  const paths = program.args;
  if (paths.length === 0 && showHelpWhenEmpty) {
    program.outputHelp({ error: true });
    return { action: 'exit', code: 2 };
  }
  if (raw.json && raw.format !== undefined && raw.format !== 'json') {
    throw new UsageError(`--json contradicts --format ${raw.format}`);
  }
  return {
    action: 'run',
    options: {
      paths: paths.length === 0 ? ['-'] : paths,
      format: raw.json ? 'json' : raw.format,
      inputFormat: raw.inputFormat,
      referenceDate: raw.referenceDate ?? null,
      printText: raw.printText === true,
      output: raw.output ?? null,
      maxBytes: parseByteSize(raw.maxBytes),
      color: raw.color,
      jobs: raw.jobs === undefined ? availableParallelism() : parseJobs(raw.jobs),
    },
  };
}
