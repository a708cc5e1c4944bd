import type { Timestamp } from '../../model/index.js';

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/** An ISO 8601 time with a zone (Mastodon always writes one) → UTC; null otherwise. */
export function parseIsoTime(text: string | null | undefined): Timestamp | null {
  if (!text || !ISO.test(text)) return null;
  const ms = Date.parse(text);
  return Number.isFinite(ms) ? { ms, isLocal: false } : null;
}
