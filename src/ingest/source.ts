import { createReadStream } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import type { Archive } from './archive.js';
import { InputError } from './errors.js';
import type { InputLimits } from './limits.js';
import { isCompressed, peekEntry } from './read-bytes.js';
import { isTarHeader, readTar } from './read-tar.js';
import { readZip } from './read-zip.js';

/** One named input inside a source: a file, a file in a folder, or a zip or tar entry. */
export interface SourceEntry {
  /**
   * Where it is, for messages and provenance: `file`, `folder/a.json`, `x.zip!data/tweets.js`,
   * `archive.tar.gz!outbox.json`.
   */
  readonly path: string;
  /** Its name relative to the source root with `/` separators (a lone file: its base name). */
  readonly name: string;
  /** Its size in bytes as delivered by `open()`, when known. */
  readonly size: number | null;
  /** The entry's bytes (inflated from an archive, but a `.zst` file stays compressed here). */
  open(): AsyncIterable<Uint8Array>;
  /**
   * Set when the entry is one part of a plain file that several readers share (a parallel
   * import): where the part starts. `open()` then yields the part's bytes only.
   */
  readonly origin?: EntryOrigin;
  /** The limits the entry is read under (a compressed file's inflation ratio); default ones if absent. */
  readonly limits?: InputLimits;
}

/** Where a part of a plain line-oriented file starts (see `SourceEntry.origin`). */
export interface EntryOrigin {
  /** The file offset of the part's first byte (the first byte of a line, never 0). */
  readonly byteOffset: number;
  /** The lines before the part (counted by the main thread of a parallel import). */
  lines(): Promise<number>;
  /**
   * The handles set by the identity events before the part (Bluesky Jetstream), as the main
   * thread found them: the reader takes the map as its own and goes on updating it.
   */
  handles(): Promise<Map<string, string>>;
}

/** A file, a folder or a zip or tar archive seen as named entries (STYLE §5). */
export interface ImportSource {
  readonly path: string;
  readonly kind: 'file' | 'folder' | 'zip' | 'tar';
  readonly entries: readonly SourceEntry[];
  /** Sum of entry sizes, for progress. */
  readonly totalBytes: number;
  /** Bytes delivered so far by all opened entries. */
  readonly progress: { bytesRead: number };
  close(): void;
}

/** What `openSource` tells as it opens a source. */
export interface SourceHooks {
  /** A tar archive of `bytes` bytes is about to be read through once, to list its files. */
  readonly onTarListing?: (bytes: number) => void;
}

const ZIP_MAGIC = [0x50, 0x4b];

/** The bytes of one read of `readFileBytes`. */
const READ_CHUNK_BYTES = 1 << 20;

/**
 * A file's bytes, or those of `range` ([start, end) offsets), counted into `progress`. With
 * `reuse`, every chunk is a view of one buffer that the next read overwrites: for a consumer
 * that copies what it keeps of a chunk before asking for the next (the line readers do).
 */
export async function* readFileBytes(
  path: string,
  progress: { bytesRead: number },
  range?: { readonly start: number; readonly end: number },
  options: { readonly reuse?: boolean } = {},
): AsyncIterable<Uint8Array> {
  if (range && range.end <= range.start) return;
  if (options.reuse) {
    yield* readIntoOneBuffer(path, progress, range);
    return;
  }
  const stream = createReadStream(path, {
    highWaterMark: READ_CHUNK_BYTES,
    ...(range ? { start: range.start, end: range.end - 1 } : {}),
  });
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      progress.bytesRead += chunk.length;
      yield chunk;
    }
  } catch (error) {
    throw new InputError(`cannot read ${path}: ${(error as Error).message}`, path, {
      cause: error,
    });
  } finally {
    stream.destroy();
  }
}

/**
 * `readFileBytes` with `reuse`. A read stream allocates a new buffer for every chunk, and a new
 * buffer's pages each fault on first write: reading the 395 MB Reddit bench file took 0.46 s
 * and 23,000 page faults that way, 0.10 s and 3,300 faults into one buffer (`/usr/bin/time`,
 * two runs each), and a parallel import reads its file in full in its parts.
 */
