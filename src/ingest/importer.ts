import type { ImportUnit, Platform } from '../model/index.js';
import type { InputLimits } from './limits.js';
import type { ImportSource } from './source.js';

/** What an importer needs besides its input. */
export interface ImportContext {
  readonly limits: InputLimits;
  /** The store's secret salt, for the salted hash of a commenter's email (never stored). */
  readonly salt: string;
  /** Reddit's `--subreddits a,b` filter, lower-cased; absent = every subreddit. */
  readonly subreddits?: ReadonlySet<string>;
  /** When this import observes profile counts that carry no time of their own. */
  readonly observedAtMs: number;
}

/**
 * One platform's importer (STYLE §5): `detect` names the format of a source it can read (or
 * null, reading at most the first bytes of its entries); `read` yields one `ImportUnit` per
 * input record, sending malformed records to quarantine and throwing an `InputError` only when
 * the input as a whole cannot be read.
 */
export interface Importer {
  readonly platform: Platform;
  detect(source: ImportSource): Promise<string | null>;
  read(source: ImportSource, format: string, context: ImportContext): AsyncIterable<ImportUnit>;
}
