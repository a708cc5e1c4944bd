import type { Timestamp } from '../../model/index.js';

const DATE = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/;

/**
 * Milliseconds of a WordPress date (`2010-10-16 20:53:18`, REST `2010-10-16T20:53:18`: no zone,
 * read as written), or null when it is missing, zero (`0000-00-00 00:00:00`, what WordPress
 * writes for a draft's gmt date) or not a real date.
 */
export function wpDateMs(text: string | null | undefined): number | null {
  const match = DATE.exec((text ?? '').trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (year === 0 || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 60)
    return null;
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  // Date.UTC rolls 31 February over into March: such a date is not real.
  return new Date(ms).getUTCDate() === day ? ms : null;
}

/**
 * A record's time: the gmt date when WordPress filled it, else the local date kept with
 * `isLocal: true` (SPEC §9); null when neither is a real date (the caller quarantines the
 * record as `bad timestamp`).
 */
export function wpTimestamp(
  gmt: string | null | undefined,
  local: string | null | undefined,
): Timestamp | null {
  const utc = wpDateMs(gmt);
  if (utc !== null) return { ms: utc, isLocal: false };
  const ms = wpDateMs(local);
  return ms === null ? null : { ms, isLocal: true };
}
