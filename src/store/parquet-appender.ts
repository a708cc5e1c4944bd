import { closeSync, openSync, writeSync, writevSync } from 'node:fs';
import { endianness } from 'node:os';
import { CompactWriter, pushUleb128 } from './thrift-compact.js';

/** The column types a staging file holds, as the merge reads them (DuckDB's names). */
export type StagingType = 'VARCHAR' | 'DOUBLE' | 'BOOLEAN' | 'BIGINT' | 'INTEGER';

const MAGIC = Buffer.from('PAR1', 'latin1');
/**
 * A row group is written once it holds this many rows: DuckDB's own row group size. The merge
 * inserts a file's row groups in parallel, and a row group of a size DuckDB keeps is stored as
 * it is, where smaller ones are gathered again (the posts of the 1M-record Reddit bench, 50,000
 * rows per group: 3.5–3.7 s to insert; 124,576: 2.2 s; files written by DuckDB, three runs each).
 */
const ROW_GROUP_ROWS = 122_880;
/** … or once its values reach this many bytes (long texts). */
const ROW_GROUP_BYTES = 64 * 1024 * 1024;
/** Strings up to this length are encoded in JS; longer ones by `Buffer.write` (one native call). */
const SHORT = 48;
const TWO_32 = 2 ** 32;

/** Parquet's enums, as far as these files use them (parquet.thrift). */
const PHYSICAL: Readonly<Record<StagingType, number>> = {
  BOOLEAN: 0,
  INTEGER: 1, // INT32
  BIGINT: 2, // INT64
  DOUBLE: 5,
  VARCHAR: 6, // BYTE_ARRAY, converted type UTF8
};
const OPTIONAL = 1;
const UTF8 = 0;
const PLAIN = 0;
const RLE = 3;
const RLE_DICTIONARY = 8;
const UNCOMPRESSED = 0;
const DATA_PAGE = 0;
const DICTIONARY_PAGE = 2;

/** Where one column chunk was written. */
interface ChunkInfo {
  readonly column: number;
  /** The chunk's first byte, its data page's and its dictionary page's (if any). */
  readonly offset: number;
  readonly data: number;
  readonly dictionary: number | null;
  readonly bytes: number;
  readonly values: number;
}

/** Typed arrays are in the machine's byte order; Parquet's is little-endian. */
const LITTLE_ENDIAN = endianness() === 'LE';
const littleEndian = (bytes: Buffer, width: 4 | 8): Buffer =>
  LITTLE_ENDIAN ? bytes : width === 4 ? Buffer.from(bytes).swap32() : Buffer.from(bytes).swap64();

/** A VARCHAR column's first text segment, and the size of the next ones (a longer value gets its own). */
const FIRST_SEGMENT = 64 * 1024;
const SEGMENT = 1024 * 1024;

/** Rows a column's arrays hold at first; they double as a row group grows. */
const FIRST_CAPACITY = 1024;

/**
 * One column's values of the row group being gathered: a definition level per row (1 = a value,
 * 0 = NULL) and the values of the non-null rows, numbers in a typed array of their own type and
 * strings as PLAIN bytes. Both are encoded for the file only when the row group is written.
 */
class Column {
  defined: Uint8Array;
  /** Non-null values so far. */
  count = 0;
  /** DOUBLE and BIGINT values. */
  doubles: Float64Array;
  /** INTEGER values. */
  ints: Int32Array;
  /** BOOLEAN values, one byte each. */
  bools: Uint8Array;
  /**
   * VARCHAR values, PLAIN: each its UTF-8 byte length (4 bytes, little-endian) and bytes, in
   * segments written out one after another (`writev`): a segment that fills up is kept and the
   * next one taken, so nothing is ever copied to grow. `text` is the segment being filled,
   * `used` its bytes so far; `filled` the row group's earlier ones (their used bytes), `spare`
   * segments of earlier row groups to use again.
   */
  text: Buffer;
  used = 0;
  private readonly filled: Buffer[] = [];
  private readonly taken: Buffer[] = [];
  private readonly spare: Buffer[] = [];
  /**
   * The VARCHAR value every non-null row of the row group has had so far (none in `text` yet),
   * or null once two differ: a column that holds one value throughout (the platform, the source
   * file) is written as a dictionary of that value, not once per row.
   */
  constant: string | null = null;

