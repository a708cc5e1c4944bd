import type { Account, ImportUnit, Timestamp } from '../../model/index.js';
import type { ImportContext } from '../importer.js';
import {
  fromLocalDateTime,
  peekText,
  skipAll,
  skippedUnit,
  unitsOfArray,
  readExportJson,
} from '../meta/index.js';
import type { ImportSource, SourceEntry } from '../source.js';
import { ownerOf } from './owner.js';
import { parseComment } from './parse-comment.js';
import { parseFollow } from './parse-follow.js';
import { parseLike } from './parse-like.js';
import { parseProfile } from './parse-profile.js';
import { parseVideo } from './parse-video.js';
import {
  at,
  looksLikeTikTok,
  MESSAGE_PATHS,
  pointerOf,
  PROFILE_PATHS,
  SECTIONS,
} from './sections.js';

/** The newest `Date`/`date` anywhere in the export: when its profile counts were (at least) seen. */
function newestDate(doc: unknown): Timestamp | null {
  let newest: Timestamp | null = null;
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) for (const inner of value) walk(inner);
    else if (value !== null && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if ((key === 'Date' || key === 'date') && typeof inner === 'string') {
          const t = fromLocalDateTime(inner);
          if (t && (!newest || t.ms > newest.ms)) newest = t;
        } else walk(inner);
      }
    }
  };
  walk(doc);
  return newest;
}

function* unitsOfDocument(
  entry: SourceEntry,
  doc: unknown,
  context: ImportContext,
): Generator<ImportUnit> {
  const file = entry.path;
  const profilePath = PROFILE_PATHS.find((path) => at(doc, path) !== undefined);
  const profile = profilePath ? at(doc, profilePath) : undefined;
  const username =
    profile && typeof profile === 'object' ? (profile as { userName?: unknown }).userName : null;
  const owner: Account = ownerOf(typeof username === 'string' ? username : null);
  if (profilePath && profile !== null) {
    const site = { file, pointer: pointerOf(profilePath), index: 0 };
    yield parseProfile(profile, site, owner, newestDate(doc));
  }
  for (const { paths, section } of SECTIONS) {
    for (const path of paths) {
      const values = at(doc, path);
      if (!Array.isArray(values)) continue; // absent, or null in an empty export
      const pointer = pointerOf(path);
      if (section.kind === 'skip') {
        yield* skipAll(values, file, pointer, section.reason);
        continue;
      }
      yield* unitsOfArray(values, file, pointer, context.limits, (value, site) => {
        switch (section.kind) {
          case 'posts':
            return parseVideo(value, site, owner);
          case 'comments':
            return parseComment(value, site, owner);
          case 'likes':
            return parseLike(value, site, owner);
          case 'followers':
            return parseFollow(value, site, 'follower', owner);
          case 'following':
            return parseFollow(value, site, 'following', owner);
        }
      });
    }
  }
  for (const path of MESSAGE_PATHS) {
    const chats = at(doc, path);
    if (chats === null || typeof chats !== 'object') continue;
    for (const [chat, messages] of Object.entries(chats)) {
      const pointer = `${pointerOf(path)}/${chat.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      if (Array.isArray(messages)) yield* skipAll(messages, file, pointer, 'direct message');
      else yield skippedUnit({ file, pointer, index: 0 }, 'direct message');
    }
  }
}

/**
 * Reads a TikTok data export (`user_data_tiktok.json`, older `user_data.json`; alone, in a
 * folder or in a zip). Profile, videos, the owner's comments, likes, followers and following are
 * imported; watch, search, share and login history, bookmarks, deleted posts and direct messages
 * are counted as skipped, row by row, and never stored. Other sections are not records.
 */
export async function* readTikTokExport(
  source: ImportSource,
  context: ImportContext,
): AsyncIterable<ImportUnit> {
  for (const entry of source.entries) {
    if (!looksLikeTikTok(entry.name, await peekText(entry))) continue;
    const doc = await readExportJson(entry, context.limits.maxDocumentBytes);
    yield* unitsOfDocument(entry, doc, context);
  }
}
