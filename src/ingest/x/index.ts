import type { ImportUnit } from '../../model/index.js';
import type { ImportContext, Importer } from '../importer.js';
import type { ImportSource } from '../source.js';
import { dedupeAccounts } from '../dedupe-accounts.js';
import { candidateEntries, detectEntry, detectX, X_FORMATS } from './detect-x.js';
import { readApiV1 } from './read-api-v1.js';
import { readApiV2 } from './read-api-v2.js';
import { archiveFileKind, readArchive } from './read-archive.js';

export { parseTwitterTime } from './twitter-time.js';
export { readWrappedJson } from './read-wrapped-json.js';

async function* readXUnits(
  source: ImportSource,
  format: string,
  context: ImportContext,
): AsyncIterable<ImportUnit> {
  if (!(X_FORMATS as readonly string[]).includes(format)) {
    throw new Error(`unknown X format: ${format}`);
  }
  if (format === 'x-archive') {
    yield* readArchive(source, context);
    return;
  }
  // A mixed folder: its archive files first (read by name, as in an archive alone)…
  if (format === 'x-mixed' && source.entries.some((entry) => archiveFileKind(entry.name))) {
    yield* readArchive(source, context);
  }
  // …then its saved API pages: only those of the detected version, or in a mixed folder each
  // page in its own.
  for (const entry of candidateEntries(source)) {
    const own = source.kind === 'file' ? format : await detectEntry(entry);
    if (format !== 'x-mixed' && own !== format) continue;
    if (own === 'x-api-v2') yield* readApiV2(entry, context);
    else if (own === 'x-api-v1') yield* readApiV1(entry, context);
  }
}

/**
 * X/Twitter (`x`): the account archive (`x-archive`), saved API v2 pages (`x-api-v2`) and API
 * v1.1 tweets (`x-api-v1`), or a folder or archive holding several of them (`x-mixed`).
 */
export const xImporter: Importer = {
  platform: 'x',
  detect: detectX,
  read: (source, format, context) => dedupeAccounts(readXUnits(source, format, context)),
};
