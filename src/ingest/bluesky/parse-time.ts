import type { Timestamp } from '../../model/index.js';

// RFC 3339 as atproto writes it; the fraction may have up to 9 digits (Python clients write 6).
const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * A record's `createdAt`: a UTC timestamp; a time without a zone (some Python clients wrote
 * `2023-08-26T12:19:50.226623`) is kept as local (`isLocal`, SPEC §9); absent is null; anything
 * else is `'bad'`, which the caller quarantines as `bad timestamp`.
 */
export function parseCreatedAt(value: unknown): Timestamp | null | 'bad' {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') return 'bad';
  const match = DATETIME.exec(value);
  if (!match) return 'bad';
  const isLocal = match[1] === undefined;
  const ms = Date.parse(isLocal ? `${value}Z` : value);
  if (!Number.isFinite(ms) || ms <= 0) return 'bad';
  return { ms, isLocal };
}
