import { escapeForTerminal } from '../format/table/escape.js';
import { runCheck } from './check/index.js';
import { oneLine, UsageError } from './errors.js';
import type { Io } from './io.js';
import { parseCommandLine } from './options.js';
import { run, type Say } from './run.js';
import { streamSink, type Sink } from './sink.js';
import { packageVersion } from './version.js';

export type { Io } from './io.js';
export { nodeIo } from './io.js';
export { serveTasks } from './parallel/serve.js';

const DEFAULT_COLUMNS = 80;

function terminalColumns(io: Io): number {
  const fromEnv = Number.parseInt(io.env.COLUMNS ?? '', 10);
  const columns = io.columns ?? (Number.isFinite(fromEnv) ? fromEnv : DEFAULT_COLUMNS);
  return Math.max(20, columns);
}

async function dispatch(argv: readonly string[], io: Io, stdout: Sink, say: Say): Promise<number> {
  const columns = terminalColumns(io);
  // `check` is a command only as the first word; an article named "check" is still `analyze ./check`.
  if (argv[0] === 'check') return runCheck(argv.slice(1), io, stdout, say, columns);
  const parsed = parseCommandLine(
    argv,
    { writeOut: (text) => void stdout.write(text), writeErr: (text) => void io.stderr.write(text), columns },
    io.stdinIsTTY,
  );
  if (parsed.action === 'exit') return parsed.code;
  if (parsed.action === 'version') {
    await stdout.write(`${await packageVersion()}\n`);
    return 0;
  }
  return run(parsed.options, io, stdout, say, columns);
}

/**
 * The `analyze` command. Returns the exit code and never throws, never exits the process: every
 * failure becomes one line on stderr. Resolves only once the output has been handed to stdout.
 */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  // An error on stderr (closed too) must not crash the process: there is nowhere left to report it.
  io.stderr.on('error', () => undefined);
  const say: Say = (message) => {
    io.stderr.write(`analyze: ${escapeForTerminal(message)}\n`);
  };
  const stdout = streamSink(io.stdout);
  try {
    const code = await dispatch(argv, io, stdout, say);
    await stdout.finish();
    return code;
  } catch (error) {
    if (error instanceof UsageError) say(error.message);
    else say(`internal error: ${oneLine(error)}`);
    return 2;
  }
}
