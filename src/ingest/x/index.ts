import type { ImportUnit } from '../../model/index.js';
import type { ImportContext, Importer } from '../importer.js';
import type { ImportSource } from '../source.js';
import { dedupeAccounts } from '../dedupe-accounts.js';
import { detectEntry, detectX } from './detect-x.js';
import { readApiV1 } from './read-api-v1.js';
import { readApiV2 } from './read-api-v2.js';
import { readArchive } from './read-archive.js';

export { parseTwitterTime } from './twitter-time.js';
export { readWrappedJson } from './read-wrapped-json.js';

async function* readXUnits(
  source: ImportSource,
  format: string,
  context: ImportContext,
): AsyncIterable<ImportUnit> {
  if (format === 'x-archive') {
    yield* readArchive(source, context);
    return;
  }
  if (format !== 'x-api-v2' && format !== 'x-api-v1' && format !== 'x-api-mixed') {
    throw new Error(`unknown X format: ${format}`);
  }
  for (const entry of source.entries) {
    // In a folder of saved responses, only the files of the detected format are read; in a
    // mixed one, each page in its own version.
    const own: string | null = source.kind === 'file' ? format : await detectEntry(entry);
    if (own === null || (format !== 'x-api-mixed' && own !== format)) continue;
    if (own === 'x-api-v2') yield* readApiV2(entry, context);
    else if (own === 'x-api-v1') yield* readApiV1(entry, context);
  }
}

/**
 * X/Twitter (`x`): the account archive (`x-archive`), saved API v2 pages (`x-api-v2`) and API
 * v1.1 tweets (`x-api-v1`), or a folder or archive holding pages of both (`x-api-mixed`).
 */
export const xImporter: Importer = {
  platform: 'x',
  detect: detectX,
  read: (source, format, context) => dedupeAccounts(readXUnits(source, format, context)),
};
