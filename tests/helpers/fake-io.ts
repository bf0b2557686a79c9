import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import type { Io } from '../../src/cli/io.js';

export interface FakeIoOptions {
  stdin?: string | Buffer | readonly (string | Buffer)[];
  stdinIsTTY?: boolean;
  stdoutIsTTY?: boolean;
  env?: Record<string, string | undefined>;
  columns?: number;
  cwd?: string;
  /** A small buffer and a slow reader, to exercise backpressure. */
  slowStdout?: boolean;
  /** The reader goes away (EPIPE) after this many stdout writes. */
  closeStdoutAfterWrites?: number;
}

export interface FakeIo {
  io: Io;
  stdout(): string;
  stderr(): string;
  stdoutWrites(): number;
  stdinWasRead(): boolean;
}

function collector(chunks: string[], options: { slow?: boolean; closeAfter?: number } = {}): Writable {
  let writes = 0;
  const stream = new Writable({
    highWaterMark: options.slow ? 16 : 16 * 1024,
    write(chunk: Buffer, _encoding, done) {
      writes++;
      if (options.closeAfter !== undefined && writes > options.closeAfter) {
        const error = Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });
        done(error);
        return;
      }
      chunks.push(chunk.toString('utf8'));
      if (options.slow) setTimeout(done, 1);
      else done();
    },
  });
  return stream;
}

/** An Io for `main` with in-memory streams; nothing touches the real process. */
export function fakeIo(options: FakeIoOptions = {}): FakeIo {
  const out: string[] = [];
  const err: string[] = [];
  let writes = 0;
  let stdinRead = false;
  const stdout = collector(out, { slow: options.slowStdout, closeAfter: options.closeStdoutAfterWrites });
  stdout.on('finish', () => undefined);
  const countWrites = stdout.write.bind(stdout);
  stdout.write = ((...args: Parameters<Writable['write']>) => {
    writes++;
    return countWrites(...args);
  }) as Writable['write'];
  const input = options.stdin;
  const io: Io = {
    stdout,
    stderr: collector(err),
    get stdin() {
      stdinRead = true;
      const chunks = input === undefined ? [] : Array.isArray(input) ? input : [input];
      return Readable.from(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : c)));
    },
    stdinIsTTY: options.stdinIsTTY ?? false,
    stdoutIsTTY: options.stdoutIsTTY ?? false,
    env: options.env ?? {},
    columns: options.columns,
    cwd: options.cwd ?? process.cwd(),
  };
  return {
    io,
    stdout: () => out.join(''),
    stderr: () => err.join(''),
    stdoutWrites: () => writes,
    stdinWasRead: () => stdinRead,
  };
}

/** A fresh empty folder for a test's files. */
export function tempDir(prefix = 'analyze-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
