import { DecompressStream } from 'zstd-napi';
import { InputError } from './errors.js';
import type { SourceEntry } from './source.js';

const ZSTD_MAGIC = [0x28, 0xb5, 0x2f, 0xfd];

/** Whether `chunk` starts a Zstandard frame. */
export function isZstd(chunk: Uint8Array): boolean {
  return hasMagic(chunk, ZSTD_MAGIC);
}

function hasMagic(chunk: Uint8Array, magic: readonly number[]): boolean {
  return chunk.length >= magic.length && magic.every((byte, i) => chunk[i] === byte);
}

/**
 * An entry's content bytes, decompressing Zstandard on the fly. The Reddit dumps are written
 * with `--long=31`, so the decoder must accept a 2 GiB window (`windowLogMax: 31`); the pure-JS
 * decoders cap the window below that, hence the native binding.
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
  if (!hasMagic(first.value, ZSTD_MAGIC)) {
    yield first.value;
    yield* rest;
    return;
  }
  const decoder = new DecompressStream({ windowLogMax: 31 });
  const pending: Buffer[] = [];
  let failure: Error | null = null;
  decoder.on('data', (chunk: Buffer) => pending.push(chunk));
  decoder.on('error', (error: Error) => (failure = error));
  // A full decoder buffer waits for 'drain'; corrupt data ends the stream with 'error' and no
  // 'drain' ever comes, so either one ends the wait (the loop then throws the failure).
  const feed = (chunk: Uint8Array) =>
    new Promise<void>((resolve) => {
      if (failure || decoder.write(chunk)) {
        resolve();
        return;
      }
      const done = () => {
        decoder.off('drain', done);
        decoder.off('error', done);
        resolve();
      };
      decoder.once('drain', done);
      decoder.once('error', done);
    });
  const fail = (error: Error) =>
    new InputError(`cannot decompress ${entry.path}: ${error.message}`, entry.path, {
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
      const chunk = Buffer.from(next.value);
      chunks.push(chunk);
      length += chunk.length;
    }
  } finally {
    await iterator.return?.();
  }
  return Buffer.concat(chunks, length).subarray(0, maxBytes);
}
