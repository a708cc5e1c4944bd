import type { ImportUnit } from '../../model/index.js';
import type { ImportContext } from '../importer.js';
import { readEntryBytes } from '../read-bytes.js';
import { readLineBatches } from '../read-lines.js';
import type { SourceEntry } from '../source.js';
import { parseJetstreamEvent } from './parse-jetstream.js';
import { toUnit } from './units.js';

/**
 * Jetstream events saved as NDJSON (one event per line, e.g. `websocat … > events.jsonl`,
 * optionally zstd-compressed): streamed line by line, one import unit per line.
 */
export async function* readJetstream(
  entry: SourceEntry,
  context: ImportContext,
): AsyncIterable<ImportUnit> {
  const handles = new Map<string, string>();
  const lines = readLineBatches(readEntryBytes(entry), context.limits.maxRecordBytes);
  for await (const batch of lines) {
    for (const line of batch) {
      const where = { file: entry.path, line: line.line, byteOffset: line.byteOffset };
      if (line.kind === 'bad') {
        yield { outcome: 'quarantined', where, reason: line.reason, contentHash: line.contentHash };
        continue;
      }
      let event: unknown;
      try {
        event = JSON.parse(line.text);
      } catch {
        const reason = line.terminated ? 'not valid JSON' : 'truncated last line';
        yield toUnit({ kind: 'bad', reason }, where, () => line.text);
        continue;
      }
      yield toUnit(parseJetstreamEvent(event, handles), where, () => line.text);
    }
  }
}
