import { peekEntry } from '../read-bytes.js';
import type { ImportSource, SourceEntry } from '../source.js';
import { archiveFileKind } from './read-archive.js';
import { isV2Page } from './read-api-v2.js';

/** `x-mixed`: a folder or archive holding several of the others, each file read in its own. */
export const X_FORMATS = ['x-archive', 'x-api-v2', 'x-api-v1', 'x-mixed'] as const;
export type XFormat = (typeof X_FORMATS)[number];
/** The format of one file (never `x-mixed`). */
export type XEntryFormat = Exclude<XFormat, 'x-mixed'>;

const WRAPPED = /^\uFEFF?\s*window\.(YTD\.|__THAR_CONFIG\b)/;
const LEGACY_TIME = /^[A-Z][a-z]{2} [A-Z][a-z]{2} \d{2} \d{2}:\d{2}:\d{2} [+-]\d{4} \d{4}$/;
const DIGITS = /^\d{1,20}$/;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An API v1.1 tweet: `id_str`, a legacy `created_at` and an embedded `user`. */
function isLegacyApiTweet(value: unknown): boolean {
  return (
    isObject(value) &&
    typeof value.id_str === 'string' &&
    DIGITS.test(value.id_str) &&
    typeof value.created_at === 'string' &&
    LEGACY_TIME.test(value.created_at) &&
    isObject(value.user) &&
    typeof value.user.screen_name === 'string'
  );
}

/** An API v2 tweet or user: a digit-string `id` with `text`, or with `username`. */
function isV2Element(value: unknown): boolean {
  return (
    isObject(value) &&
    typeof value.id === 'string' &&
    DIGITS.test(value.id) &&
    (typeof value.text === 'string' || typeof value.username === 'string') &&
    !('uri' in value) &&
    !('subreddit' in value)
  );
}

function formatOf(value: unknown): XEntryFormat | null {
  if (isV2Page(value)) {
    const data = Array.isArray(value.data) ? value.data : [];
    const includes = isObject(value.includes) ? value.includes : {};
    const users = Array.isArray(includes.users) ? includes.users : [];
    const first = data.length > 0 ? data[0] : users[0];
    return isV2Element(first) ? 'x-api-v2' : null;
  }
  if (Array.isArray(value))
    return value.length > 0 && isLegacyApiTweet(value[0]) ? 'x-api-v1' : null;
  if (isObject(value) && Array.isArray(value.statuses)) {
    return value.statuses.length > 0 && isLegacyApiTweet(value.statuses[0]) ? 'x-api-v1' : null;
  }
  return isLegacyApiTweet(value) ? 'x-api-v1' : null;
}

/** The head as JSON: its first line alone, or the whole head when it is the whole file. */
function parseHead(head: Buffer, complete: boolean): unknown {
  const text = head.toString('utf8').replace(/^\uFEFF/, '');
  const newline = text.indexOf('\n');
  const candidates = complete ? [text] : [];
  if (newline > 0) candidates.push(text.slice(0, newline));
  for (const candidate of candidates) {
    try {
      return JSON.parse(candidate);
    } catch {
      // not this way: try the next, then the textual signs below
    }
  }
  return undefined;
}

/** One file's X format, from its first 64 KiB. */
export async function detectEntry(entry: SourceEntry): Promise<XEntryFormat | null> {
  const limit = 64 * 1024;
  const head = await peekEntry(entry, limit);
  const start = head.subarray(0, 256).toString('latin1');
  if (WRAPPED.test(start)) return 'x-archive';
  if (!/^\uFEFF?\s*[[{]/.test(head.subarray(0, 256).toString('utf8'))) return null;
  const complete = entry.size !== null ? entry.size <= head.length : head.length < limit;
  const value = parseHead(head, complete);
  if (value !== undefined) return formatOf(value);
  // A page longer than the head: recognised by the keys only X's APIs write.
  const text = head.toString('utf8');
  if (
    /"data"\s*:\s*\[/.test(text) &&
    !/"(uri|subreddit|did)"\s*:/.test(text) &&
    (/"(conversation_id|author_id|edit_history_tweet_ids|referenced_tweets)"\s*:/.test(text) ||
      /"username"\s*:[\s\S]*"followers_count"\s*:/.test(text))
  ) {
    return 'x-api-v2';
  }
  if (
    /"id_str"\s*:\s*"\d+"/.test(text) &&
    /"screen_name"\s*:/.test(text) &&
    /"created_at"\s*:\s*"[A-Z][a-z]{2} [A-Z][a-z]{2} \d{2} /.test(text)
  ) {
    return 'x-api-v1';
  }
  return null;
}

/**
 * The files of a source that may be X inputs: in a folder or archive, the archive's files by
 * name (`data/tweets.js`, `follower.js`…) and saved API pages (`.json`, `.jsonl`).
 */
export function candidateEntries(source: ImportSource): readonly SourceEntry[] {
  if (source.kind === 'file') return source.entries;
  return source.entries.filter(
    (entry) => archiveFileKind(entry.name) !== null || /\.jsonl?$/i.test(entry.name),
  );
}

/**
 * The X format of a source: `x-archive` when its archive files (`tweets.js`, `follower.js`,
 * `manifest.js`…) start with the `window.YTD.… =` / `window.__THAR_CONFIG =` assignment, or
 * the API format (`x-api-v2`, `x-api-v1`) of its saved pages; `x-mixed` when it holds more
 * than one of these (an archive and saved pages, or pages of both versions).
 */
export async function detectX(source: ImportSource): Promise<XFormat | null> {
  const formats = new Set<XEntryFormat>();
  for (const entry of candidateEntries(source)) {
    const format = await detectEntry(entry);
    if (format) formats.add(format);
  }
  if (formats.size === 0) return null;
  return formats.size === 1 ? [...formats][0]! : 'x-mixed';
}
