import type { ErrorCode } from '../format/index.js';

/** A wrong command line: reported in one line, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A document that cannot be read or analyzed; in a batch it becomes an error record. */
export class InputError extends Error {
  override name = 'InputError';
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const FS_ERRORS: Readonly<Record<string, [ErrorCode, string]>> = {
  ENOENT: ['not-found', 'no such file'],
  ENOTDIR: ['not-found', 'no such file'],
  EACCES: ['permission-denied', 'permission denied'],
  EPERM: ['permission-denied', 'permission denied'],
  ELOOP: ['unreadable', 'too many levels of symbolic links'],
  EISDIR: ['unreadable', 'is a directory'],
  ENAMETOOLONG: ['unreadable', 'file name too long'],
};

/** A file-system error as the short phrase a user expects after the path ("no such file"). */
export function fromFileSystem(error: unknown): InputError {
  if (error instanceof InputError) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const known = code === undefined ? undefined : FS_ERRORS[code];
  if (known) return new InputError(known[0], known[1]);
  const detail = code ?? (error instanceof Error ? error.message : String(error));
  return new InputError('unreadable', `cannot read (${detail})`);
}

/** Any thrown value as one line of text, with no stack. */
export function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s+/g, ' ').trim() || 'unknown error';
}
