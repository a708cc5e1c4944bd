import type { Timestamp } from '../../model/index.js';

const MONTHS: Readonly<Record<string, number>> = {
  Jan: 0,
  Feb: 1,
  Mar: 2,
  Apr: 3,
  May: 4,
  Jun: 5,
  Jul: 6,
  Aug: 7,
  Sep: 8,
  Oct: 9,
  Nov: 10,
  Dec: 11,
};

// `Wed Oct 10 20:19:24 +0000 2018`: the archive's and API v1.1's `created_at`.
const LEGACY =
  /^[A-Z][a-z]{2} ([A-Z][a-z]{2}) (\d{2}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2}) (\d{4})$/;
// API v2 and the archive manifest write ISO 8601 with a zone (`2021-09-22T16:37:29.000Z`).
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})$/;

/**
 * Parses an X timestamp (the legacy `created_at` form or ISO 8601 with a zone) to UTC; null
 * when it is neither, or names an impossible date.
 *
 * @example parseTwitterTime('Wed Oct 10 20:19:24 +0000 2018') // { ms: 1539202764000, … }
 */
export function parseTwitterTime(text: string): Timestamp | null {
  const legacy = LEGACY.exec(text);
  if (legacy) {
    const [, mon, day, h, m, s, sign, zh, zm, year] = legacy;
    const month = MONTHS[mon!];
    if (month === undefined) return null;
    const local = Date.UTC(Number(year), month, Number(day), Number(h), Number(m), Number(s));
    const offsetMs = (Number(zh) * 60 + Number(zm)) * 60_000 * (sign === '-' ? -1 : 1);
    const date = new Date(local);
    // Date.UTC rolls Feb 31 over to March: an impossible date is rejected, not shifted.
    if (date.getUTCDate() !== Number(day) || date.getUTCMonth() !== month) return null;
    return { ms: local - offsetMs, isLocal: false };
  }
  if (ISO.test(text)) {
    const ms = Date.parse(text);
    return Number.isFinite(ms) ? { ms, isLocal: false } : null;
  }
  return null;
}
