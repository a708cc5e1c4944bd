import { createGunzip } from 'node:zlib';
import { InputError, UnsafeArchiveError } from './errors.js';
import { DEFAULT_LIMITS } from './limits.js';
import type { SourceEntry } from './source.js';

const ZSTD_MAGIC = [0x28, 0xb5, 0x2f, 0xfd];
/** gzip's magic bytes and its one compression method, deflate (RFC 1952). */
const GZIP_MAGIC = [0x1f, 0x8b, 0x08];

/** Whether `chunk` starts a compressed stream that `readEntryBytes` inflates (zstd or gzip). */
export function isCompressed(chunk: Uint8Array): boolean {
  return hasMagic(chunk, ZSTD_MAGIC) || hasMagic(chunk, GZIP_MAGIC);
}

function hasMagic(chunk: Uint8Array, magic: readonly number[]): boolean {
  return chunk.length >= magic.length && magic.every((byte, i) => chunk[i] === byte);
}

/**
 * Compressed bytes a decoder may be fed beyond what its output so far accounts for, before the
 * ratio is held against it: a stream's first bytes (headers, a first block) inflate to little.
 */
const RATIO_SLACK_BYTES = 64 * 1024;

/**
 * An entry's content bytes, inflating a Zstandard (`.zst`) or gzip (`.gz`) file on the fly, as
 * its first bytes say, whatever its name. The Reddit dumps are written with `--long=31`, so the
 * zstd decoder must accept a 2 GiB window (`windowLogMax: 31`); the pure-JS decoders cap the
 * window below that, hence the native binding. A stream that inflates past the entry ratio of
 * the limits (`maxEntryRatio`, 200:1 by default; real dumps are about 10:1) is a decompression
 * bomb and refused, as a zip entry would be. No total is held against it: a month of Reddit
 * comments inflates to hundreds of gigabytes, streamed through in constant memory.
 */
export async function* readEntryBytes(entry: SourceEntry): AsyncIterable<Uint8Array> {
  // A part of a plain file (a parallel import's share) is never a compressed stream of its own.
  if (entry.origin !== undefined) {
    yield* entry.open();
    return;
  }
  const iterator = entry.open()[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) return;
  const rest: AsyncIterable<Uint8Array> = {
    [Symbol.asyncIterator]: () => iterator,
  };
  const zstd = hasMagic(first.value, ZSTD_MAGIC);
  if (!zstd && !hasMagic(first.value, GZIP_MAGIC)) {
    yield first.value;
    yield* rest;
    return;
  }
  // loaded when a compressed input comes: most imports never need the native decoder
  const decoder = zstd
    ? new (await import('zstd-napi')).DecompressStream({ windowLogMax: 31 })
    : createGunzip();
  const ratio = (entry.limits ?? DEFAULT_LIMITS).maxEntryRatio;
  const pending: Buffer[] = [];
  let failure: Error | null = null;
  let fed = 0;
  let inflated = 0;
  decoder.on('data', (chunk: Buffer) => {
    if (failure) return;
    inflated += chunk.length;
    // checked as the output comes: one fed chunk of a bomb inflates to gigabytes
    if (inflated > (fed + RATIO_SLACK_BYTES) * ratio) {
      failure = new UnsafeArchiveError(
        `decompression bomb refused: ${entry.path} inflates past ${ratio}:1`,
        entry.path,
      );
      pending.length = 0;
      decoder.destroy();
      return;
    }
    pending.push(chunk);
  });
  decoder.on('error', (error: Error) => (failure ??= error));
  // A full decoder buffer waits for 'drain'; corrupt data ends the stream with 'error' and no
  // 'drain' ever comes, so either one ends the wait (the loop then throws the failure); so does
  // 'close', after a bomb's output destroyed the decoder.
  const feed = (chunk: Uint8Array) =>
    new Promise<void>((resolve) => {
      fed += chunk.length;
      if (failure || decoder.write(chunk)) {
        resolve();
        return;
      }
      const done = () => {
        decoder.off('drain', done);
        decoder.off('error', done);
        decoder.off('close', done);
        resolve();
      };
      decoder.once('drain', done);
      decoder.once('error', done);
      decoder.once('close', done);
    });
  const fail = (error: Error) =>
    error instanceof InputError
      ? error
      : new InputError(`cannot decompress ${entry.path}: ${error.message}`, entry.path, {
          cause: error,
        });
  try {
    await feed(first.value);
    for (;;) {
      if (failure) throw fail(failure);
      while (pending.length) yield pending.shift()!;
      const next = await iterator.next();
      if (next.done) break;
      await feed(next.value);
    }
    await new Promise<void>((resolve) => {
      decoder.once('end', resolve);
      decoder.once('error', () => resolve());
      decoder.once('close', () => resolve());
      decoder.end();
    });
    if (failure) throw fail(failure);
    while (pending.length) yield pending.shift()!;
  } finally {
    decoder.destroy();
    await iterator.return?.();
  }
}

/** The first `maxBytes` content bytes of an entry (decompressed), for format detection. */
export async function peekEntry(entry: SourceEntry, maxBytes = 64 * 1024): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let length = 0;
  const iterator = readEntryBytes(entry)[Symbol.asyncIterator]();
  try {
    while (length < maxBytes) {
      const next = await iterator.next();
      if (next.done) break;
      // a view of the part wanted: a file's chunks are a megabyte, a head far less
      const { buffer, byteOffset, byteLength } = next.value;
      const chunk = Buffer.from(buffer, byteOffset, Math.min(byteLength, maxBytes - length));
      chunks.push(chunk);
      length += chunk.length;
    }
  } finally {
    await iterator.return?.();
  }
  return Buffer.concat(chunks, length);
}

/**
 * The first byte of a head that is not a byte order mark or ASCII white space, or -1: a text
 * format is known by it (`{`, `[`, `<`, a CSV header's first name), and a photo or a video in
 * an export's folder is passed over by it without decoding its bytes as text.
 */
export function firstByte(head: Uint8Array): number {
  let at = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  while (at < head.length && (head[at] === 0x20 || (head[at]! >= 0x09 && head[at]! <= 0x0d))) at++;
  return at < head.length ? head[at]! : -1;
}
