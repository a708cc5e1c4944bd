import type { ImportUnit } from '../../model/index.js';
import type { ImportContext } from '../importer.js';
import {
  peekText,
  repairMojibakeDeep,
  skippedUnit,
  unitsOfArray,
  readExportJson,
} from '../meta/index.js';
import type { ImportSource } from '../source.js';
import { isMessageFile, looksLikeFacebook, sectionsOf, type Section } from './classify-file.js';
import { parseComment } from './parse-comment.js';
import { parsePerson } from './parse-person.js';
import { parsePost } from './parse-post.js';
import { parseReaction } from './parse-reaction.js';

const KNOWN_NAME =
  /(^|\/)(your_posts[^/]*|group_posts[^/]*|your_posts_in_groups|comments|posts_and_comments|friends|your_friends|followers|who_you_follow|following)(_\d+)?\.json$/;

function parseIn(section: Section, value: unknown, site: Parameters<typeof parsePost>[1]) {
  switch (section.kind) {
    case 'posts':
      return parsePost(value, site, section.pointer.endsWith('group_posts_v2') ? 'group' : null);
    case 'comments':
      return parseComment(value, site);
    case 'reactions':
      return parseReaction(value, site);
    case 'friends':
    case 'followers':
    case 'following':
      return parsePerson(value, site, section.kind);
  }
}

/**
 * Reads a Facebook "Download your information" JSON export (folder, zip or one file). Strings
 * are repaired from Meta's mojibake before validation. Direct-message thread files are one
 * `direct message` skip each and are never parsed.
 */
export async function* readFacebookExport(
  source: ImportSource,
  context: ImportContext,
): AsyncIterable<ImportUnit> {
  for (const entry of source.entries) {
    if (!entry.name.endsWith('.json')) continue;
    if (isMessageFile(entry.name)) {
      yield skippedUnit({ file: entry.path, pointer: '', index: 0 }, 'direct message');
      continue;
    }
    if (!KNOWN_NAME.test(entry.name) && !looksLikeFacebook(await peekText(entry))) continue;
    const doc = repairMojibakeDeep(await readExportJson(entry, context.limits.maxDocumentBytes));
    for (const section of sectionsOf(doc)) {
      yield* unitsOfArray(section.values, entry.path, section.pointer, context.limits, (v, site) =>
        parseIn(section, v, site),
      );
    }
  }
}
