import { InputError } from '../errors.js';
import { tooLarge } from '../read.js';

export const DEFAULT_URL_TIMEOUT_MS = 15_000;
const MAX_REDIRECTS = 5;

export interface FetchedPage {
  bytes: Uint8Array;
  /** The media type, lower-cased, without parameters ("text/html"); "" when the server gave none. */
  mediaType: string;
  /** The charset parameter of Content-Type, lower-cased; null when none. */
  charset: string | null;
}

export interface FetchSettings {
  maxBytes: number;
  timeoutMs?: number;
}

export function isUrl(source: string): boolean {
  return /^https?:\/\//iu.test(source);
}

function parseContentType(header: string | null): { mediaType: string; charset: string | null } {
  if (header === null) return { mediaType: '', charset: null };
  const [type = '', ...params] = header.split(';');
  let charset: string | null = null;
  for (const param of params) {
    const [key = '', value = ''] = param.split('=');
    if (key.trim().toLowerCase() === 'charset') charset = value.trim().replace(/^"|"$/gu, '').toLowerCase() || null;
  }
  return { mediaType: type.trim().toLowerCase(), charset };
}

/** Why a connection failed, in a word or two ("ECONNREFUSED"), never a stack. */
function networkDetail(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  if (typeof cause?.code === 'string') return cause.code;
  if (typeof cause?.message === 'string') return cause.message;
  return error instanceof Error ? error.message : String(error);
}

async function readBody(response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) throw tooLarge(maxBytes);
  if (!response.body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}

/**
 * A page's bytes over HTTP(S): at most MAX_REDIRECTS redirects, the whole exchange (body
 * included) within the timeout, and no more than `maxBytes` read. Failures are one-line InputErrors.
 */
export async function fetchPage(url: string, settings: FetchSettings): Promise<FetchedPage> {
  const signal = AbortSignal.timeout(settings.timeoutMs ?? DEFAULT_URL_TIMEOUT_MS);
  let current = url;
  try {
    for (let redirects = 0; ; redirects++) {
      let response: Response;
      try {
        response = await fetch(current, { redirect: 'manual', signal, headers: { accept: 'text/html, text/plain;q=0.9, */*;q=0.1' } });
      } catch (error) {
        if (signal.aborted) throw error;
        throw new InputError('unreadable', `cannot connect (${networkDetail(error)})`);
      }
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location !== null) {
        await response.body?.cancel().catch(() => undefined);
        if (redirects >= MAX_REDIRECTS) throw new InputError('unreadable', `too many redirects (over ${MAX_REDIRECTS})`);
        const next = new URL(location, current);
        if (next.protocol !== 'http:' && next.protocol !== 'https:') throw new InputError('unreadable', `redirected to a ${next.protocol} address`);
        current = next.href;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel().catch(() => undefined);
        throw new InputError(response.status === 404 || response.status === 410 ? 'not-found' : 'unreadable', `HTTP ${response.status}`);
      }
      const { mediaType, charset } = parseContentType(response.headers.get('content-type'));
      if (!isTextual(mediaType)) {
        await response.body?.cancel().catch(() => undefined);
        throw new InputError('unreadable', 'not a text or HTML page');
      }
      return { bytes: await readBody(response, settings.maxBytes), mediaType, charset };
    }
  } catch (error) {
    if (signal.aborted && !(error instanceof InputError)) throw new InputError('unreadable', 'timed out');
    throw error;
  }
}

/** Text, Markdown and HTML pages; an untyped answer is sniffed later like standard input. */
function isTextual(mediaType: string): boolean {
  return mediaType === '' || mediaType.startsWith('text/') || mediaType === 'application/xhtml+xml';
}

export function isHtmlType(mediaType: string): boolean {
  return mediaType === 'text/html' || mediaType === 'application/xhtml+xml';
}
