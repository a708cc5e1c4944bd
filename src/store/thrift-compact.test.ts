import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CompactWriter } from './thrift-compact.js';

// Expected bytes worked out by hand from the compact protocol's specification
// (thrift/doc/specs/thrift-compact-protocol.md): field header = delta << 4 | type, or the type
// and the zigzag id when the delta is over 15; ints are zigzag varints; lists carry size << 4 |
// element type, or 0xf0 | type and a varint size from 15 elements on.
const bytes = (w: CompactWriter) => [...w.bytes()];

describe('CompactWriter', () => {
  it('writes i32, i64 and binary fields with short headers', () => {
    const w = new CompactWriter().i32(1, 5).i64(2, -1).binary(4, 'ab').end();
    assert.deepEqual(bytes(w), [0x15, 0x0a, 0x16, 0x01, 0x28, 0x02, 0x61, 0x62, 0x00]);
  });

  it('writes a field id more than 15 after the last one in the long form, and multi-byte varints', () => {
    const w = new CompactWriter().i32(1, 0).i32(20, 300).end();
    assert.deepEqual(bytes(w), [0x15, 0x00, 0x05, 0x28, 0xd8, 0x04, 0x00]);
    assert.deepEqual(
      bytes(new CompactWriter().i64(1, 2 ** 40).end()),
      [0x16, 0x80, 0x80, 0x80, 0x80, 0x80, 0x40, 0x00],
    );
  });

  it('writes lists of 15 and more elements with their size after the header', () => {
    const w = new CompactWriter().listI32(1, new Array<number>(15).fill(0)).end();
    assert.deepEqual(bytes(w), [0x19, 0xf5, 0x0f, ...new Array<number>(15).fill(0), 0x00]);
    const names = new CompactWriter().listBinary(2, ['x', 'é']).end();
    assert.deepEqual(bytes(names), [0x29, 0x28, 0x01, 0x78, 0x02, 0xc3, 0xa9, 0x00]);
  });

  it('restarts field ids inside a struct and a list of structs, and resumes after them', () => {
    const w = new CompactWriter()
      .struct(3)
      .i32(1, 1)
      .end()
      .listStructs(4, [1, 2], (v, s) => s.i32(1, v))
      .i32(5, 0)
      .end();
    assert.deepEqual(
      bytes(w),
      [0x3c, 0x15, 0x02, 0x00, 0x19, 0x2c, 0x15, 0x02, 0x00, 0x15, 0x04, 0x00, 0x15, 0x00, 0x00],
    );
  });

  it('refuses a number it cannot carry exactly', () => {
    assert.throws(() => new CompactWriter().i64(1, 2 ** 60), /not an integer/);
    assert.throws(() => new CompactWriter().i32(1, 1.5), /not an integer/);
  });
});
