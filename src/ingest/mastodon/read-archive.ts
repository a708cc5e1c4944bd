import { createHash } from 'node:crypto';
import { accountId, postId, type ImportUnit, type Location } from '../../model/index.js';
import { InputError } from '../errors.js';
import type { ImportContext } from '../importer.js';
import { readEntryBytes } from '../read-bytes.js';
import type { ImportSource, SourceEntry } from '../source.js';
import { htmlToText } from './html-to-text.js';
import { acctFromUri, hostOf, mastodonAccount, mastodonInteraction } from './mastodon-records.js';
import { parseActivity, type MastodonOwner } from './parse-activity.js';
import { readCheckedJson } from './read-checked-json.js';
import { apActorSchema, schemaReason } from './schemas.js';
import { elementContent, isTooLarge, quarantineUnit, recordUnit, skippedUnit } from '../units.js';

export type ArchiveFileKind = 'actor' | 'outbox' | 'likes' | 'bookmarks';
const ORDER: readonly ArchiveFileKind[] = ['actor', 'outbox', 'likes', 'bookmarks'];

/** Which archive file an entry is, by its base name. */
export function archiveFileKind(name: string): ArchiveFileKind | null {
  const base = name.split('/').pop()!;
  const match = /^(actor|outbox|likes|bookmarks)\.json$/.exec(base);
  return match ? (match[1] as ArchiveFileKind) : null;
}

/** A lone archive file's kind from its content, when its name does not say. */
function kindFromContent(document: unknown): ArchiveFileKind | null {
  if (typeof document !== 'object' || document === null) return null;
  const doc = document as Record<string, unknown>;
  if (typeof doc.preferredUsername === 'string') return 'actor';
  const id = typeof doc.id === 'string' ? doc.id : '';
  if (id === 'likes.json') return 'likes';
  if (id === 'bookmarks.json') return 'bookmarks';
  if (Array.isArray(doc.orderedItems)) return 'outbox';
  return null;
}

function rank(entry: SourceEntry): number {
  const kind = archiveFileKind(entry.name);
  return kind ? ORDER.indexOf(kind) : ORDER.length;
}

function ownerOf(
  actor: unknown,
): { owner: MastodonOwner; unit: (where: Location) => ImportUnit } | string {
  const parsed = apActorSchema.safeParse(actor);
  if (!parsed.success) return schemaReason(parsed.error);
  const host = hostOf(parsed.data.id);
  if (!host) return 'actor id is not a URL';
  const acct = `${parsed.data.preferredUsername}@${host}`;
  const followers = typeof parsed.data.followers === 'string' ? parsed.data.followers : null;
  const account = mastodonAccount(
    acct,
    parsed.data.name,
    htmlToText(parsed.data.summary ?? '').text,
  );
  return {
    owner: { id: accountId(acct), actorUri: parsed.data.id, followers },
    unit: (where) => recordUnit(where, [account]),
  };
}

/**
 * Reads a Mastodon account archive (the .zip from Settings → Import and export, or its folder,
 * or one of its files): `actor.json` (one record: the owner, `preferredUsername@<actor
 * host>`), each `outbox.json` item (see `parseActivity`), each `likes.json` item (a `like` by
 * the owner keyed `like:<owner>:<status URI>`, no time: the file has none) and each
 * `bookmarks.json` item (skipped `private bookmark`: bookmarks are visible to no one, so no
 * one was engaged). A file that cannot be read as JSON is quarantined whole.
 */
export async function* readArchive(
  source: ImportSource,
  context: ImportContext,
): AsyncIterable<ImportUnit> {
  const entries = source.entries
    .filter((entry) => source.kind === 'file' || archiveFileKind(entry.name) !== null)
    .sort((a, b) => rank(a) - rank(b));
  const read = (entry: SourceEntry) =>
    readCheckedJson(entry, context.limits.maxDocumentBytes).catch((error: unknown) => error);

  // The owner first: likes and the addressing of posts need it. Files are read one at a time.
  let owner: MastodonOwner | null = null;
  let actor: { entry: SourceEntry; document: unknown } | null = null;
  if (entries[0] && archiveFileKind(entries[0].name) === 'actor') {
    actor = { entry: entries[0], document: await read(entries[0]) };
    const found = actor.document instanceof Error ? null : ownerOf(actor.document);
    if (found && typeof found !== 'string') owner = found.owner;
  }

  for (const entry of entries) {
    const document = actor?.entry === entry ? actor.document : await read(entry);
    const kind =
      archiveFileKind(entry.name) ?? (document instanceof Error ? null : kindFromContent(document));
    if (document instanceof Error) {
      if (!(document instanceof InputError)) throw document;
      yield {
        outcome: 'quarantined',
        where: { file: entry.path },
        reason: document.message.split(entry.path).join(entry.name),
        contentHash: await hashEntry(entry),
      };
      continue;
    }
    const where: Location = { file: entry.path };
    if (kind === 'actor') {
      const found = ownerOf(document);
      yield typeof found === 'string'
        ? quarantineUnit(where, found, elementContent(document))
        : found.unit(where);
      continue;
    }
    const items =
      kind !== null && typeof document === 'object' && document !== null
        ? (document as { orderedItems?: unknown }).orderedItems
        : undefined;
    if (!Array.isArray(items)) {
      yield quarantineUnit(where, 'not a Mastodon archive collection', elementContent(document));
      continue;
    }
    for (let i = 0; i < items.length; i++) {
      const item: unknown = items[i];
      const at: Location = { file: entry.path, line: i + 1 };
      const content = () => elementContent(item);
      if (isTooLarge(content(), context.limits.maxRecordBytes)) {
        yield quarantineUnit(at, 'record too large', content());
      } else if (kind === 'outbox') {
        yield parseActivity(item, owner, at, content);
      } else if (kind === 'bookmarks') {
        yield skippedUnit(at, 'private bookmark');
      } else {
        yield likeUnit(item, owner, at, content);
      }
    }
  }
}

function likeUnit(
  item: unknown,
  owner: MastodonOwner | null,
  where: Location,
  content: () => string,
): ImportUnit {
  const uri =
    typeof item === 'string'
      ? item
      : typeof item === 'object' &&
          item !== null &&
          typeof (item as { id?: unknown }).id === 'string'
        ? (item as { id: string }).id
        : null;
  if (!uri || !hostOf(uri)) return quarantineUnit(where, 'not a status URI', content());
  if (!owner) return skippedUnit(where, 'archive owner unknown');
  const target = acctFromUri(uri);
  return recordUnit(where, [
    mastodonInteraction(
      'like',
      `like:${owner.id}:${uri}`,
      owner.id,
      target ? accountId(target) : null,
      postId(uri),
      null,
    ),
  ]);
}

/** sha256 of an entry's bytes: the quarantine key of a file that cannot be read at all. */
async function hashEntry(entry: SourceEntry): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of readEntryBytes(entry)) hash.update(chunk);
  return hash.digest('hex');
}
