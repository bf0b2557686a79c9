import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { fromFileSystem, InputError } from './errors.js';

export function tooLarge(maxBytes: number): InputError {
  return new InputError('too-large', `too large (over --max-bytes ${maxBytes})`);
}

/** All bytes of a stream, refusing (and no longer reading) past `maxBytes`. */
export async function readStreamBytes(stream: Readable, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += bytes.length;
    if (total > maxBytes) {
      stream.destroy();
      throw tooLarge(maxBytes);
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, total);
}

/** A file's bytes; a regular file over the limit is refused from its size, before any read. */
export async function readFileBytes(path: string, maxBytes: number): Promise<Buffer> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw fromFileSystem(error);
  }
  try {
    const info = await handle.stat();
    if (info.isFile()) {
      if (info.size > maxBytes) throw tooLarge(maxBytes);
      const bytes = await handle.readFile();
      if (bytes.length > maxBytes) throw tooLarge(maxBytes);
      return bytes;
    }
    // A pipe or device: no size to check up front.
    return await readStreamBytes(handle.createReadStream({ autoClose: false }), maxBytes);
  } catch (error) {
    throw fromFileSystem(error);
  } finally {
    await handle.close();
  }
}
