import type { ImportUnit } from '../../model/index.js';
import type { ImportContext, Importer } from '../importer.js';
import type { ImportSource, SourceEntry } from '../source.js';
import { detectEntry, type BlueskyFormat } from './detect.js';
import { readCapture } from './read-capture.js';
import { readCar } from './read-car.js';
import { readJetstream } from './read-jetstream.js';
import { readXrpc } from './read-xrpc.js';

/** A folder or zip holding several Bluesky formats: each entry is read as its own format. */
const MIXED = 'bluesky-mixed';

/**
 * Bluesky: a repository export (`.car`), saved AppView XRPC responses (getPostThread,
 * getAuthorFeed, getFollows, getFollowers, getLikes, getRepostedBy), Jetstream NDJSON and
 * indigo automod captures. Every entry of a folder or zip must be one of these.
 */
export const blueskyImporter: Importer = {
  platform: 'bluesky',
  async detect(source: ImportSource): Promise<string | null> {
    if (source.entries.length === 0) return null;
    const formats = new Set<BlueskyFormat>();
    for (const entry of source.entries) {
      const format = await detectEntry(entry);
      if (format === null) return null;
      formats.add(format);
    }
    return formats.size === 1 ? [...formats][0]! : MIXED;
  },
  async *read(
    source: ImportSource,
    format: string,
    context: ImportContext,
  ): AsyncIterable<ImportUnit> {
    for (const entry of source.entries) {
      const own = format === MIXED || source.entries.length > 1 ? await detectEntry(entry) : format;
      yield* readEntry(entry, own, context);
    }
  },
};

function readEntry(
  entry: SourceEntry,
  format: string | null,
  context: ImportContext,
): AsyncIterable<ImportUnit> {
  switch (format as BlueskyFormat | null) {
    case 'bluesky-car':
      return readCar(entry, context);
    case 'bluesky-xrpc':
      return readXrpc(entry, context);
    case 'bluesky-jetstream':
      return readJetstream(entry, context);
    case 'bluesky-automod-capture':
      return readCapture(entry, context);
    case null:
      throw new Error(`not a Bluesky input: ${entry.path}`);
  }
  throw new Error(`unknown Bluesky format: ${format}`);
}
