import type { ImportUnit } from '../../model/index.js';
import { InputError } from '../errors.js';
import type { ImportContext, Importer } from '../importer.js';
import type { ImportSource, SourceEntry } from '../source.js';
import { detectEntryFormat, type RedditFormat } from './detect-format.js';
import { readApi } from './read-api.js';
import { readCsv } from './read-csv.js';
import { readNdjson } from './read-ndjson.js';

export { detectEntryFormat } from './detect-format.js';
export type { RedditFormat } from './detect-format.js';
export { parseRecord, parseCreatedUtc } from './parse-record.js';
export type { RawRecord } from './parse-record.js';
export { readApi } from './read-api.js';
export { readCsv } from './read-csv.js';
export { readNdjson } from './read-ndjson.js';

/** A folder or zip whose files are of several Reddit formats: each is read in its own. */
const MIXED = 'pushshift-mixed';
const FORMATS: readonly string[] = ['pushshift-ndjson', 'pushshift-api', 'pushshift-csv', MIXED];

function readEntry(
  entry: SourceEntry,
  format: RedditFormat,
  context: ImportContext,
): AsyncIterable<ImportUnit> {
  switch (format) {
    case 'pushshift-ndjson':
      return readNdjson(entry, context);
    case 'pushshift-api':
      return readApi(entry, context);
    case 'pushshift-csv':
      return readCsv(entry, context);
  }
}

/** Each entry in its own format; entries that are no Reddit format are passed over. */
async function* readEntries(
  entries: readonly SourceEntry[],
  context: ImportContext,
): AsyncIterable<ImportUnit> {
  for (const entry of entries) {
    const format = await detectEntryFormat(entry);
    if (format) yield* readEntry(entry, format, context);
  }
}

/**
 * Reddit: Pushshift / Arctic Shift dumps (NDJSON, plain or `.zst`), saved Pushshift API
 * responses and CSVs saved from the dumps; `parse-record.ts` says how a record becomes the model.
 * A folder or zip may hold several such files: each is read in its own format, and files that
 * are none of them (a README) are passed over.
 */
export const redditImporter: Importer = {
  platform: 'reddit',

  async detect(source: ImportSource): Promise<string | null> {
    const formats = new Set<RedditFormat>();
    for (const entry of source.entries) {
      const format = await detectEntryFormat(entry);
      if (format) formats.add(format);
    }
    if (formats.size === 0) return null;
    return formats.size === 1 ? [...formats][0]! : MIXED;
  },

  read(source: ImportSource, format: string, context: ImportContext): AsyncIterable<ImportUnit> {
    if (!FORMATS.includes(format)) {
      throw new InputError(`unknown Reddit format: ${format}`, source.path);
    }
    // One file: its reader's own iterable, with no generator layered on top of the hot path.
    if (source.entries.length === 1)
      return readEntry(source.entries[0]!, format as RedditFormat, context);
    return readEntries(source.entries, context);
  },
};
