import type { ImportUnit } from '../../model/index.js';
import type { ImportContext } from '../importer.js';
import {
  repairMojibakeDeep,
  skippedUnit,
  unitsOfArray,
  peekText,
  readExportJson,
} from '../meta/index.js';
import type { ImportSource, SourceEntry } from '../source.js';
import {
  classifyDocument,
  isMessageFile,
  looksLikeInstagram,
  WRAPPED,
  type InstagramFile,
} from './classify-file.js';
import { ownerOf, type Owner } from './owner.js';
import { parseComment } from './parse-comment.js';
import { parseConnection } from './parse-connection.js';
import { parseLike } from './parse-like.js';
import { parsePost } from './parse-post.js';
import { ownerUsername, parseProfile } from './parse-profile.js';

const PROFILE_FILE = /(^|\/)personal_information\.json$/;
const KNOWN_NAME =
  /(^|\/)(followers(_\d+)?|following(_\d+)?|posts(_\d+)?|(post_)?comments(_\d+)?|liked_posts|liked_comments|personal_information)\.json$/;

/** The owner named by a `personal_information.json` anywhere in the source, else `~self`. */
async function findOwner(source: ImportSource, context: ImportContext): Promise<Owner> {
  for (const entry of source.entries) {
    if (!PROFILE_FILE.test(entry.name)) continue;
    const doc = repairMojibakeDeep(await readExportJson(entry, context.limits.maxDocumentBytes));
    const username = ownerUsername(doc);
    if (username) return ownerOf(username);
  }
  return ownerOf(null);
}

/** The array of records inside a document, and its JSON pointer. */
function recordsOf(doc: unknown): { values: readonly unknown[]; pointer: string } {
  if (Array.isArray(doc)) return { values: doc, pointer: '' };
  for (const [key, inner] of Object.entries(doc as object)) {
    if (key in WRAPPED && Array.isArray(inner)) return { values: inner, pointer: `/${key}` };
  }
  return { values: [], pointer: '' };
}

function* unitsOf(
  kind: InstagramFile,
  entry: SourceEntry,
  doc: unknown,
  owner: Owner,
  context: ImportContext,
): Generator<ImportUnit> {
  const { values, pointer } = recordsOf(doc);
  yield* unitsOfArray(values, entry.path, pointer, context.limits, (value, site) => {
    switch (kind) {
      case 'followers':
        return parseConnection(value, site, 'follower', owner);
      case 'following':
        return parseConnection(value, site, 'following', owner);
      case 'posts':
        return parsePost(value, site, owner);
      case 'comments':
        return parseComment(value, site, owner);
      case 'liked-posts':
        return parseLike(value, site, 'post', owner);
      case 'liked-comments':
        return parseLike(value, site, 'comment', owner);
      case 'profile':
        return parseProfile(value, site);
      case 'messages':
        return skippedUnit(site, 'direct message');
    }
  });
}

/**
 * Reads an Instagram "Download your information" JSON export (a folder, a zip or one of its
 * files), in either the older or the current folder layout. Every element of every file Rapport
 * reads is one unit; other files (ads, settings, search and watch history…) are not opened past
 * their first bytes. A direct-message thread file is one `direct message` skip, never parsed.
 */
export async function* readInstagramExport(
  source: ImportSource,
  context: ImportContext,
): AsyncIterable<ImportUnit> {
  const owner = await findOwner(source, context);
  for (const entry of source.entries) {
    if (!entry.name.endsWith('.json')) continue;
    if (isMessageFile(entry.name)) {
      yield skippedUnit({ file: entry.path, pointer: '', index: 0 }, 'direct message');
      continue;
    }
    if (!KNOWN_NAME.test(entry.name) && !looksLikeInstagram(await peekText(entry))) continue;
    const doc = repairMojibakeDeep(await readExportJson(entry, context.limits.maxDocumentBytes));
    const kind = classifyDocument(entry.name, doc);
    if (kind) yield* unitsOf(kind, entry, doc, owner, context);
  }
}
