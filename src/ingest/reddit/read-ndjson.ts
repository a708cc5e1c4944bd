import type { ImportUnit } from '../../model/index.js';
import { InputError } from '../errors.js';
import type { ImportContext } from '../importer.js';
import { readEntryBytes } from '../read-bytes.js';
import { readLineBatches, type LineEvent } from '../read-lines.js';
import type { SourceEntry } from '../source.js';
import type { UnitSink } from '../units.js';
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
  const subreddits = context.subreddits;
  for await (const batch of await dumpLines(entry, context))
    for (const event of batch) yield lineUnit(event, entry.path, subreddits);
}

/** `readNdjson` pushing each unit into `sink` (a parallel import's reader, `UnitSink`). */
export async function readNdjsonInto(
  entry: SourceEntry,
  context: ImportContext,
  sink: UnitSink,
): Promise<void> {
  const subreddits = context.subreddits;
  for await (const batch of await dumpLines(entry, context))
    for (const event of batch) sink(lineUnit(event, entry.path, subreddits));
}

async function dumpLines(
  entry: SourceEntry,
  context: ImportContext,
): Promise<AsyncIterable<LineEvent[]>> {
  const start = entry.origin;
  const origin = start ? { line: await start.lines(), byteOffset: start.byteOffset } : undefined;
  return readLineBatches(readEntryBytes(entry), context.limits.maxRecordBytes, origin);
}

/** One line's unit. */
function lineUnit(
  event: LineEvent,
  file: string,
  subreddits: ReadonlySet<string> | undefined,
): ImportUnit {
  if (event.kind === 'bad') {
    return {
      outcome: 'quarantined',
      where: { file, line: event.line, byteOffset: event.byteOffset },
      reason: event.reason,
      contentHash: event.contentHash,
    };
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
    return quarantine(where, 'bad JSON', event.text);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return quarantine(where, 'not a JSON object', event.text);
  return parseRecord(raw as RawRecord, event.text, where, subreddits);
}
