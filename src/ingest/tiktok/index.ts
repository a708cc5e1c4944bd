import type { Importer } from '../importer.js';
import { findEntry } from '../meta/index.js';
import { readTikTokExport } from './read-export.js';
import { looksLikeTikTok } from './sections.js';

/** The format name `rapport import` reports for a TikTok input. */
export const TIKTOK_EXPORT = 'tiktok-export';

/** TikTok's "Download your data" JSON export: `user_data_tiktok.json`, a folder or a zip. */
export const tiktokImporter: Importer = {
  platform: 'tiktok',
  detect: (source) =>
    findEntry(
      source,
      (name) => name.endsWith('.json'),
      (name, head) => (looksLikeTikTok(name, head) ? TIKTOK_EXPORT : null),
    ),
  read: (source, _format, context) => readTikTokExport(source, context),
};
