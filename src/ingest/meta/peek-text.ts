import { peekEntry } from '../read-bytes.js';
import type { ImportSource, SourceEntry } from '../source.js';

/** The first bytes of an entry as text, for detection by content (invalid UTF-8 is replaced). */
export async function peekText(entry: SourceEntry, maxBytes = 64 * 1024): Promise<string> {
  return (await peekEntry(entry, maxBytes)).toString('utf8');
}

/**
 * The first entry (in name order) whose name passes `isCandidate` and whose first bytes `match`
 * recognises, with what `match` returned. Reads at most `maxEntries` heads, so detecting a large
 * export costs a bounded amount of I/O.
 */
export async function findEntry<T>(
  source: ImportSource,
  isCandidate: (name: string) => boolean,
  match: (name: string, head: string) => T | null,
  maxEntries = 400,
): Promise<T | null> {
  let looked = 0;
  for (const entry of source.entries) {
    if (!isCandidate(entry.name)) continue;
    if (++looked > maxEntries) break;
    const found = match(entry.name, await peekText(entry));
    if (found !== null) return found;
  }
  return null;
}
