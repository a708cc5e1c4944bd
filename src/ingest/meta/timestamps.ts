import type { Timestamp } from '../../model/index.js';

/** Beyond this many seconds a number is no date a JS Date can hold (year 275760). */
const MAX_DATE_SECONDS = 8.64e12;

/**
 * Unix seconds (Meta and TikTok exports) as a UTC timestamp; 0, negative, absent or beyond any
 * date is null.
 */
export function fromUnixSeconds(seconds: number | null | undefined): Timestamp | null {
  if (
    seconds === null ||
    seconds === undefined ||
    !Number.isFinite(seconds) ||
    seconds <= 0 ||
    seconds > MAX_DATE_SECONDS
  ) {
    return null;
  }
  return { ms: Math.round(seconds * 1000), isLocal: false };
}

/** An ISO 8601 time with a zone (`2019-12-01T03:36:55.000Z`, `…+00:00`), or null if it is not one. */
export function fromIsoTime(text: string | null | undefined): Timestamp | null {
  if (!text || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})$/.test(text)) {
    return null;
  }
  // Date.parse keeps only milliseconds: Takeout's microseconds are truncated, not rounded.
  const ms = Date.parse(text.replace(/(\.\d{3})\d+/, '$1'));
  return Number.isNaN(ms) ? null : { ms, isLocal: false };
}

/**
 * `YYYY-MM-DD HH:MM:SS` with no zone (TikTok exports), kept as a local time (SPEC §9:
 * `time_is_local`): `ms` is the wall-clock reading as if it were UTC. Null if malformed.
 */
export function fromLocalDateTime(text: string | null | undefined): Timestamp | null {
  const match = text ? /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(text) : null;
  if (!match) return null;
  const [y, mo, d, h, mi, s] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const ms = Date.UTC(y, mo - 1, d, h, mi, s);
  const check = new Date(ms);
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || y === 0) return null;
  return { ms, isLocal: true };
}
