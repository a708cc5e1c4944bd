import { createHash } from 'node:crypto';
import type { ImportUnit, Location, Timestamp, Visibility } from '../../model/index.js';
import { InputError } from '../errors.js';
import type { ImportContext } from '../importer.js';
import { peekEntry, readEntryBytes } from '../read-bytes.js';
import type { ImportSource, SourceEntry } from '../source.js';
import {
  ownerFromAccountEntry,
  ownerFromManifest,
  parseAccountEntry,
  parseFollow,
  parseLike,
  parseManifest,
} from './parse-archive-entry.js';
import { parseLegacyTweet, type ArchiveOwner } from './parse-tweet.js';
import {
  ownerVisibility,
  parseProtectionChange,
  parseProtectionEntry,
  type ProtectionChange,
} from './protected-history.js';
import { readWrappedJson } from './read-wrapped-json.js';
import { elementContent, isTooLarge, quarantineUnit, skippedUnit } from '../units.js';

/** The archive files Rapport reads, in the order it reads them. */
export type ArchiveFileKind =
  | 'manifest'
  | 'account'
  | 'protected-history'
  | 'follower'
  | 'following'
  | 'like'
  | 'deleted-tweets'
  | 'direct-messages'
  | 'tweets';

const ORDER: readonly ArchiveFileKind[] = [
  'manifest',
  'account',
  'protected-history',
  // Before the follow lists: an account's first observation is kept (dedupe-accounts), and a
  // mention's screen name should win over a follower's id-only handle.
  'tweets',
  'follower',
  'following',
  'like',
  'deleted-tweets',
  'direct-messages',
];

const FILE_KINDS: readonly [RegExp, ArchiveFileKind][] = [
  [/^manifest\.js$/, 'manifest'],
  [/^account\.js$/, 'account'],
  [/^protected-history(-part\d+)?\.js$/, 'protected-history'],
  [/^follower(-part\d+)?\.js$/, 'follower'],
  [/^following(-part\d+)?\.js$/, 'following'],
  [/^like(-part\d+)?\.js$/, 'like'],
  [/^deleted-tweets?(-part\d+)?\.js$/, 'deleted-tweets'],
  [/^direct-messages(-group)?(-part\d+)?\.js$/, 'direct-messages'],
  [/^tweets?(-part\d+)?\.js$/, 'tweets'],
];

/**
 * Which archive file an entry is: by its base name, at the top of the source or in a `data/`
 * folder (the archive's `assets/` hold a web viewer, never read).
 */
export function archiveFileKind(name: string): ArchiveFileKind | null {
  const parts = name.split('/');
  const base = parts[parts.length - 1]!;
  if (parts.length > 1 && parts[parts.length - 2] !== 'data') return null;
  for (const [pattern, kind] of FILE_KINDS) if (pattern.test(base)) return kind;
  return null;
}

/**
 * Reads an X account archive ("Download your data": a folder or .zip with `data/*.js`, or one
 * such file alone). The owner comes from `account.js`, else `manifest.js`; every element of
 * the files above is one record (`manifest.js` is one). `protected-history.js` decides the
 * visibility of the owner's tweets (`ownerVisibility`); its elements are skipped as
 * `protection change`. Deleted tweets are skipped as
 * `deleted tweet`, direct-message conversations as `direct message` (never read further).
 * Other files (ads, IP audit, devices…) are not read. A file that is not a well-formed
 * `window.YTD.… = [ … ]` assignment is quarantined whole, and the rest is imported.
 */
