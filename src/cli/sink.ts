import { createWriteStream } from 'node:fs';
import { rename, unlink } from 'node:fs/promises';
import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** Where the output goes: written in order, with backpressure, until the reader goes away. */
export interface Sink {
  write(text: string): Promise<void>;
  /** The reader closed the pipe (`| head -1`): stop producing output, quietly. */
  readonly closed: boolean;
  /** A write failed for another reason than a closed pipe. */
  readonly failure: Error | null;
  /** Waits until everything written has left; for a file, puts it in place. */
  finish(): Promise<void>;
  /** Gives up: for a file, removes the temporary file and leaves the old one as it was. */
  abort(): Promise<void>;
}

function isClosedPipe(error: NodeJS.ErrnoException): boolean {
  return error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED' || error.code === 'ECONNRESET';
}

/**
 * Writes to a stream, awaiting 'drain' when its buffer is full. Stream errors are recorded, never
 * thrown: the 'error' listener stays for the life of the stream, because an EPIPE can arrive after
 * the last write and would otherwise crash the process with a stack trace.
 */
export function streamSink(stream: Writable): Sink {
  let closed = false;
  let failure: Error | null = null;
  // Writes are awaited one at a time, so at most one writer waits for the stream at any moment.
  let wake: (() => void) | null = null;
  const wakeWriter = () => wake?.();
  stream.on('drain', wakeWriter);
  stream.on('close', wakeWriter);
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (isClosedPipe(error)) closed = true;
    else failure ??= error;
    wakeWriter();
  });
  const stopped = () => closed || failure !== null || stream.destroyed;

  async function waitForDrain(): Promise<void> {
    if (stopped() || !stream.writableNeedDrain) return;
    await new Promise<void>((resolve) => {
      wake = resolve;
    });
    wake = null;
  }

  return {
    get closed() {
      return closed || (stream.destroyed && failure === null);
    },
    get failure() {
      return failure;
    },
    async write(text) {
      if (stopped() || text === '') return;
      if (!stream.write(text)) await waitForDrain();
    },
    async finish() {
      await waitForDrain();
      if (stopped() || stream.writableLength === 0) return;
      // An empty write's callback runs once every earlier chunk has been handed on.
      await new Promise<void>((resolve) => {
        stream.write('', () => resolve());
      });
    },
    async abort() {},
  };
}

/** Writes FILE.tmp and renames it to FILE at the end, so a killed run never leaves half a file. */
export async function fileSink(path: string): Promise<Sink> {
  const temporary = `${path}.tmp`;
  const stream = createWriteStream(temporary);
  const [event] = await Promise.race([once(stream, 'open').then(() => ['open']), once(stream, 'error')]);
  if (event instanceof Error) throw event;
  const inner = streamSink(stream);
  const settle = async () => {
    if (stream.destroyed || stream.writableFinished) return;
    const closing = once(stream, 'close').catch(() => undefined);
    stream.end();
    await closing;
  };
  return {
    get closed() {
      return false;
    },
    get failure() {
      return inner.failure;
    },
    write: (text) => inner.write(text),
    async finish() {
      await settle();
      if (inner.failure) throw inner.failure;
      await rename(temporary, path);
    },
    async abort() {
      await settle();
      await unlink(temporary).catch(() => undefined);
    },
  };
}
