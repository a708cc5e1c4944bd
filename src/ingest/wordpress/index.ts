import type { ImportUnit } from '../../model/index.js';
import type { ImportContext, Importer } from '../importer.js';
import type { ImportSource } from '../source.js';
import { AccountBook } from './account-book.js';
import { detectEntry } from './detect-entry.js';
import { readRest } from './read-rest.js';
import { readWxr } from './read-wxr.js';

/**
 * WordPress: WXR exports (`wxr`, also inside a zip) and saved REST API v2 responses
 * (`wp-rest`). `detect` names the format of the entries, `wordpress-mixed` when a folder or zip
 * holds both; `read` reads every entry that holds either, in the source's order, and passes
 * over the rest. One account book spans the run, so a commenter is the same account in every file.
 */
export const wordpressImporter: Importer = {
  platform: 'wordpress',

  async detect(source: ImportSource): Promise<string | null> {
    const formats = new Set<string>();
    for (const entry of source.entries) {
      const format = await detectEntry(entry);
      if (format !== null) formats.add(format);
    }
    if (formats.size === 0) return null;
    return formats.size === 1 ? [...formats][0]! : 'wordpress-mixed';
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