export async function* readArchive(
  source: ImportSource,
  context: ImportContext,
): AsyncIterable<ImportUnit> {
  const named = await Promise.all(
    source.entries.map(async (entry) => ({
      entry,
      kind:
        archiveFileKind(entry.name) ??
        (source.kind === 'file' ? await kindFromGlobal(entry) : null),
    })),
  );
  if (source.kind === 'file' && named[0]?.kind === null) {
    const entry = named[0].entry;
    yield {
      outcome: 'quarantined',
      where: { file: entry.path },
      reason:
        'not an X archive file Rapport reads (tweets, follower, following, like, account, manifest, protected-history)',
      contentHash: await hashEntry(entry),
    };
    return;
  }
  const files = named
    .filter((f): f is { entry: SourceEntry; kind: ArchiveFileKind } => f.kind !== null)
    .sort(
      (a, b) =>
        ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) || (a.entry.name < b.entry.name ? -1 : 1),
    );

  // Owner and protection history first: small files, read before the rest (whatever their
  // order in the archive) so tweets, likes and follows can name the owner, and every tweet's
  // visibility is decided from the whole history.
  const payloads = new Map<SourceEntry, unknown>();
  let owner: ArchiveOwner | null = null;
  let manifestOwner: ArchiveOwner | null = null;
  let history: ProtectionChange[] | 'unreadable' | null = null;
  for (const { entry, kind } of files) {
    if (kind !== 'account' && kind !== 'manifest' && kind !== 'protected-history') continue;
    const payload = await readPayload(entry, context).catch((error: unknown) => error);
    payloads.set(entry, payload);
    if (kind === 'protected-history') history = addChanges(history, payload, context);
    if (payload instanceof Error) continue;
    if (kind === 'manifest') manifestOwner ??= ownerFromManifest(payload);
    else if (kind === 'account' && Array.isArray(payload) && payload.length > 0)
      owner ??= ownerFromAccountEntry(payload[0]);
  }
  owner ??= manifestOwner;
  const visibilityAt = ownerVisibility(
    history === null
      ? { kind: 'absent' }
      : history === 'unreadable'
        ? { kind: 'unreadable' }
        : { kind: 'changes', changes: history },
  );

  for (const { entry, kind } of files) {
    const payload = payloads.has(entry)
      ? payloads.get(entry)
      : await readPayload(entry, context).catch((error: unknown) => error);
    if (payload instanceof Error) {
      if (!(payload instanceof InputError)) throw payload;
      yield {
        outcome: 'quarantined',
        where: { file: entry.path },
        reason: payload.message.split(entry.path).join(entry.name),
        contentHash: await hashEntry(entry),
      };
      continue;
    }
    if (kind === 'manifest') {
      yield parseManifest(payload, { file: entry.path }, () => elementContent(payload));
      continue;
    }
    if (!Array.isArray(payload)) {
      yield quarantineUnit(
        { file: entry.path },
        `not an array of ${kind} entries`,
        elementContent(payload),
      );
      continue;
    }
    for (let i = 0; i < payload.length; i++) {
      const element: unknown = payload[i];
      const where: Location = { file: entry.path, line: i + 1 };
      const content = () => elementContent(element);
      if (isTooLarge(content(), context.limits.maxRecordBytes)) {
        yield quarantineUnit(where, 'record too large', content());
        continue;
      }
      yield elementUnit(kind, element, owner, visibilityAt, where, content);
    }
  }
}

function elementUnit(
  kind: Exclude<ArchiveFileKind, 'manifest'>,
  element: unknown,
  owner: ArchiveOwner | null,
  visibilityAt: (createdAt: Timestamp) => Visibility,
  where: Location,
  content: () => string,
): ImportUnit {
  switch (kind) {
    case 'account':
      return parseAccountEntry(element, where, content);
    case 'protected-history':
      return parseProtectionEntry(element, where, content);
    case 'follower':
    case 'following':
      return parseFollow(element, kind, owner, where, content);
    case 'like':
      return parseLike(element, owner, where, content);
    case 'deleted-tweets':
      return skippedUnit(where, 'deleted tweet');
    case 'direct-messages':
      return skippedUnit(where, 'direct message');
    case 'tweets': {
      const tweet =
        typeof element === 'object' && element !== null && 'tweet' in element
          ? (element as { tweet: unknown }).tweet
          : element;
      return parseLegacyTweet(tweet, where, content, { origin: 'archive', owner, visibilityAt });
    }
  }
}

const GLOBAL_KINDS: Readonly<Record<string, ArchiveFileKind>> = {
  tweets: 'tweets',
  tweet: 'tweets',
  follower: 'follower',
  following: 'following',
  like: 'like',
  account: 'account',
  protected_history: 'protected-history',
  deleted_tweets: 'deleted-tweets',
  deleted_tweet: 'deleted-tweets',
  direct_messages: 'direct-messages',
  direct_messages_group: 'direct-messages',
};

/** A lone, renamed archive file's kind, from the global it assigns (`window.YTD.like.part0`). */
async function kindFromGlobal(entry: SourceEntry): Promise<ArchiveFileKind | null> {
  const head = (await peekEntry(entry, 256)).toString('latin1');
  if (/^\uFEFF?\s*window\.__THAR_CONFIG\s*=/.test(head)) return 'manifest';
  const name = /^\s*window\.YTD\.(\w+)\.part\d+\s*=/.exec(head)?.[1];
  return name ? (GLOBAL_KINDS[name] ?? null) : null;
}

/**
 * The protection changes read so far plus one `protected-history.js` payload; `unreadable`
 * once any part of the history cannot be read (the file, or one element of it).
 */
function addChanges(
  history: ProtectionChange[] | 'unreadable' | null,
  payload: unknown,
  context: ImportContext,
): ProtectionChange[] | 'unreadable' {
  if (history === 'unreadable' || payload instanceof Error || !Array.isArray(payload))
    return 'unreadable';
  const changes = history ?? [];
  for (const element of payload) {
    if (isTooLarge(elementContent(element), context.limits.maxRecordBytes)) return 'unreadable';
    const change = parseProtectionChange(element);
    if (typeof change === 'string') return 'unreadable';
    changes.push(change);
  }
  return changes;
}

async function readPayload(entry: SourceEntry, context: ImportContext): Promise<unknown> {
  return readWrappedJson(entry, context.limits.maxDocumentBytes);
}

/** sha256 of an entry's bytes: the quarantine key of a file that cannot be read at all. */
export async function hashEntry(entry: SourceEntry): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of readEntryBytes(entry)) hash.update(chunk);
  return hash.digest('hex');
}
