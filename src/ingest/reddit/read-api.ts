import type { ImportUnit } from '../../model/index.js';
import { InputError } from '../errors.js';
import type { ImportContext } from '../importer.js';
import { readJsonDocument } from '../read-json.js';
import type { SourceEntry } from '../source.js';
import { parseRecord, quarantine, type RawRecord } from './parse-record.js';

/**
 * Reads one saved Pushshift API response, `{"data": [ … ], "metadata": …}`: one `ImportUnit`
 * per element of `data`. Pages are small (the API returned at most 1,000 records), so the
 * document is read whole. The format has no lines of its own: an element's position is its
 * 1-based index in `data`, reported as `line`.
 */
export async function* readApi(
  entry: SourceEntry,
  context: ImportContext,
): AsyncIterable<ImportUnit> {
  const document = await readJsonDocument(entry, context.limits.maxDocumentBytes);
  const data =
    typeof document === 'object' && document !== null && !Array.isArray(document)
      ? (document as { data?: unknown }).data
      : undefined;
  if (!Array.isArray(data)) {
    throw new InputError(
      `${entry.path} is not a Pushshift API response: no "data" array`,
      entry.path,
    );
  }
  for (let i = 0; i < data.length; i++) {
    const element: unknown = data[i];
    const where = { file: entry.path, line: i + 1 };
    // The element's own serialisation stands for its raw bytes (size limit, quarantine hash).
    const content = JSON.stringify(element) ?? 'undefined';
    if (Buffer.byteLength(content) > context.limits.maxRecordBytes) {
      yield quarantine(where, 'record too large', content);
    } else if (typeof element !== 'object' || element === null || Array.isArray(element)) {
      yield quarantine(where, 'not a JSON object', content);
    } else {
      yield parseRecord(element as RawRecord, content, where, context.subreddits);
    }
  }
}
