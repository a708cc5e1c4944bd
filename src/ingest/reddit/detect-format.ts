import { firstByte, peekEntry } from '../read-bytes.js';
import type { SourceEntry } from '../source.js';

export type RedditFormat = 'pushshift-ndjson' | 'pushshift-api' | 'pushshift-csv';

/** `{"data": [` opening a saved API response, in any layout. */
const API_START = /^\s*\{\s*"data"\s*:\s*\[/;

/** Whether JSON text names the fields every Reddit record has: `subreddit`, `id`, a text. */
function hasRedditKeys(text: string): boolean {
  return (
    text.includes('"subreddit"') &&
    text.includes('"id"') &&
    (text.includes('"body"') || text.includes('"title"'))
  );
}

/** Splits a CSV header line into names (dump headers are plain words; quotes are dropped). */
function headerNames(line: string): Set<string> {
  return new Set(line.split(',').map((name) => name.trim().replace(/^"(.*)"$/, '$1')));
}

/**
 * Names the Reddit format of an entry from its first (decompressed) bytes, or null:
 * a JSON object starting `{"data": [` with Reddit fields → the API; a first line that is a JSON
 * object with Reddit fields → a dump; a header with `subreddit`, `id`, `created_utc` and a
 * thread or text column → a CSV.
 */
export async function detectEntryFormat(entry: SourceEntry): Promise<RedditFormat | null> {
  const head = await peekEntry(entry);
  // JSON, or a CSV header: printable ASCII first
  const first = firstByte(head);
  if (first < 0x21 || first > 0x7e) return null;
  let text = head.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (API_START.test(text)) return hasRedditKeys(text) ? 'pushshift-api' : null;
  const start = text.search(/\S/);
  if (start === -1) return null;
  const newline = text.indexOf('\n', start);
  const firstLine = text.slice(start, newline === -1 ? undefined : newline);
  if (firstLine.startsWith('{')) return hasRedditKeys(firstLine) ? 'pushshift-ndjson' : null;
  const names = headerNames(firstLine.replace(/\r$/, ''));
  if (
    names.has('subreddit') &&
    names.has('id') &&
    names.has('created_utc') &&
    (names.has('parent_id') || names.has('link_id') || names.has('body') || names.has('title'))
  )
    return 'pushshift-csv';
  return null;
}
