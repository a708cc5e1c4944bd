import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fixture, fixturesSkip } from '../testing/fixtures.js';
import { InputError } from './errors.js';
import { readFileBytes } from './source.js';

const skip = fixturesSkip();
// A real dump of several read chunks (1 MiB each).
const DUMP = ['reddit', 'gkotsis-2015dump-depression-sample.ndjson'] as const;

/** Every chunk of `chunks` copied before the next is asked for, as the line readers do. */
async function copied(chunks: AsyncIterable<Uint8Array>): Promise<Buffer[]> {
  const out: Buffer[] = [];
  for await (const chunk of chunks) out.push(Buffer.from(chunk));
  return out;
}

describe('reading a file into one reused buffer', { skip }, () => {
  it('gives the same bytes as the file, whole or in ranges, and counts them', async () => {
    const path = fixture(...DUMP);
    const bytes = readFileSync(path);
    assert.ok(bytes.length > 2 * (1 << 20), 'the dump spans several reads');
    const progress = { bytesRead: 0 };
    const whole = await copied(readFileBytes(path, progress, undefined, { reuse: true }));
    assert.ok(whole.length >= 3);
    assert.ok(Buffer.concat(whole).equals(bytes));
    assert.equal(progress.bytesRead, bytes.length);
    // parts cut anywhere, as a parallel import cuts them (and its empty ones)
    const size = statSync(path).size;
    for (const [start, end] of [
      [0, 1],
      [12_345, (1 << 20) + 777],
      [(1 << 20) - 3, size],
      [size - 10, size],
      [500, 500],
    ] as const) {
      const part = await copied(
        readFileBytes(path, { bytesRead: 0 }, { start, end }, { reuse: true }),
      );
      assert.ok(Buffer.concat(part).equals(bytes.subarray(start, end)), `bytes ${start}–${end}`);
    }
  });

  it('overwrites a chunk with the next one: a consumer keeps only what it copied', async () => {
    const chunks: Uint8Array[] = [];
    for await (const chunk of readFileBytes(fixture(...DUMP), { bytesRead: 0 }, undefined, {
      reuse: true,
    }))
      chunks.push(chunk);
    assert.equal(chunks[0]!.buffer, chunks[1]!.buffer);
  });

  it('names the file it cannot read', async () => {
    const missing = fixture('reddit', 'no-such-dump.ndjson');
    await assert.rejects(
      copied(readFileBytes(missing, { bytesRead: 0 }, undefined, { reuse: true })),
      (error: unknown) => error instanceof InputError && error.message.includes(missing),
    );
  });
});
