import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { CompressStream } from 'zstd-napi';
import { fixture, fixturesSkip } from '../../testing/fixtures.js';
import { InputError } from '../errors.js';
import { DEFAULT_LIMITS } from '../limits.js';
import { openSource } from '../source.js';
import { readNdjson } from './read-ndjson.js';
import { collect, memoryEntry, postOf, tempDir, testContext, writeTemp } from './test-support.js';

const line = (fields: object) => JSON.stringify(fields);
const good = {
  id: 'c1',
  author: 'ann',
  body: 'hello',
  created_utc: 1383157129,
  link_id: 't3_s1',
  parent_id: 't3_s1',
  subreddit: 'depression',
};

function zstd(input: Buffer, windowLog: number): Promise<Buffer> {
  // No pledged size: the encoder keeps the full window, as the dumps' `--long=31` streams do.
  const encoder = new CompressStream({ windowLog, compressionLevel: 3 });
  const out: Buffer[] = [];
  encoder.on('data', (chunk: Buffer) => out.push(chunk));
  return new Promise((resolve, reject) => {
    encoder.on('error', reject);
    encoder.on('end', () => resolve(Buffer.concat(out)));
    encoder.end(input);
  });
}

describe('readNdjson(entry, context)', () => {
  it('readNdjson() quarantines a bad JSON line, a missing id and a bad timestamp, and goes on', async () => {
    const text = [
      line(good),
      '{"id": "c2", "body": ',
      line({ ...good, id: undefined }),
      line({ ...good, id: 'c3', created_utc: 'last tuesday' }),
      '[1, 2]',
      '',
      line({ ...good, id: 'c4' }),
    ].join('\r\n');
    const units = await collect(
      readNdjson(memoryEntry('bad.ndjson', text + '\n', 7), testContext()),
    );
    assert.deepEqual(
      units.map((u) => [u.outcome, u.outcome === 'record' ? postOf(u).id : u.reason, u.where.line]),
      [
        ['record', 't1_c1', 1],
        ['quarantined', 'bad JSON', 2],
        ['quarantined', 'missing id', 3],
        ['quarantined', 'bad timestamp', 4],
        ['quarantined', 'not a JSON object', 5],
        // line 6 is blank: no record
        ['record', 't1_c4', 7],
      ],
    );
    assert.equal(units[1]!.where.file, 'bad.ndjson');
    assert.equal(units[1]!.where.byteOffset, Buffer.byteLength(line(good)) + 2);
  });

  it('readNdjson() quarantines a 10 MB line as record too large', async () => {
    const huge = line({ ...good, id: 'big', body: 'x'.repeat(10 * 1024 * 1024) });
    const text = `${line(good)}\n${huge}\n${line({ ...good, id: 'c9' })}\n`;
    const units = await collect(readNdjson(memoryEntry('huge.ndjson', text), testContext()));
    assert.deepEqual(
      units.map((u) => (u.outcome === 'record' ? postOf(u).id : u.reason)),
      ['t1_c1', 'record too large', 't1_c9'],
    );
    assert.equal(units[1]!.where.line, 2);
  });

  it('readNdjson() quarantines a line of invalid UTF-8', async () => {
    const bytes = Buffer.concat([
      Buffer.from(line({ ...good, body: 'ok' }) + '\n'),
      Buffer.from('{"id": "c2", "body": "'),
      Buffer.from([0xc3, 0x28, 0xff]),
      Buffer.from('"}\n'),
    ]);
    const units = await collect(readNdjson(memoryEntry('utf8.ndjson', bytes), testContext()));
    assert.deepEqual(
      units.map((u) => (u.outcome === 'record' ? 'record' : u.reason)),
      ['record', 'invalid UTF-8'],
    );
  });

  it('readNdjson() throws an InputError naming the file when its last line is cut off', async () => {
    const text = `${line(good)}\n${line(good).slice(0, 40)}`;
    await assert.rejects(
      collect(readNdjson(memoryEntry('cut.ndjson', text), testContext())),
      (error: unknown) =>
        error instanceof InputError &&
        error.file === 'cut.ndjson' &&
        /truncated/.test(error.message),
    );
    // A complete last line without a newline is fine.
    const units = await collect(readNdjson(memoryEntry('ok.ndjson', line(good)), testContext()));
    assert.equal(units[0]!.outcome, 'record');
  });

  it(
    'readNdjson() throws an InputError naming a cut-off .zst file',
    { skip: fixturesSkip() },
    async () => {
      const bytes = readFileSync(
        fixture('reddit', 'gkotsis-2015dump-depression-sample.ndjson.zst'),
      );
      const temp = tempDir();
      try {
        const path = writeTemp(temp.dir, 'cut.ndjson.zst', bytes.subarray(0, bytes.length >> 1));
        const source = await openSource(path, DEFAULT_LIMITS);
        await assert.rejects(
          collect(readNdjson(source.entries[0]!, testContext())),
          (error: unknown) =>
            error instanceof InputError && error.file === path && error.message.includes(path),
        );
      } finally {
        temp.remove();
      }
    },
  );

  it(
    'readNdjson() throws an InputError naming a corrupt .zst file',
    { skip: fixturesSkip() },
    async () => {
      const bytes = Buffer.from(
        readFileSync(fixture('reddit', 'gkotsis-2015dump-depression-sample.ndjson.zst')),
      );
      // past the first frame block (`zstd -t`: "Restored data doesn't match checksum")
      bytes.fill(0xff, 100_000, 100_064);
      const temp = tempDir();
      try {
        const path = writeTemp(temp.dir, 'corrupt.ndjson.zst', bytes);
        const source = await openSource(path, DEFAULT_LIMITS);
        await assert.rejects(
          collect(readNdjson(source.entries[0]!, testContext())),
          (error: unknown) =>
            error instanceof InputError &&
            error.file === path &&
            error.message === `cannot decompress ${path}: Restored data doesn't match checksum`,
        );
      } finally {
        temp.remove();
      }
    },
  );

  it('readNdjson() decodes a zstd frame with a 2^31 window', async () => {
    const text = [good, { ...good, id: 'c2' }].map(line).join('\n') + '\n';
    const compressed = await zstd(Buffer.from(text), 31);
    // Frame header: no single-segment flag, so byte 5 is the window descriptor, 10 + exponent.
    assert.equal(compressed[4]! & 0x20, 0);
    assert.equal(10 + (compressed[5]! >> 3), 31);
    const units = await collect(
      readNdjson(memoryEntry('long.ndjson.zst', compressed), testContext()),
    );
    assert.deepEqual(
      units.map((u) => postOf(u).id),
      ['t1_c1', 't1_c2'],
    );
  });
});