  constructor(
    readonly name: string,
    readonly type: StagingType,
  ) {
    this.defined = new Uint8Array(FIRST_CAPACITY);
    const rows = (kinds: readonly StagingType[]) => (kinds.includes(type) ? FIRST_CAPACITY : 0);
    this.doubles = new Float64Array(rows(['DOUBLE', 'BIGINT']));
    this.ints = new Int32Array(rows(['INTEGER']));
    this.bools = new Uint8Array(rows(['BOOLEAN']));
    this.text = Buffer.allocUnsafe(type === 'VARCHAR' ? FIRST_SEGMENT : 0);
  }

  /** Room for `rows` rows (every array but the text is one entry per row at most). */
  grow(rows: number): void {
    const grown = <T extends Uint8Array | Int32Array | Float64Array>(
      a: T,
      make: (n: number) => T,
    ) => {
      if (a.length === 0) return a;
      const b = make(rows);
      b.set(a as never);
      return b;
    };
    this.defined = grown(this.defined, (n) => new Uint8Array(n));
    this.doubles = grown(this.doubles, (n) => new Float64Array(n));
    this.ints = grown(this.ints, (n) => new Int32Array(n));
    this.bools = grown(this.bools, (n) => new Uint8Array(n));
  }

  /** Room for `bytes` more text bytes in `text` (from `used` on): the next segment if need be. */
  reserve(bytes: number): Buffer {
    if (this.used + bytes > this.text.length) {
      if (this.used > 0) {
        this.filled.push(this.text.subarray(0, this.used));
        this.taken.push(this.text);
      } else this.spare.push(this.text);
      let next = this.spare.pop();
      if (next === undefined || next.length < bytes) {
        if (next !== undefined) this.spare.push(next);
        next = Buffer.allocUnsafe(Math.max(SEGMENT, bytes));
      }
      this.text = next;
      this.used = 0;
    }
    return this.text;
  }

  /**
   * The definition levels of `rows` rows as one bit-packed run of the RLE/bit-packing hybrid,
   * with its byte length first (a data page v1 carries it so).
   */
  levels(rows: number): Buffer {
    const groups = (rows + 7) >> 3;
    const run = uleb128(groups * 2 + 1);
    const out = Buffer.allocUnsafe(4 + run.length + groups);
    out.writeUInt32LE(run.length + groups, 0);
    run.copy(out, 4);
    const d = this.defined;
    let at = 4 + run.length;
    for (let g = 0; g < groups; g++) {
      const i = g << 3;
      let byte = 0;
      for (let k = 0; k < 8 && i + k < rows; k++) byte |= d[i + k]! << k;
      out[at++] = byte;
    }
    return out;
  }

  /** The PLAIN encoding of the non-null values, in one or more buffers. */
  values(): Buffer | Buffer[] {
    const n = this.count;
    switch (this.type) {
      case 'VARCHAR':
        return [...this.filled, this.text.subarray(0, this.used)];
      case 'DOUBLE':
        return littleEndian(Buffer.from(this.doubles.buffer, this.doubles.byteOffset, n * 8), 8);
      case 'INTEGER':
        return littleEndian(Buffer.from(this.ints.buffer, this.ints.byteOffset, n * 4), 4);
      case 'BIGINT': {
        // two's complement in two 32-bit halves: no BigInt per value
        const words = new Uint32Array(n * 2);
        const d = this.doubles;
        for (let i = 0; i < n; i++) {
          const v = d[i]!;
          const high = Math.floor(v / TWO_32);
          words[2 * i] = v - high * TWO_32;
          words[2 * i + 1] = high;
        }
        return littleEndian(Buffer.from(words.buffer, 0, n * 8), 4);
      }
      case 'BOOLEAN': {
        const out = Buffer.alloc((n + 7) >> 3);
        const b = this.bools;
        for (let i = 0; i < n; i++) if (b[i]) out[i >> 3]! |= 1 << (i & 7);
        return out;
      }
    }
  }

  /** Starts the next row group. */
  reset(): void {
    this.used = 0;
    this.count = 0;
    this.constant = null;
    this.filled.length = 0;
    this.spare.push(...this.taken);
    this.taken.length = 0;
  }
}

