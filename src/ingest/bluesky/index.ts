import type { ImportUnit } from '../../model/index.js';
import type { ImportContext, Importer } from '../importer.js';
import type { ImportSource, SourceEntry } from '../source.js';
import { detectEntry, type BlueskyFormat } from './detect.js';

/** A folder or zip holding several Bluesky formats: each entry is read as its own format. */
const MIXED = 'bluesky-mixed';

/**
 * Bluesky: a repository export (`.car`), saved AppView XRPC responses (getPostThread,
 * getAuthorFeed, getFollows, getFollowers, getLikes, getRepostedBy), Jetstream NDJSON and
 * indigo automod captures. A single file must be one of these. In a folder or zip, the entries
 * that are one are read and the others passed over (a README beside saved responses, a DID
 * document), as every importer passes over the files of a folder it does not read; a folder
 * with none is no Bluesky input.
 */
export const blueskyImporter: Importer = {
  platform: 'bluesky',
  async detect(source: ImportSource): Promise<string | null> {
    const formats = new Set<BlueskyFormat>();
    for (const entry of source.entries) {
      const format = await detectEntry(entry);
      if (format !== null) formats.add(format);
      else if (source.kind === 'file') return null;
    }
    if (formats.size === 0) return null;
    return formats.size === 1 ? [...formats][0]! : MIXED;
  },
  async *read(
    source: ImportSource,
    format: string,
    context: ImportContext,
  ): AsyncIterable<ImportUnit> {
    if (source.kind === 'file') return yield* readEntry(source.entries[0]!, format, context);
    for (const entry of source.entries) {
      const own = await detectEntry(entry);
      if (own !== null) yield* readEntry(entry, own, context);
    }
  },
};

/**
 * One entry's records, by its format. Each reader is loaded when its format is read: the CAR
 * reader's atproto libraries alone take about 0.3 s to load, which a Jetstream or XRPC import
 * need not wait for.
 */
async function* readEntry(
  entry: SourceEntry,
  format: string | null,
  context: ImportContext,
): AsyncIterable<ImportUnit> {
  switch (format as BlueskyFormat | null) {
    case 'bluesky-car':
      return yield* (await import('./read-car.js')).readCar(entry, context);
    case 'bluesky-xrpc':
      return yield* (await import('./read-xrpc.js')).readXrpc(entry, context);
    case 'bluesky-jetstream':
      return yield* (await import('./read-jetstream.js')).readJetstream(entry, context);
    case 'bluesky-automod-capture':
      return yield* (await import('./read-capture.js')).readCapture(entry, context);
    case null:
      throw new Error(`not a Bluesky input: ${entry.path}`);
  }
  throw new Error(`unknown Bluesky format: ${format}`);
}
