import assert from 'node:assert/strict';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { tempDir } from '../testing/cli.js';
import { writeTar } from '../testing/tar-writer.js';
import { DEFAULT_LIMITS } from './limits.js';
import { peekEntry } from './read-bytes.js';
import { isTarHeader, MEDIA_HEAD_BYTES } from './read-tar.js';
import { openSource, type SourceEntry } from './source.js';

async function bytesOf(entry: SourceEntry): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of entry.open()) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

describe('tar archives as import sources', () => {
  // a video well past the part of it kept from the listing, with bytes that differ throughout
  const video = Buffer.alloc(3 * MEDIA_HEAD_BYTES + 12_345);
  for (let i = 0; i < video.length; i++) video[i] = (i * 2654435761) >>> 24;
  const text = Buffer.from('{"orderedItems":[]}\n'.repeat(20_000));
  const entries = [
    { name: './media_attachments/', folder: true },
    { name: './media_attachments/files/1/original/clip.mp4', data: video },
    { name: './outbox.json', data: text },
    { name: 'empty.json', data: '' },
    { name: 'link.json', symlinkTo: 'outbox.json' },
  ];

  for (const gzip of [false, true]) {
    it(`${gzip ? 'a .tar.gz' : 'a plain .tar'}: its files by name, byte for byte; links and folders passed over`, async () => {
      const { dir, cleanup } = tempDir();
      try {
        const path = join(dir, gzip ? 'a.tar.gz' : 'a.tar');
        writeFileSync(path, await writeTar(entries, { gzip }));
        const source = await openSource(path, DEFAULT_LIMITS);
        try {
          assert.equal(source.kind, 'tar');
          assert.deepEqual(
            source.entries.map((e) => [e.name, e.size, e.path]),
            [
              [
                'media_attachments/files/1/original/clip.mp4',
                video.length,
                `${path}!media_attachments/files/1/original/clip.mp4`,
              ],
              ['outbox.json', text.length, `${path}!outbox.json`],
              ['empty.json', 0, `${path}!empty.json`],
            ],
          );
          const [clip, outbox, empty] = source.entries as [SourceEntry, SourceEntry, SourceEntry];
          // read in any order, each as often as wanted
          assert.ok((await bytesOf(outbox)).equals(text));
          assert.ok(
            (await bytesOf(clip)).equals(video),
            'a media file is read whole past its head',
          );
          assert.ok((await peekEntry(clip, 1000)).equals(video.subarray(0, 1000)));
          assert.ok((await bytesOf(outbox)).equals(text));
          assert.equal((await bytesOf(empty)).length, 0);
          assert.equal(source.totalBytes, video.length + text.length);
          // (the peek took the part of the video kept from the listing: one chunk)
          assert.equal(
            source.progress.bytesRead,
            text.length * 2 + video.length + MEDIA_HEAD_BYTES,
          );
        } finally {
          source.close();
        }
      } finally {
        cleanup();
      }
    });
  }

  it('a .gz that holds no tar stays one file; a tar is known by its ustar header', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const tarred = await writeTar([{ name: 'x.ndjson', data: '{}\n' }]);
      assert.equal(isTarHeader(tarred), true);
      assert.equal(isTarHeader(Buffer.from('{"id":1}\n'.repeat(100))), false);
      // a data line that holds `ustar` at byte 257 is no tar: its checksum does not hold
      const line = Buffer.from(
        `{"body":"${'x'.repeat(248)}ustar and more","pad":"${'y'.repeat(300)}"}\n`,
      );
      assert.equal(line.toString('latin1', 257, 262), 'ustar');
      assert.equal(isTarHeader(line), false);
      // nor is a tar whose first header was damaged
      const damaged = Buffer.from(tarred);
      damaged[10] = damaged[10]! ^ 0x01;
      assert.equal(isTarHeader(damaged), false);
      const { gzipSync } = await import('node:zlib');
      const path = join(dir, 'RC_2015-01.ndjson.gz');
      writeFileSync(path, gzipSync('{"id":"a"}\n'.repeat(100)));
      const source = await openSource(path, DEFAULT_LIMITS);
      assert.equal(source.kind, 'file');
      assert.equal(source.entries.length, 1);
      source.close();
      assert.deepEqual(readdirSync(dir), ['RC_2015-01.ndjson.gz']);
    } finally {
      cleanup();
    }
  });
});