/**
 * A staging table's file in Apache Parquet, which DuckDB reads in bulk (`read_parquet`:
 * parallel by row group, typed, nothing to tokenize or unquote). Values are gathered as they
 * come, column by column, in reused arrays; every `ROW_GROUP_ROWS` rows (or `ROW_GROUP_BYTES` of
 * text) they are written as one row group, and `close` writes the footer that makes the file
 * readable. Every column is OPTIONAL (a JS `null` is a NULL) and PLAIN-encoded in one
 * uncompressed data page per row group: what costs least to write and to read back, for a file
 * read once. https://parquet.apache.org/docs/file-format/
 *
 * Inserting the 1M posts of the Reddit bench from these files took 2.1–2.4 s and 4.0–4.2 CPU-s,
 * from the CSV files staged before 3.2–3.8 s and 5.2–6.5 CPU-s (three runs each, alternating);
 * writing them costs the importer about as much as the CSV did.
 *
 * Written here rather than with a Parquet library: this runs once per staged value (tens of
 * millions in a large import), and hyparquet-writer, the maintained pure-JS writer, takes
 * whole column arrays and encodes each string with a new `TextEncoder` into a new array.
 */
export class ParquetAppender {
  private readonly columns: Column[];
  private readonly kinds: StagingType[];
  private fd: number;
  /** Bytes of the file written so far. */
  private offset = 0;
  /** Rows of the row group being gathered, and of the file before it. */
  private rows = 0;
  private rowsBefore = 0;
  private col = 0;
  /** Rows the columns' arrays hold. */
  private capacity = FIRST_CAPACITY;
  /** Text bytes of the row group being gathered. */
  private bytes = 0;
  private readonly rowGroups: { rows: number; chunks: ChunkInfo[] }[] = [];
  /** Added to every `number` column (`startPart`). */
  private base = 0;
  /** The file's rows before the current part. */
  private partStart = 0;

  /**
   * @param partLimit `number` columns of a part are below this (record and row numbers within
   *   a part of the input; default: no limit).
   * @param tail whether the last row group of a file of several is written to a file of its own
   *   (`close`).
   */
  constructor(
    readonly file: string,
    schema: readonly (readonly [name: string, type: StagingType])[],
    private readonly partLimit = Number.MAX_SAFE_INTEGER,
    private readonly tail = false,
  ) {
    this.columns = schema.map(([name, type]) => new Column(name, type));
    this.kinds = this.columns.map((c) => c.type);
    this.fd = openSync(file, 'wx', 0o600);
    this.write([MAGIC]);
  }

  /**
   * The rows that follow are of a new part of the input: their `number` columns are written as
   * `base` plus their number within the part, and `rowNumber` counts from 0 again.
   */
  startPart(base: number): void {
    if (this.col !== 0) throw new Error('staging part started in the middle of a row');
    this.base = base;
    this.partStart = this.rowsBefore + this.rows;
  }

  /** The next row's number within the part: rows are numbered in the order they are written. */
  rowNumber(): number {
    return this.rowsBefore + this.rows - this.partStart;
  }

  /** The next column: a record or row number within the part (BIGINT), plus the part's base. */
  number(value: number): void {
    if (!(value >= 0 && value < this.partLimit)) throw new Error(`part holds too many records`);
    this.put(this.base + value);
  }

  /** The next column's value of the current row. A value of the wrong type is refused. */
  put(value: string | number | boolean | null): void {
    const column = this.columns[this.col];
    if (column === undefined)
      throw new Error(`staging row has more than ${this.kinds.length} columns`);
    const row = this.rows;
    if (value === null) column.defined[row] = 0;
    else {
      switch (column.type) {
        case 'VARCHAR':
          if (typeof value !== 'string') return this.mismatch(column, value);
          this.string(column, value);
          break;
        case 'DOUBLE':
          if (typeof value !== 'number') return this.mismatch(column, value);
          column.doubles[column.count++] = value;
          break;
        case 'BIGINT':
          if (!Number.isSafeInteger(value)) return this.mismatch(column, value);
          column.doubles[column.count++] = value as number;
          break;
        case 'INTEGER':
          if (typeof value !== 'number' || (value | 0) !== value)
            return this.mismatch(column, value);
          column.ints[column.count++] = value;
          break;
        case 'BOOLEAN':
          if (typeof value !== 'boolean') return this.mismatch(column, value);
          column.bools[column.count++] = value ? 1 : 0;
          break;
      }
      column.defined[row] = 1;
    }
    this.col++;
  }

