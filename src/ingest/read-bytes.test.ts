import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { firstByte, peekEntry } from './read-bytes.js';
import type { SourceEntry } from './source.js';

function entryOf(chunks: readonly Uint8Array[]): SourceEntry & { reads: number } {
  const entry = {
    path: 'x',
    name: 'x',
    size: null,
    reads: 0,
    async *open() {
      for (const chunk of chunks) {
        entry.reads++;
        yield chunk;
      }
    },
  };
  return entry;
}

describe('peeking at an entry', () => {
  it('firstByte(head) skips a byte order mark and ASCII white space', () => {
    assert.equal(firstByte(Buffer.from('{"a":1}')), 0x7b);
    assert.equal(firstByte(Buffer.from('\ufeff \r\n\t[1]')), 0x5b);
    assert.equal(firstByte(Buffer.from(' \n ')), -1);
    assert.equal(firstByte(Buffer.alloc(0)), -1);
    // a JPEG, a PNG and an MP4 are known as no text by their first byte
    assert.equal(firstByte(Buffer.from([0xff, 0xd8, 0xff, 0xe0])), 0xff);
    assert.equal(firstByte(Buffer.from([0x89, 0x50, 0x4e, 0x47])), 0x89);
    assert.equal(firstByte(Buffer.from([0x00, 0x00, 0x00, 0x18, 0x66, 0x74])), 0x00);
  });

  it('peekEntry(entry, n) gives exactly the first n bytes, reading no chunk it does not need', async () => {
    const a = Buffer.from('a'.repeat(1000));
    const b = Buffer.from('b'.repeat(1000));
    const entry = entryOf([a, b, Buffer.from('c')]);
    const head = await peekEntry(entry, 1500);
    assert.equal(head.toString(), 'a'.repeat(1000) + 'b'.repeat(500));
    assert.equal(entry.reads, 2);
    assert.equal((await peekEntry(entryOf([a]), 5000)).length, 1000);
    // the head is a copy: changing it changes no chunk of the entry
    const one = await peekEntry(entryOf([a]), 10);
    one[0] = 0x7a;
    assert.equal(a[0], 0x61);
  });
});
