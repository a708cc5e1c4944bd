/**
 * Writes Thrift's compact protocol, as far as the metadata of a Parquet file needs it (structs,
 * lists, i32, i64 and binary fields, all values at most 2^53): the page headers and the footer of
 * `ParquetAppender`'s files. Field ids within a struct must increase.
 * https://github.com/apache/thrift/blob/master/doc/specs/thrift-compact-protocol.md
 */
export class CompactWriter {
  private readonly out: number[] = [];
  private lastId = 0;
  private readonly outer: number[] = [];

  /** The bytes written: a struct begun with the writer and ended with `end()`. */
  bytes(): Buffer {
    return Buffer.from(this.out);
  }

  i32(id: number, value: number): this {
    this.field(id, TYPE.i32);
    this.varint(zigzag(value));
    return this;
  }

  i64(id: number, value: number): this {
    this.field(id, TYPE.i64);
    this.varint(zigzag(value));
    return this;
  }

  binary(id: number, value: string): this {
    this.field(id, TYPE.binary);
    this.rawBinary(value);
    return this;
  }

  /** A struct field: its fields follow, then `end()`. */
  struct(id: number): this {
    this.field(id, TYPE.struct);
    return this.begin();
  }

  /** Ends the struct begun last (or the writer's own). */
  end(): this {
    this.out.push(0);
    this.lastId = this.outer.pop() ?? 0;
    return this;
  }

  listI32(id: number, values: readonly number[]): this {
    this.list(id, TYPE.i32, values.length);
    for (const v of values) this.varint(zigzag(v));
    return this;
  }

  listBinary(id: number, values: readonly string[]): this {
    this.list(id, TYPE.binary, values.length);
    for (const v of values) this.rawBinary(v);
    return this;
  }

  /** A list of structs: each element is written by `element`, between `begin()` and `end()`. */
  listStructs<T>(id: number, items: readonly T[], element: (item: T, w: this) => void): this {
    this.list(id, TYPE.struct, items.length);
    for (const item of items) {
      this.begin();
      element(item, this);
      this.end();
    }
    return this;
  }

  private begin(): this {
    this.outer.push(this.lastId);
    this.lastId = 0;
    return this;
  }

  private field(id: number, type: number): void {
    const delta = id - this.lastId;
    if (delta > 0 && delta <= 15) this.out.push((delta << 4) | type);
    else {
      this.out.push(type);
      this.varint(zigzag(id));
    }
    this.lastId = id;
  }

  private list(id: number, elementType: number, size: number): void {
    this.field(id, TYPE.list);
    if (size < 15) this.out.push((size << 4) | elementType);
    else {
      this.out.push(0xf0 | elementType);
      this.varint(size);
    }
  }

  private rawBinary(value: string): void {
    const bytes = Buffer.from(value, 'utf8');
    this.varint(bytes.length);
    for (const b of bytes) this.out.push(b);
  }

  private varint(value: number): void {
    pushUleb128(this.out, value);
  }
}

/**
 * Appends the unsigned LEB128 of a non-negative integer up to 2^53 (arithmetic, not 32-bit
 * shifts): Thrift's varints, and the run headers of Parquet's RLE/bit-packing hybrid.
 */
export function pushUleb128(out: number[], value: number): number[] {
  while (value >= 0x80) {
    out.push((value % 0x80) | 0x80);
    value = Math.floor(value / 0x80);
  }
  out.push(value);
  return out;
}

/** The compact protocol's type ids. */
const TYPE = { i32: 5, i64: 6, binary: 8, list: 9, struct: 12 } as const;

function zigzag(value: number): number {
  if (!Number.isSafeInteger(value)) throw new Error(`not an integer Thrift can carry: ${value}`);
  return value >= 0 ? value * 2 : -value * 2 - 1;
}
