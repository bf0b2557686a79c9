import { isatty } from 'node:tty';
import type { Readable, Writable } from 'node:stream';

/**
 * Everything the command touches of its process, so tests run `main` in-process with fake streams.
 */
export interface Io {
  stdout: Writable;
  stderr: Writable;
  /** Read only when an input is "-" (or no path is given and stdin is piped). */
  readonly stdin: Readable;
  stdinIsTTY: boolean;
  stdoutIsTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
  /** Terminal width; undefined when stdout is not a terminal. */
  columns: number | undefined;
  /** Stderr is a terminal: a batch may show its progress there. Absent means no. */
  stderrIsTTY?: boolean;
  /** Width of the terminal on stderr, for the progress line. */
  stderrColumns?: number;
  /** Relative paths are read from here (and shown as given). */
  cwd: string;
}

/** The real process. `stdin` is a getter: touching process.stdin opens it, and most runs never read it. */
export function nodeIo(): Io {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    get stdin() {
      return process.stdin;
    },
    stdinIsTTY: isatty(0),
    stdoutIsTTY: process.stdout.isTTY === true,
    env: process.env,
    columns: process.stdout.isTTY ? process.stdout.columns : undefined,
    stderrIsTTY: process.stderr.isTTY === true,
    stderrColumns: process.stderr.isTTY ? process.stderr.columns : undefined,
    cwd: process.cwd(),
  };
}
