import { parse } from 'csv-parse';
import type { ImportUnit } from '../../model/index.js';
import { contentHash } from '../hash.js';
import type { ImportContext } from '../importer.js';
import { readEntryBytes } from '../read-bytes.js';
import type { SourceEntry } from '../source.js';
import { parseTakeoutRow, type TakeoutRow } from './parse-takeout-row.js';

/** The header of Takeout's `comments.csv` (the columns Rapport needs). */
export function isTakeoutCommentsHeader(head: string): boolean {
  const first = head.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const columns = first.split(',').map((c) => c.trim());
  return ['Comment ID', 'Channel ID', 'Comment create timestamp', 'Comment text'].every((c) =>
    columns.includes(c),
  );
}

/**
 * Streams Takeout's `comments.csv` (RFC 4180, quoted multi-line text, blank lines at the end):
 * one unit per data row, positioned by its first line. A row longer than `maxRecordBytes` is
 * quarantined as `record too large`; a row csv-parse cannot read ends the file as an InputError.
 */
export async function* readTakeoutComments(
  entry: SourceEntry,
  context: ImportContext,
): AsyncIterable<ImportUnit> {
  const parser = parse({
    columns: true,
    bom: true,
    skip_empty_lines: true,
    relax_column_count: true,
    info: true,
    raw: true,
  });
  const feed = (async () => {
    try {
      for await (const chunk of readEntryBytes(entry)) {
        if (!parser.write(chunk)) await new Promise((resolve) => parser.once('drain', resolve));
      }
      parser.end();
    } catch (error) {
      parser.destroy(error as Error);
    }
  })();
  try {
    for await (const output of parser as AsyncIterable<{
      record: TakeoutRow;
      raw: string;
      info: { lines: number };
    }>) {
      const where = { file: entry.path, line: output.info.lines };
      if (Buffer.byteLength(output.raw) > context.limits.maxRecordBytes) {
        yield {
          outcome: 'quarantined',
          where,
          reason: 'record too large',
          contentHash: contentHash(output.raw),
        };
      } else yield parseTakeoutRow(output.record, where, output.raw);
    }
  } finally {
    await feed;
  }
}
