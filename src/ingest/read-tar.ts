import { once } from 'node:events';
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type tar from 'tar-stream';
import type { Archive } from './archive.js';
import { InputError, UnsafeArchiveError } from './errors.js';
import type { InputLimits } from './limits.js';
import { readEntryBytes } from './read-bytes.js';
import { isUnsafeEntryName } from './read-zip.js';
import type { SourceEntry } from './source.js';

/** One file inside a tar archive: its place among the archive's files, its name and size. */
export interface TarEntryInfo {
  readonly index: number;
  readonly name: string;
  readonly size: number;
}

/** A tar archive's files and a way to read one of them; `close()` removes the files kept. */
export type TarArchive = Archive<TarEntryInfo>;

/** An entry as tar-stream gives it: its header and a stream of its bytes. */
type TarEntry = tar.ExtractEvents['entry'][1];

/** Where a POSIX (ustar) or GNU tar header says what it is: `ustar` at byte 257. */
const USTAR_AT = 257;
const USTAR = Buffer.from('ustar');
/** A header's checksum field: 8 bytes at 148, octal digits, counted as spaces in the sum. */
const CHECKSUM_AT = 148;
const CHECKSUM_LENGTH = 8;

/**
 * Whether `head`, an archive's first (inflated) bytes, starts a POSIX or GNU tar archive: its
 * first 512-byte header says `ustar` and its checksum holds (the sum of the header's bytes, the
 * checksum field counted as spaces), so a data file that happens to hold `ustar` at byte 257
 * is not taken for one.
 */
export function isTarHeader(head: Uint8Array): boolean {
  if (head.length < 512) return false;
  if (!USTAR.every((byte, i) => head[USTAR_AT + i] === byte)) return false;
  const field = Buffer.from(head.subarray(CHECKSUM_AT, CHECKSUM_AT + CHECKSUM_LENGTH))
    .toString('latin1')
    .replace(/[\0 ]+$/, '')
    .trim();
  if (!/^[0-7]+$/.test(field)) return false;
  let sum = 0;
  for (let i = 0; i < 512; i++) {
    const inField = i >= CHECKSUM_AT && i < CHECKSUM_AT + CHECKSUM_LENGTH;
    sum += inField ? 0x20 : head[i]!;
  }
  return sum === parseInt(field, 8);
}

/** A name as the archive's files are named: `./outbox.json` is `outbox.json`. */
function entryName(name: string): string {
  return name.replace(/^(\.\/)+/, '');
}

/** A media file is kept from the listing only up to this many bytes (see `readTar`). */
export const MEDIA_HEAD_BYTES = 64 * 1024;

/** The signals that end a process by default, on which the kept files are removed first. */
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** Names of the photos, videos and sounds an account archive holds beside its data. */
const MEDIA_NAME =
  /\.(jpe?g|png|gif|webp|heic|heif|avif|bmp|tiff?|mp4|m4v|mov|webm|mkv|avi|mp3|m4a|aac|ogg|oga|opus|wav|flac)$/i;

/**
 * Reads a tar archive, plain or compressed as one gzip or Zstandard stream (`.tar.gz`, `.tgz`,
 * `.tar.zst`: Google Takeout offers `.tgz`; Mastodon wrote its account archives as `.tar.gz`
 * until version 4.1), through tar-stream. `whole` yields the archive's bytes as stored; they
 * are inflated under the limits of `readEntryBytes` (a stream past `maxEntryRatio` is a
 * decompression bomb, and a compressed archive holding more than `maxExpandedBytes` is
 * refused).
 *
 * A compressed tar cannot be read from the middle, and format detection reads the first bytes
 * of every file, so the one reading that lists the archive also keeps its files in a private
 * temporary folder (named by their place in the archive, never by their names), removed by
 * `close()`. Media files (by their extension: an account archive's photos and videos, often
 * most of its bytes) are kept only up to their first `MEDIA_HEAD_BYTES`; reading one further
 * reads the archive again up to it.
 *
 * A name that could escape a folder (`../`, absolute) marks a hostile archive and is refused
 * whole, as in a zip; links, folders and devices are passed over (a folder import does not
 * follow links either).
 */
