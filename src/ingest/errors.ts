/** The whole input cannot be read (missing, truncated, not an archive…): the import stops. */
export class InputError extends Error {
  override name = 'InputError';
  constructor(
    message: string,
    readonly file: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** An archive breaks a safety limit (zip-slip path, zip bomb ratio, total inflated size). */
export class UnsafeArchiveError extends InputError {
  override name = 'UnsafeArchiveError';
}
