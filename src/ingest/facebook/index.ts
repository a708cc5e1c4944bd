import type { Importer } from '../importer.js';
import { findEntry } from '../meta/index.js';
import { isMessageFile, looksLikeFacebook } from './classify-file.js';
import { readFacebookExport } from './read-export.js';

/** The format name `rapport import` reports for a Facebook input. */
export const FACEBOOK_EXPORT = 'facebook-export';

/** Facebook's "Download your information" JSON export: a folder, a zip or a single file. */
export const facebookImporter: Importer = {
  platform: 'facebook',
  detect: (source) =>
    findEntry(
      source,
      (name) => name.endsWith('.json') && !isMessageFile(name),
      (_name, head) => (looksLikeFacebook(head) ? FACEBOOK_EXPORT : null),
    ),
  read: (source, _format, context) => readFacebookExport(source, context),
};