export async function readTar(
  path: string,
  whole: () => AsyncIterable<Uint8Array>,
  compressed: boolean,
  limits: InputLimits,
): Promise<TarArchive> {
  const archive: SourceEntry = { path, name: path, size: null, open: whole, limits };
  const folder = mkdtempSync(join(tmpdir(), 'rapport-tar-'));
  const remove = () => rmSync(folder, { recursive: true, force: true });
  // A run that ends early leaves nothing behind either: at exit, or on a signal that ends the
  // process (Ctrl-C), after which the signal is raised again to end it as it would have.
  const onSignal = (signal: NodeJS.Signals) => {
    close();
    process.kill(process.pid, signal);
  };
  const close = () => {
    process.off('exit', remove);
    for (const signal of SIGNALS) process.off(signal, onSignal);
    remove();
  };
  process.once('exit', remove);
  for (const signal of SIGNALS) process.once(signal, onSignal);
  const entries: TarEntryInfo[] = [];
  const kept: number[] = [];
  let expanded = 0;
  try {
    for await (const { header, entry } of files(path, archive)) {
      if (isUnsafeEntryName(header.name)) {
        entry.destroy();
        throw new UnsafeArchiveError(
          `unsafe path in tar archive ${path}: ${JSON.stringify(header.name)}`,
          path,
        );
      }
      expanded += header.size;
      if (compressed && expanded > limits.maxExpandedBytes) {
        entry.destroy();
        throw new UnsafeArchiveError(
          `tar archive ${path} inflates past the ${limits.maxExpandedBytes}-byte limit (--max-expanded)`,
          path,
        );
      }
      const name = entryName(header.name);
      const limit = MEDIA_NAME.test(name) ? MEDIA_HEAD_BYTES : Infinity;
      const file = join(folder, String(entries.length));
      // an empty file is kept as nothing at all
      kept.push(header.size > 0 ? await keep(entry, file, limit) : await drain(entry));
      entries.push({ index: entries.length, name, size: header.size });
    }
  } catch (error) {
    close();
    throw error;
  }
  return {
    entries,
    close,
    async *open(info) {
      if (info.size === 0) return;
      yield* createReadStream(join(folder, String(info.index)), {
        highWaterMark: 1 << 20,
      }) as AsyncIterable<Buffer>;
      if (kept[info.index] === info.size) return;
      // the rest of a media file, from a new reading of the archive
      let skip = kept[info.index]!;
      let index = 0;
      for await (const { entry } of files(path, archive)) {
        if (index++ !== info.index) {
          entry.resume();
          continue;
        }
        try {
          for await (const chunk of entry as AsyncIterable<Buffer>) {
            if (skip >= chunk.length) skip -= chunk.length;
            else {
              yield skip > 0 ? chunk.subarray(skip) : chunk;
              skip = 0;
            }
          }
        } catch (error) {
          throw unreadable(path, error);
        }
        return;
      }
      throw new InputError(`no entry ${info.name} in ${path}`, path);
    },
  };
}

/** Reads `entry` to its end, keeping nothing: 0. */
async function drain(entry: TarEntry): Promise<number> {
  for await (const _ of entry as AsyncIterable<Buffer>);
  return 0;
}

/** Reads `entry` to its end into `file`, its first `limit` bytes only; how many were kept. */
async function keep(entry: TarEntry, file: string, limit: number): Promise<number> {
  const out = createWriteStream(file);
  let kept = 0;
  try {
    for await (const data of entry as AsyncIterable<Buffer>) {
      if (kept >= limit) continue;
      const part = data.subarray(0, limit - kept);
      kept += part.length;
      if (!out.write(part)) await once(out, 'drain');
    }
  } finally {
    out.end();
    await finished(out);
  }
  return kept;
}

/**
 * The regular files of the archive in order, each to be read or resumed before the next comes;
 * other entries are drained here. Ending the iteration early stops the reading.
 */
async function* files(
  path: string,
  archive: SourceEntry,
): AsyncIterable<{ header: tar.Header; entry: TarEntry }> {
  // loaded with the first archive: an import of plain files (a parallel reader) never needs it
  const extract = (await import('tar-stream')).default.extract();
  const bytes = Readable.from(readEntryBytes(archive));
  bytes.on('error', (error: Error) => extract.destroy(error));
  bytes.pipe(extract);
  try {
    for await (const entry of extract) {
      const { header } = entry;
      if (header.type === 'file' || header.type === 'contiguous-file') yield { header, entry };
      else entry.resume();
    }
  } catch (error) {
    throw unreadable(path, error);
  } finally {
    bytes.destroy();
    extract.destroy();
  }
}

function unreadable(path: string, error: unknown): InputError {
  if (error instanceof InputError) return error;
  return new InputError(`unreadable tar archive ${path}: ${(error as Error).message}`, path, {
    cause: error,
  });
}
