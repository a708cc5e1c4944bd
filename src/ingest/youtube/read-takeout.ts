import { isUtf8 } from 'node:buffer';
import { parse } from 'csv-parse';
import type { ImportUnit } from '../../model/index.js';
import { csvRows } from '../csv-rows.js';
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
 * quarantined as `record too large`, a row whose bytes are not UTF-8 as `invalid UTF-8`; a row
 * csv-parse cannot read ends the file as an InputError naming it.
 */
export async function* readTakeoutComments(
  entry: SourceEntry,
  context: ImportContext,
): AsyncIterable<ImportUnit> {
  // The CSV is parsed as latin1, one character per byte (its delimiters are ASCII, never part
  // of a multi-byte UTF-8 sequence), so each row's bytes can be checked as UTF-8 on their own
  // rather than replaced by U+FFFD for the whole file.
  const parser = parse({
    columns: (header: string[]) => header.map(fromLatin1),
    encoding: 'latin1',
    skip_empty_lines: true,
    relax_column_count: true,
    info: true,
    raw: true,
  });
  const rows = csvRows<{ record: TakeoutRow; raw: string; info: { lines: number } }>(
    withoutBom(entry),
    parser,
    entry.path,
  );
  for await (const output of rows) {
    const where = { file: entry.path, line: output.info.lines };
    const bytes = Buffer.from(output.raw, 'latin1');
    const quarantine = (reason: string): ImportUnit => ({
      outcome: 'quarantined',
      where,
      reason,
      contentHash: contentHash(bytes),
    });
    if (bytes.length > context.limits.maxRecordBytes) yield quarantine('record too large');
    else if (!isUtf8(bytes)) yield quarantine('invalid UTF-8');
    else {
      const record: Record<string, string | undefined> = {};
      for (const [column, value] of Object.entries(output.record)) {
        record[column] = value === undefined ? undefined : fromLatin1(value);
      }
      yield parseTakeoutRow(record, where, bytes.toString('utf8'));
    }
  }
}

/**
 * The entry's bytes without a leading UTF-8 BOM (csv-parse's own `bom` option would switch the
 * decoding back to UTF-8).
 */
async function* withoutBom(entry: SourceEntry): AsyncIterable<Buffer> {
  let first = true;
  for await (const input of readEntryBytes(entry)) {
    let chunk = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
    if (first && chunk.length >= 3 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf)
      chunk = chunk.subarray(3);
    first = false;
    yield chunk;
  }
}

/** A latin1-decoded string (one character per byte) read again as the UTF-8 it holds. */
function fromLatin1(text: string): string {
  return Buffer.from(text, 'latin1').toString('utf8');
}
