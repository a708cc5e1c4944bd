import { gzipSync } from 'node:zlib';
import tar from 'tar-stream';

/** Test helper: one entry of a tar archive, including hostile ones (any name, any type). */
export interface TarInput {
  readonly name: string;
  readonly data?: Uint8Array | string;
  /** A link instead of a file: its target. */
  readonly symlinkTo?: string;
  /** A folder entry. */
  readonly folder?: boolean;
}

/** A tar archive of `entries`, in order, written by tar-stream; gzipped when `gzip` is set. */
export async function writeTar(
  entries: readonly TarInput[],
  options: { gzip?: boolean } = {},
): Promise<Buffer> {
  const pack = tar.pack();
  const chunks: Buffer[] = [];
  const done = (async () => {
    for await (const chunk of pack as AsyncIterable<Buffer>) chunks.push(chunk);
  })();
  for (const entry of entries) {
    if (entry.symlinkTo !== undefined) {
      pack.entry({ name: entry.name, type: 'symlink', linkname: entry.symlinkTo });
    } else if (entry.folder) pack.entry({ name: entry.name, type: 'directory' });
    else pack.entry({ name: entry.name }, entry.data ?? '');
  }
  pack.finalize();
  await done;
  const archive = Buffer.concat(chunks);
  return options.gzip ? gzipSync(archive) : archive;
}
