import type { ImportUnit } from '../../model/index.js';
import { InputError } from '../errors.js';
import type { ImportContext } from '../importer.js';
import { readEntryBytes } from '../read-bytes.js';
import { lineOrigin, readLineBatches } from '../read-lines.js';
import type { SourceEntry } from '../source.js';
import { parseRecord, quarantine, type RawRecord } from './parse-record.js';

/**
 * Streams a Pushshift / Arctic Shift dump (one JSON object per line, plain or `.zst`): one
 * `ImportUnit` per non-blank line, in constant memory whatever the file's size. A line that is
 * not JSON is quarantined, except a last line with no newline after it, which means the file
 * was cut off: that is an `InputError` naming the file (a cut `.zst` stream is one already, from
 * `readEntryBytes`).
 */
export async function* readNdjson(
  entry: SourceEntry,
  context: ImportContext,
): AsyncIterable<ImportUnit> {
  const file = entry.path;
  const subreddits = context.subreddits;
  const origin = entry.origin ? await lineOrigin(entry.origin) : undefined;
  const lines = readLineBatches(readEntryBytes(entry), context.limits.maxRecordBytes, origin);
  for await (const batch of lines) {
    for (const event of batch) {
      if (event.kind === 'bad') {
        yield {
          outcome: 'quarantined',
          where: { file, line: event.line, byteOffset: event.byteOffset },
          reason: event.reason,
          contentHash: event.contentHash,
        };
        continue;
      }
      const where = { file, line: event.line, byteOffset: event.byteOffset };
      let raw: unknown;
      try {
        raw = JSON.parse(event.text);
      } catch (error) {
        if (!event.terminated) {
          throw new InputError(
            `${file} is truncated: its last line (${event.line}) is incomplete JSON`,
            file,
            { cause: error },
          );
        }
        yield quarantine(where, 'bad JSON', event.text);
        continue;
      }
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
        yield quarantine(where, 'not a JSON object', event.text);
        continue;
      }
      yield parseRecord(raw as RawRecord, event.text, where, subreddits);
    }
  }
}
