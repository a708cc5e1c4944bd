import type { ImportUnit } from '../../model/index.js';
import type { ImportContext, Importer } from '../importer.js';
import type { ImportSource } from '../source.js';
import { AccountBook } from './account-book.js';
import { detectEntry } from './detect-entry.js';
import { readRest } from './read-rest.js';
import { readWxr } from './read-wxr.js';

/**
 * WordPress: WXR exports (`wxr`, also inside a zip) and saved REST API v2 responses
 * (`wp-rest`). `detect` names the first format it finds among the entries; `read` reads every
 * entry that holds either format (a folder may mix them), in the source's order, and ignores
 * the rest. One account book spans the run, so a commenter is the same account in every file.
 */
export const wordpressImporter: Importer = {
  platform: 'wordpress',

  async detect(source: ImportSource): Promise<string | null> {
    let found: string | null = null;
    for (const entry of source.entries) {
      const format = await detectEntry(entry);
      if (format === 'wxr') return format;
      found ??= format;
    }
    return found;
  },

  async *read(
    source: ImportSource,
    _format: string,
    context: ImportContext,
  ): AsyncIterable<ImportUnit> {
    const book = new AccountBook();
    for (const entry of source.entries) {
      const format = await detectEntry(entry);
      if (format === 'wxr') yield* readWxr(entry, context, book);
      else if (format === 'wp-rest') yield* readRest(entry, context, book);
    }
  },
};

export { readWxr } from './read-wxr.js';
export { readRest } from './read-rest.js';
export { detectEntry } from './detect-entry.js';
