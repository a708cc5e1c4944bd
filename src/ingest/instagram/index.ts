import type { Importer } from '../importer.js';
import { findEntry } from '../meta/index.js';
import { isMessageFile, looksLikeInstagram } from './classify-file.js';
import { readInstagramExport } from './read-export.js';

/** The format name `rapport import` reports for an Instagram input. */
export const INSTAGRAM_EXPORT = 'instagram-export';

/** Instagram's "Download your information" JSON export: a folder, a zip or a single file. */
export const instagramImporter: Importer = {
  platform: 'instagram',
  detect: (source) =>
    findEntry(
      source,
      (name) => name.endsWith('.json') && !isMessageFile(name),
      (_name, head) => (looksLikeInstagram(head) ? INSTAGRAM_EXPORT : null),
    ),
  read: (source, _format, context) => readInstagramExport(source, context),
};
