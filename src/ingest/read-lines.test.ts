import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readLineBatches, type LineEvent } from './read-lines.js';

/** The bytes in chunks of `size` (the last may be shorter), as a file reader delivers them. */
async function* chunked(bytes: Buffer, size: number): AsyncIterable<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

async function lines(
  bytes: Buffer,
  size: number,
  max: number,
  origin?: { line: number; byteOffset: number },
): Promise<LineEvent[]> {
  const out: LineEvent[] = [];
  for await (const batch of readLineBatches(chunked(bytes, size), max, origin)) out.push(...batch);
  return out;
}

/** A seeded generator (mulberry32), so a failing case can be run again. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ASCII, two-, three- and four-byte characters, a carriage return, a byte that is never UTF-8
const PIECES = ['a', 'b', '{"x":1}', ' ', 'é', '€', '😀', '\r', '\n', '\n', '\n', '\r\n'].map((s) =>
  Buffer.from(s, 'utf8'),
);
const INVALID = Buffer.from([0xff]);

describe('readLineBatches(bytes, maxRecordBytes, origin)', () => {
  it('reads lines carried across chunks and lines within one chunk alike', async () => {
    const text = Buffer.from(
      '\ufeff{"a":1}\r\n\n{"b":"é😀"}\n\r\n{"c":"\u20ac"}\n' + 'x'.repeat(50) + '\n{"d":2}',
      'utf8',
    );
    const bytes = Buffer.concat([text.subarray(0, 40), INVALID, text.subarray(40)]);
    // chunks of 3 bytes: every line but the blank ones is carried from chunk to chunk (a byte
    // order mark is recognised in a first chunk of at least 3 bytes, as a file's always is)
    const one = await lines(bytes, 3, 40);
    // offsets by hand: BOM 3 bytes; {"a":1} 7 + CRLF; blank; {"b":"é😀"} 6 + 2 + 4 + 2 = 14;
    // CRLF blank; {"c":"€"} 6 + 3 + 2 with 0xff inside = 12; 50 × x > 40; {"d":2} unterminated
    assert.deepEqual(
      one.map((e) => [e.kind, e.line, e.byteOffset, e.byteLength]),
      [
        ['line', 1, 3, 7],
        ['line', 3, 13, 14],
        ['bad', 5, 30, 12],
        ['bad', 6, 43, 50],
        ['line', 7, 94, 7],
      ],
    );
    assert.deepEqual(
      one.filter((e) => e.kind === 'line').map((e) => [e.text, e.terminated]),
      [
        ['{"a":1}', true],
        ['{"b":"é😀"}', true],
        ['{"d":2}', false],
      ],
    );
    assert.deepEqual(
      one.filter((e) => e.kind === 'bad').map((e) => e.reason),
      ['invalid UTF-8', 'record too large'],
    );
    for (const size of [4, 7, 16, 64, bytes.length]) {
      assert.deepEqual(await lines(bytes, size, 40), one, `chunks of ${size}`);
    }
    // the whole input in one chunk, with a limit every line keeps under: all at once
    const ok = Buffer.from('{"a":1}\r\n\n{"b":"é😀"}\n\n{"d":2}\n', 'utf8');
    const whole = await lines(ok, ok.length, 1 << 20);
    assert.deepEqual(await lines(ok, 1, 1 << 20), whole);
    assert.deepEqual(
      whole.map((e) => e.kind === 'line' && [e.text, e.line, e.byteOffset, e.byteLength]),
      [
        ['{"a":1}', 1, 0, 7],
        ['{"b":"é😀"}', 3, 10, 14],
        ['{"d":2}', 5, 26, 7],
      ],
    );
  });

  it('gives the same lines for any input and any chunking (seeded random inputs)', async () => {
    const next = random(20261207);
    for (let round = 0; round < 300; round++) {
      const parts: Buffer[] = [];
      const count = Math.floor(next() * 200);
      for (let i = 0; i < count; i++) {
        parts.push(next() < 0.01 ? INVALID : PIECES[Math.floor(next() * PIECES.length)]!);
      }
      const bytes = Buffer.concat(parts);
      const max = 4 + Math.floor(next() * 60);
      const origin =
        next() < 0.5
          ? undefined
          : { line: Math.floor(next() * 9), byteOffset: 1 + Math.floor(next() * 99) };
      const expected = await lines(bytes, 1, max, origin);
      for (const size of [
        1 + Math.floor(next() * 9),
        1 + Math.floor(next() * 100),
        bytes.length || 1,
      ]) {
        assert.deepEqual(
          await lines(bytes, size, max, origin),
          expected,
          `round ${round}, size ${size}`,
        );
      }
    }
  });
});
