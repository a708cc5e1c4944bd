import type yauzl from 'yauzl';
import type { Archive } from './archive.js';
import type { InputLimits } from './limits.js';
import { InputError, UnsafeArchiveError } from './errors.js';

/** One file inside a zip archive, inflated only when opened. */
export interface ZipEntryInfo {
  readonly name: string;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
}

/** A zip archive's table of contents and a way to open its entries, within safety limits. */
export type ZipArchive = Archive<ZipEntryInfo>;

/**
 * Whether an entry name could escape a folder it were extracted to (zip-slip). Rapport never
 * extracts to disk, but such a name marks a hostile archive and is refused whole.
 */
export function isUnsafeEntryName(name: string): boolean {
  const normal = name.replace(/\\/g, '/');
  return (
    normal.startsWith('/') ||
    /^[a-z]:/i.test(normal) ||
    normal.split('/').some((part) => part === '..') ||
    normal.includes('\0')
  );
}

/** Reads a zip's central directory; entries are inflated lazily, under `limits`. */
export async function readZip(path: string, limits: InputLimits): Promise<ZipArchive> {
  // loaded with the first archive, as tar-stream is
  const { open } = (await import('yauzl')).default;
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) => {
    open(path, { lazyEntries: true, autoClose: false, strictFileNames: false }, (err, z) =>
      err
        ? reject(new InputError(`unreadable zip archive ${path}: ${err.message}`, path))
        : resolve(z),
    );
  });
  const entries: yauzl.Entry[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('entry', (entry: yauzl.Entry) => {
        if (isUnsafeEntryName(entry.fileName)) {
          reject(
            new UnsafeArchiveError(
              `unsafe path in zip archive ${path}: ${JSON.stringify(entry.fileName)}`,
              path,
            ),
          );
          return;
        }
        if (!entry.fileName.endsWith('/')) entries.push(entry);
        zip.readEntry();
      });
      zip.on('end', () => resolve());
      zip.on('error', (err: Error) =>
        reject(
          // yauzl itself refuses `../` and absolute names before we see the entry.
          /invalid relative path|absolute path|invalid characters/.test(err.message)
            ? new UnsafeArchiveError(`unsafe path in zip archive ${path}: ${err.message}`, path)
            : new InputError(`unreadable zip archive ${path}: ${err.message}`, path),
        ),
      );
      zip.readEntry();
    });
  } catch (error) {
    zip.close();
    throw error;
  }
  let expandedTotal = 0;
  const byName = new Map(entries.map((e) => [e.fileName, e]));
  return {
    entries: entries.map((e) => ({
      name: e.fileName,
      compressedSize: e.compressedSize,
      uncompressedSize: e.uncompressedSize,
    })),
    close: () => zip.close(),
    async *open(info) {
      const entry = byName.get(info.name);
      if (!entry) throw new InputError(`no entry ${info.name} in ${path}`, path);
      const where = `${path}!${entry.fileName}`;
      const ratioLimit = Math.max(entry.compressedSize, 1) * limits.maxEntryRatio;
      if (entry.uncompressedSize > ratioLimit) {
        throw new UnsafeArchiveError(
          `zip bomb refused: ${where} inflates ${entry.compressedSize} to ${entry.uncompressedSize} bytes (over ${limits.maxEntryRatio}:1)`,
          path,
        );
      }
      const stream = await new Promise<NodeJS.ReadableStream>((resolve, reject) =>
        zip.openReadStream(entry, (err, s) =>
          err
            ? reject(new InputError(`unreadable entry ${where}: ${err.message}`, path))
            : resolve(s),
        ),
      );
      // The header sizes can lie: count what actually comes out (yauzl also checks the size).
      let inflated = 0;
      try {
        for await (const chunk of stream as AsyncIterable<Buffer>) {
          inflated += chunk.length;
          expandedTotal += chunk.length;
          if (inflated > ratioLimit) {
            throw new UnsafeArchiveError(
              `zip bomb refused: ${where} inflates past ${limits.maxEntryRatio}:1`,
              path,
            );
          }
          if (expandedTotal > limits.maxExpandedBytes) {
            throw new UnsafeArchiveError(
              `zip archive ${path} inflates past the ${limits.maxExpandedBytes}-byte limit (--max-expanded)`,
              path,
            );
          }
          yield chunk;
        }
      } catch (error) {
        if (error instanceof InputError) throw error;
        throw new InputError(`unreadable entry ${where}: ${(error as Error).message}`, path, {
          cause: error,
        });
      } finally {
        (stream as unknown as { destroy?: () => void }).destroy?.();
      }
    },
  };
}
