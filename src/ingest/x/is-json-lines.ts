import { peekEntry } from '../read-bytes.js';
import type { SourceEntry } from '../source.js';

/**
 * Whether a saved response file is JSON Lines (one page or tweet per line) rather than one
 * pretty-printed document: its first line parses on its own, or the first 64 KiB hold no
 * line break at all (a long single-line page, read line by line so it stays under the
 * record limit instead of loading a whole document).
 */
export async function isJsonLines(entry: SourceEntry): Promise<boolean> {
  const head = await peekEntry(entry);
  const newline = head.indexOf(10);
  if (newline === -1) return true;
  const first = head
    .subarray(0, newline)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trim();
  if (first === '') return false;
  try {
    JSON.parse(first);
    return true;
  } catch {
    return false;
  }
}
