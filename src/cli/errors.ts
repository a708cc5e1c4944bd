/** Exit codes of SPEC §9: 0 success (also with quarantined records), 1 failed input or run, 2 usage. */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

/** A usage error (bad option, ambiguous handle…): printed as one line, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