async function* readIntoOneBuffer(
  path: string,
  progress: { bytesRead: number },
  range?: { readonly start: number; readonly end: number },
): AsyncIterable<Uint8Array> {
  const failed = (error: unknown) =>
    new InputError(`cannot read ${path}: ${(error as Error).message}`, path, { cause: error });
  const handle = await open(path, 'r').catch((error: unknown) => {
    throw failed(error);
  });
  try {
    const buffer = Buffer.allocUnsafeSlow(READ_CHUNK_BYTES);
    let position = range?.start ?? 0;
    const end = range?.end ?? Number.POSITIVE_INFINITY;
    while (position < end) {
      let bytesRead: number;
      try {
        ({ bytesRead } = await handle.read(
          buffer,
          0,
          Math.min(buffer.length, end - position),
          position,
        ));
      } catch (error) {
        throw failed(error);
      }
      if (bytesRead === 0) return;
      position += bytesRead;
      progress.bytesRead += bytesRead;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}

/** A file's first `length` bytes (fewer in a shorter file), as stored. */
async function readHead(path: string, length: number): Promise<Buffer> {
  const stream = createReadStream(path, { start: 0, end: length - 1 });
  const chunks: Buffer[] = [];
  for await (const chunk of stream as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

async function startsWith(path: string, magic: readonly number[]): Promise<boolean> {
  const head = await readHead(path, magic.length);
  return head.length === magic.length && magic.every((byte, i) => head[i] === byte);
}

async function listFolder(root: string, dir: string, out: string[]): Promise<void> {
  const names = (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  for (const dirent of names) {
    const full = join(dir, dirent.name);
    // Links are not followed: a folder import reads only what is inside the folder.
    if (dirent.isDirectory()) await listFolder(root, full, out);
    else if (dirent.isFile()) out.push(full);
  }
}

/**
 * Opens a path as an import source: a file, a folder (every file below it, links not followed),
 * a zip archive (by its magic bytes, whatever its name) or a tar archive (by its header, once
 * inflated when the file is one compressed stream).
 */
export async function openSource(
  path: string,
  limits: InputLimits,
  hooks: SourceHooks = {},
): Promise<ImportSource> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw new InputError(
      error.code === 'ENOENT' ? `no such file: ${path}` : `cannot read ${path}: ${error.message}`,
      path,
      { cause: error },
    );
  });
  const progress = { bytesRead: 0 };
  if (info.isDirectory()) {
    const files: string[] = [];
    await listFolder(path, path, files);
    const entries = await Promise.all(
      files.map(async (file) => ({
        path: file,
        name: relative(path, file).split(sep).join('/'),
        size: (await stat(file)).size,
        open: () => readFileBytes(file, progress),
        limits,
      })),
    );
    return {
      path,
      kind: 'folder',
      entries,
      totalBytes: entries.reduce((sum, e) => sum + e.size, 0),
      progress,
      close() {},
    };
  }
  if (!info.isFile()) throw new InputError(`not a file or folder: ${path}`, path);
  if (info.size === 0) throw new InputError(`empty file: ${path}`, path);
  if (await startsWith(path, ZIP_MAGIC)) {
    const zip = await readZip(path, limits);
    return archiveSource(path, 'zip', zip, (entry) => entry.uncompressedSize, limits, progress);
  }
  // A tar archive, plain or as one compressed stream: its first bytes, inflated, say so.
  const whole = () => readFileBytes(path, { bytesRead: 0 });
  const file = { path, name: basename(path), size: info.size, open: whole, limits };
  // (a file whose first bytes cannot be inflated is no tar: its importer says what is wrong)
  const head = await peekEntry(file, 512).catch(() => Buffer.alloc(0));
  if (isTarHeader(head)) {
    hooks.onTarListing?.(info.size);
    const tar = await readTar(path, whole, isCompressed(await readHead(path, 4)), limits);
    return archiveSource(path, 'tar', tar, (entry) => entry.size, limits, progress);
  }
  return {
    path,
    kind: 'file',
    entries: [
      {
        path,
        name: basename(path),
        size: info.size,
        open: () => readFileBytes(path, progress),
        limits,
      },
    ],
    totalBytes: info.size,
    progress,
    close() {},
  };
}

/** An archive's files as a source's entries, the bytes read from them counted in `progress`. */
function archiveSource<Entry extends { readonly name: string }>(
  path: string,
  kind: 'zip' | 'tar',
  archive: Archive<Entry>,
  sizeOf: (entry: Entry) => number,
  limits: InputLimits,
  progress: { bytesRead: number },
): ImportSource {
  const entries: SourceEntry[] = archive.entries.map((entry) => ({
    path: `${path}!${entry.name}`,
    name: entry.name,
    size: sizeOf(entry),
    limits,
    async *open() {
      for await (const chunk of archive.open(entry)) {
        progress.bytesRead += chunk.length;
        yield chunk;
      }
    },
  }));
  return {
    path,
    kind,
    entries,
    totalBytes: entries.reduce((sum, e) => sum + (e.size ?? 0), 0),
    progress,
    close: () => archive.close(),
  };
}
