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
  for (const entry of source.entries) {
    // In a folder of saved responses, only the files of the detected format are read.
    if (source.kind !== 'file' && (await detectEntry(entry)) !== format) continue;
    if (format === 'x-api-v2') yield* readApiV2(entry, context);
    else if (format === 'x-api-v1') yield* readApiV1(entry, context);
    else throw new Error(`unknown X format: ${format}`);
  }
}

/**
 * X/Twitter (`x`): the account archive (`x-archive`), saved API v2 pages (`x-api-v2`) and API
 * v1.1 tweets (`x-api-v1`).
 */
export const xImporter: Importer = {
  platform: 'x',
  detect: detectX,
  read: (source, format, context) => dedupeAccounts(readXUnits(source, format, context)),
};
