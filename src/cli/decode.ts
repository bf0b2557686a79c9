import { InputError } from './errors.js';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface Decoded {
  /** The text offsets refer to: without its byte-order mark. */
  text: string;
  encoding: Encoding;
  /** Set when the bytes were not valid UTF-8 and were read as Windows-1252 instead. */
  fellBack: boolean;
}

/** How far to look for NUL bytes, the mark of a binary file (as git and grep do). */
const SNIFF_BYTES = 8192;

/** Windows-1252 differs from Latin-1 only in 0x80–0x9F; five of them are unassigned and pass through. */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

export function windows1252CodePoint(byte: number): number {
  return byte >= 0x80 && byte <= 0x9f ? (CP1252_HIGH[byte - 0x80] ?? byte) : byte;
}

export function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) units[i] = windows1252CodePoint(bytes[i] ?? 0);
  return new TextDecoder('utf-16le').decode(units);
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/**
 * Bytes to text: UTF-8 (a BOM is dropped), UTF-16 LE/BE when a BOM says so, else Windows-1252 when
 * the bytes are not valid UTF-8. NUL bytes without a UTF-16 BOM mean a binary file: refused.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(3)), encoding: 'utf-8', fellBack: false };
  }
  if (startsWith(bytes, [0xff, 0xfe])) {
    return { text: new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes.subarray(2)), encoding: 'utf-16le', fellBack: false };
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    return { text: new TextDecoder('utf-16be', { ignoreBOM: true }).decode(bytes.subarray(2)), encoding: 'utf-16be', fellBack: false };
  }
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) throw new InputError('binary', 'binary file, not text');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8', fellBack: false };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252', fellBack: true };
  }
}
