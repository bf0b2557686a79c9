import { decodeBytes, decodeWindows1252, type Decoded } from '../decode.js';
import { InputError } from '../errors.js';
import type { FetchedPage } from './fetch.js';

function hasByteOrderMark(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/**
 * A page's text: a byte-order mark wins (as browsers decide), then the Content-Type charset, then
 * the file rules (UTF-8, else Windows-1252 with a warning). A charset Node cannot decode is ignored.
 */
export function decodePage(page: FetchedPage): Decoded {
  const charset = page.charset;
  if (hasByteOrderMark(page.bytes) || charset === null || charset === 'utf-8' || charset === 'utf8') return decodeBytes(page.bytes);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset, { fatal: true });
  } catch {
    return decodeBytes(page.bytes);
  }
  if (!decoder.encoding.startsWith('utf-16') && page.bytes.subarray(0, 8192).includes(0)) throw new InputError('binary', 'binary file, not text');
  // Node 20's TextDecoder reads windows-1252 (and the Latin-1 labels that mean it) as plain
  // Latin-1, losing curly quotes and dashes; our own table does it right.
  if (decoder.encoding === 'windows-1252') return { text: decodeWindows1252(page.bytes), encoding: 'windows-1252', fellBack: false };
  try {
    return { text: decoder.decode(page.bytes), encoding: 'utf-8', fellBack: false };
  } catch {
    return decodeBytes(page.bytes);
  }
}