  private mismatch(column: Column, value: unknown): never {
    throw new Error(
      `staging column ${column.name} (${column.type}) given ${typeof value} ${String(value)}`,
    );
  }

  /** A VARCHAR value. */
  private string(column: Column, value: string): void {
    if (column.count === 0) {
      // the row group's first value: the column holds it alone until another comes
      column.constant = value;
      column.count = 1;
      return;
    }
    const constant = column.constant;
    if (constant !== null) {
      if (value === constant) {
        column.count++;
        return;
      }
      // a second value: the column is PLAIN after all, from its first row on
      const repeat = column.count;
      column.constant = null;
      column.count = 0;
      for (let i = 0; i < repeat; i++) this.plain(column, constant);
    }
    this.plain(column, value);
  }

  /** A string as PLAIN: its UTF-8 byte length (4 bytes) and bytes. */
  private plain(column: Column, value: string): void {
    const length = value.length;
    // at most 3 bytes per UTF-16 unit (a lone surrogate becomes U+FFFD)
    const buffer = column.reserve(4 + 3 * length);
    const start = column.used;
    let written = -1;
    if (length <= SHORT) {
      let pos = start + 4;
      let i = 0;
      for (; i < length; i++) {
        const c = value.charCodeAt(i);
        if (c >= 0x80) break;
        buffer[pos++] = c;
      }
      if (i === length) written = length;
    }
    if (written < 0) written = buffer.write(value, start + 4, 'utf8');
    buffer[start] = written & 0xff;
    buffer[start + 1] = (written >>> 8) & 0xff;
    buffer[start + 2] = (written >>> 16) & 0xff;
    buffer[start + 3] = written >>> 24;
    column.used = start + 4 + written;
    column.count++;
    this.bytes += written;
  }

  endRow(): void {
    if (this.col !== this.kinds.length)
      throw new Error(`staging row has ${this.col} of ${this.kinds.length} columns`);
    this.col = 0;
    const rows = ++this.rows;
    if (rows >= ROW_GROUP_ROWS || this.bytes >= ROW_GROUP_BYTES) this.flush();
    else if (rows === this.capacity) {
      this.capacity = Math.min(rows * 2, ROW_GROUP_ROWS);
      for (const column of this.columns) column.grow(this.capacity);
    }
  }

  /** Writes the rows gathered so far to the file, as one row group. */
  private flush(): void {
    const rows = this.rows;
    if (rows === 0 || this.fd < 0) return;
    if (this.col !== 0) throw new Error('staging flushed in the middle of a row');
    const parts: Buffer[] = [];
    const chunks: ChunkInfo[] = [];
    let at = this.offset;
    for (const [index, column] of this.columns.entries()) {
      const levels = column.levels(rows);
      const constant = column.constant;
      let dictionary: number | null = null;
      let bytes = 0;
      if (constant !== null) {
        // a dictionary of the one value, then every non-null row's index (0) as one RLE run
        const entry = Buffer.from(constant, 'utf8');
        const page = Buffer.allocUnsafe(4 + entry.length);
        page.writeUInt32LE(entry.length, 0);
        entry.copy(page, 4);
        const header = new CompactWriter()
          .i32(1, DICTIONARY_PAGE)
          .i32(2, page.length)
          .i32(3, page.length)
          .struct(7)
          .i32(1, 1)
          .i32(2, PLAIN)
          .end()
          .end()
          .bytes();
        parts.push(header, page);
        dictionary = at;
        bytes += header.length + page.length;
      }
      const encoded =
        constant !== null
          ? Buffer.concat([Buffer.of(1), uleb128(column.count * 2), Buffer.of(0)])
          : column.values();
      const values = Array.isArray(encoded) ? encoded : [encoded];
      const pageBytes = levels.length + values.reduce((sum, b) => sum + b.length, 0);
      const header = new CompactWriter()
        .i32(1, DATA_PAGE)
        .i32(2, pageBytes)
        .i32(3, pageBytes)
        .struct(5)
        .i32(1, rows)
        .i32(2, constant !== null ? RLE_DICTIONARY : PLAIN)
        .i32(3, RLE)
        .i32(4, RLE)
        .end()
        .end()
        .bytes();
      parts.push(header, levels, ...values);
      const data = at + bytes;
      bytes += header.length + pageBytes;
      chunks.push({
        column: index,
        offset: dictionary ?? data,
        data,
        dictionary,
        bytes,
        values: rows,
      });
      at += bytes;
    }
    this.write(parts);
    for (const column of this.columns) column.reset();
    this.rowGroups.push({ rows, chunks });
    this.rowsBefore += rows;
    this.rows = 0;
    this.bytes = 0;
  }

