/** Exit codes of SPEC §9: 0 success (also with quarantined records), 1 failed input or run, 2 usage. */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

/** A usage error (bad option, ambiguous handle…): printed as one line, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** What a file system error means, in words, by its code. */
const FILE_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or folder',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'it is a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  ENAMETOOLONG: 'the name is too long',
  ELOOP: 'too many symbolic links',
  EMFILE: 'too many open files',
};

/**
 * The one line an error ends the run with. A file system error on a path the user named (an
 * output file in a missing folder, a folder given as a file) says the path and what is wrong in
 * words, not Node's `ENOENT: no such file or directory, open '…'`.
 */
export function errorLine(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const { path } = error as NodeJS.ErrnoException;
  return (typeof path === 'string' ? fileError(path, error) : null) ?? error.message;
}

/** `PATH: what is wrong in words` for a file system error on `path`, or null for another error. */
export function fileError(path: string, error: unknown): string | null {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' && Object.hasOwn(FILE_ERRORS, code)
    ? `${path}: ${FILE_ERRORS[code]}`
    : null;
}
