import type { ImportUnit } from '../../model/index.js';
import type { ImportContext, Importer } from '../importer.js';
import type { ImportSource } from '../source.js';
import { dedupeAccounts } from '../dedupe-accounts.js';
import { detectEntry, detectMastodon } from './detect-mastodon.js';
import { readApi } from './read-api.js';
import { readArchive } from './read-archive.js';

export { htmlToText } from './html-to-text.js';

async function* readMastodonUnits(
  source: ImportSource,
  format: string,
  context: ImportContext,
): AsyncIterable<ImportUnit> {
  if (format === 'mastodon-archive') {
    yield* readArchive(source, context);
    return;
  }
  if (format !== 'mastodon-api') throw new Error(`unknown Mastodon format: ${format}`);
  for (const entry of source.entries) {
    // In a folder of saved responses, only the files recognised as responses are read.
    if (source.kind !== 'file' && (await detectEntry(entry)) !== 'mastodon-api') continue;
    yield* readApi(entry, context);
  }
}

/** Mastodon: the account archive (`mastodon-archive`) and saved REST API responses (`mastodon-api`). */
export const mastodonImporter: Importer = {
  platform: 'mastodon',
  detect: detectMastodon,
  read: (source, format, context) => dedupeAccounts(readMastodonUnits(source, format, context)),
};