  /**
   * Ends the file: the files the merge reads. With `tail`, the rows not yet written, when the
   * file already holds row groups, are written as a second file, `<name>-tail.parquet`: the one
   * row group short of `ROW_GROUP_ROWS` is then a file of its own, which the merge can read after
   * all whole row groups (see `mergeRun` for why).
   */
  close(): string[] {
    const files = [this.file];
    if (this.fd >= 0) {
      if (this.tail && this.rows > 0 && this.rowGroups.length > 0) {
        this.end();
        const tail = this.file.replace(/(\.parquet)?$/, '-tail.parquet');
        this.fd = openSync(tail, 'wx', 0o600);
        this.offset = 0;
        this.rowGroups.length = 0;
        this.write([MAGIC]);
        files.push(tail);
      }
      this.flush();
      this.end();
    }
    this.closeFile();
    return files;
  }

  /** Writes the footer that ends the file (the rows gathered since the last flush are not in it). */
  private end(): void {
    const footer = this.footer();
    const length = Buffer.allocUnsafe(4);
    length.writeUInt32LE(footer.length, 0);
    this.write([footer, length, MAGIC]);
    closeSync(this.fd);
    this.fd = -1;
  }

  /** Closes the file as it is (again: no-op). */
  closeFile(): void {
    if (this.fd >= 0) closeSync(this.fd);
    this.fd = -1;
  }

  /** FileMetaData: the schema, and where each row group's column chunks are. */
  private footer(): Buffer {
    const columns = this.columns;
    return new CompactWriter()
      .i32(1, 1)
      .listStructs(2, [null, ...columns], (column, w) => {
        if (column === null) {
          w.binary(4, 'schema').i32(5, columns.length);
          return;
        }
        w.i32(1, PHYSICAL[column.type]).i32(3, OPTIONAL).binary(4, column.name);
        if (column.type === 'VARCHAR') w.i32(6, UTF8);
      })
      .i64(
        3,
        this.rowGroups.reduce((sum, group) => sum + group.rows, 0),
      )
      .listStructs(4, this.rowGroups, (group, w) => {
        w.listStructs(1, group.chunks, (chunk, c) => {
          const column = columns[chunk.column]!;
          c.i64(2, chunk.offset)
            .struct(3)
            .i32(1, PHYSICAL[column.type])
            .listI32(2, chunk.dictionary === null ? [PLAIN, RLE] : [PLAIN, RLE, RLE_DICTIONARY])
            .listBinary(3, [column.name])
            .i32(4, UNCOMPRESSED)
            .i64(5, chunk.values)
            .i64(6, chunk.bytes)
            .i64(7, chunk.bytes)
            .i64(9, chunk.data);
          if (chunk.dictionary !== null) c.i64(11, chunk.dictionary);
          c.end();
        });
        w.i64(
          2,
          group.chunks.reduce((sum, c) => sum + c.bytes, 0),
        ).i64(3, group.rows);
      })
      .binary(6, 'rapport')
      .end()
      .bytes();
  }

  private write(buffers: Buffer[]): void {
    let bytes = 0;
    for (const b of buffers) bytes += b.length;
    let done = writevSync(this.fd, buffers);
    // a short write: the rest, one buffer at a time
    if (done < bytes) {
      for (const b of buffers) {
        if (done >= b.length) {
          done -= b.length;
          continue;
        }
        let at = done;
        while (at < b.length) at += writeSync(this.fd, b, at);
        done = 0;
      }
    }
    this.offset += bytes;
  }
}

const uleb128 = (value: number): Buffer => Buffer.from(pushUleb128([], value));
