import { isUtf8 } from 'node:buffer';
import { parse } from 'csv-parse';
import type { ImportUnit } from '../../model/index.js';
import { csvRows } from '../csv-rows.js';
import { InputError } from '../errors.js';
import type { ImportContext } from '../importer.js';
import { readEntryBytes } from '../read-bytes.js';
import type { SourceEntry } from '../source.js';
import { parseRecord, quarantine, type RawRecord } from './parse-record.js';

/**
 * The dump columns the model reads, and how a CSV cell becomes the value the dump's JSON holds.
 * pandas writes numbers of a column with gaps as floats (`2.0`), booleans as `True`/`False` and
 * dates as `YYYY-MM-DD HH:MM:SS` (which `parseRecord` reads as UTC); an empty cell is a field the
 * JSON record would not have. Every other column is never decoded.
 */
const COLUMNS: { readonly [name: string]: (cell: string) => unknown } = {
  id: text,
  name: text,
  author: text,
  subreddit: text,
  title: text,
  selftext: text,
  body: text,
  url: text,
  link_id: text,
  created_utc: text,
  // A 2021-API parent id saved through pandas is a number, maybe a float: `37608457292.0`.
  parent_id: (cell) => (/^\d+(\.0*)?$/.test(cell) ? Number(cell) : cell),
  score: number,
  num_comments: number,
  is_self: (cell) =>
    cell === 'True' || cell === 'true' ? true : cell === 'False' || cell === 'false' ? false : cell,
};

function text(cell: string): string {
  return cell;
}

function number(cell: string): unknown {
  const value = Number(cell);
  return Number.isFinite(value) ? value : cell;
}

const NEWLINE = 10;

/** Lines inside a row's quoted cells, to report the line a multi-line row starts on. */
function countNewlines(cells: readonly Uint8Array[]): number {
  let count = 0;
  for (const cell of cells) {
    let at = cell.indexOf(NEWLINE);
    while (at !== -1) {
      count++;
      at = cell.indexOf(NEWLINE, at + 1);
    }
  }
  return count;
}

interface Tail {
  /** A UTF-8 byte-order mark was dropped from the start. */
  bom: boolean;
  /** The input's last byte was a newline (else its last row may have been cut off). */
  endsWithNewline: boolean;
}

/** The entry's bytes without a leading BOM, noting whether the input ends with a newline. */
async function* trackBytes(entry: SourceEntry, tail: Tail): AsyncIterable<Uint8Array> {
  let first = true;
  for await (let chunk of readEntryBytes(entry)) {
    if (chunk.length === 0) continue;
    if (first) {
      first = false;
      if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) {
        tail.bom = true;
        chunk = chunk.subarray(3);
      }
    }
    if (chunk.length > 0) tail.endsWithNewline = chunk[chunk.length - 1] === NEWLINE;
    yield chunk;
  }
}

interface CsvRow {
  readonly record: Uint8Array[];
  readonly info: { readonly lines: number; readonly bytes: number };
}

/**
 * Streams a CSV saved from a Reddit dump (header of dump column names, pandas' unnamed index
 * column first) through `csv-parse`, whose quoted cells may span lines: one `ImportUnit` per
 * row. Cells arrive as bytes (`encoding: null`) so a row with invalid UTF-8 is quarantined
 * rather than silently repaired. A row with the wrong number of cells is quarantined, unless it
 * is the last one and the file does not end with a newline, and an unclosed quote at the end is
 * reported too: both mean the file was cut off, an `InputError`.
 */
export async function* readCsv(
  entry: SourceEntry,
  context: ImportContext,
): AsyncIterable<ImportUnit> {
  const file = entry.path;
  const maxRecordBytes = context.limits.maxRecordBytes;
  const tail: Tail = { bom: false, endsWithNewline: false };
  const parser = parse({
    encoding: null,
    info: true,
    relax_column_count: true,
    relax_quotes: true,
    // Rows over maxRecordBytes are quarantined below; this cap only stops a runaway quote from
    // buffering the rest of a huge file into one cell.
    max_record_size: Math.max(64 * 1024 * 1024, 4 * maxRecordBytes),
  });

  let columns: (((cell: string) => unknown) | null)[] | null = null;
  let names: string[] = [];
  let width = 0;
  let previousBytes = 0;
  let lastWasShort = false;
  for await (const row of csvRows<CsvRow>(trackBytes(entry, tail), parser, file)) {
    const cells = row.record;
    const byteOffset = previousBytes + (tail.bom ? 3 : 0);
    const byteLength = row.info.bytes - previousBytes;
    previousBytes = row.info.bytes;
    if (cells.length === 1 && cells[0]!.length === 0) continue; // a blank line: no record
    if (columns === null) {
      if (!cells.every((cell) => isUtf8(cell))) {
        throw new InputError(`${file}: the CSV header is not valid UTF-8`, file);
      }
      names = cells.map((cell) => Buffer.from(cell).toString('utf8').trim());
      columns = names.map((name) => COLUMNS[name] ?? null);
      width = cells.length;
      continue;
    }
    const where = { file, line: row.info.lines - countNewlines(cells), byteOffset };
    lastWasShort = cells.length !== width;
    if (byteLength > maxRecordBytes) {
      yield quarantine(where, 'record too large', cells);
      continue;
    }
    if (lastWasShort) {
      yield quarantine(where, `bad CSV row: ${cells.length} cells, expected ${width}`, cells);
      continue;
    }
    let valid = true;
    const raw: { [field: string]: unknown } = {};
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i]!;
      if (cell.length === 0) continue;
      if (!isUtf8(cell)) {
        valid = false;
        break;
      }
      const convert = columns[i];
      if (convert)
        raw[names[i]!] = convert(
          Buffer.from(cell.buffer, cell.byteOffset, cell.length).toString('utf8'),
        );
    }
    if (!valid) {
      yield quarantine(where, 'invalid UTF-8', cells);
      continue;
    }
    yield parseRecord(raw as RawRecord, cells, where, context.subreddits);
  }
  if (columns === null) throw new InputError(`${file} has no CSV header`, file);
  if (lastWasShort && !tail.endsWithNewline) {
    throw new InputError(`${file} is truncated: its last row is incomplete`, file);
  }
}
