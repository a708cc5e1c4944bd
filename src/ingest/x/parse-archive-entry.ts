import {
  accountId,
  postId,
  type ImportUnit,
  type Location,
  type ModelRecord,
} from '../../model/index.js';
import type { ArchiveOwner } from './parse-tweet.js';
import {
  archiveAccountSchema,
  archiveFollowSchema,
  archiveLikeSchema,
  manifestSchema,
  schemaReason,
  toCount,
} from './schemas.js';
import { parseTwitterTime } from './twitter-time.js';
import { quarantineUnit, recordUnit, skippedUnit } from '../units.js';
import { xAccount, xInteraction } from './x-records.js';

function inner(element: unknown, key: string): unknown {
  return typeof element === 'object' && element !== null && key in element
    ? (element as Record<string, unknown>)[key]
    : element;
}

/**
 * A `follower.js` / `following.js` element: the other account, known only by id (handle =
 * id: these files hold no screen names), and a `follow` interaction — follower → owner, or
 * owner → followed — keyed `follow:<actor>:<target>`, with no time (the files have none).
 * Without a known owner (no `account.js` or `manifest.js` beside it) only the account is
 * recorded: a follow with one end unknown says nothing.
 */
export function parseFollow(
  element: unknown,
  direction: 'follower' | 'following',
  owner: ArchiveOwner | null,
  where: Location,
  content: () => string,
): ImportUnit {
  const parsed = archiveFollowSchema.safeParse(inner(element, direction));
  if (!parsed.success) return quarantineUnit(where, schemaReason(parsed.error), content());
  const other = parsed.data.accountId;
  const items: ModelRecord[] = [xAccount(other, null)];
  if (owner && other !== owner.id) {
    const [actor, target] = direction === 'follower' ? [other, owner.id] : [owner.id, other];
    items.push(
      xInteraction(
        'follow',
        `follow:${actor}:${target}`,
        accountId(actor),
        accountId(target),
        null,
        null,
      ),
    );
  }
  return recordUnit(where, items);
}

/**
 * A `like.js` element: a `like` interaction by the owner keyed `like:<owner>:<tweet id>`. The
 * liked tweet is only referenced (its text is the other author's, and is not stored); the file
 * names neither its author nor when it was liked.
 */
export function parseLike(
  element: unknown,
  owner: ArchiveOwner | null,
  where: Location,
  content: () => string,
): ImportUnit {
  const parsed = archiveLikeSchema.safeParse(inner(element, 'like'));
  if (!parsed.success) return quarantineUnit(where, schemaReason(parsed.error), content());
  if (!owner) return skippedUnit(where, 'archive owner unknown');
  const tweet = parsed.data.tweetId;
  return recordUnit(where, [
    xInteraction('like', `like:${owner.id}:${tweet}`, owner.id, null, postId(tweet), null),
  ]);
}

/** An `account.js` element: the owner (its email, phone and creation IP are never read). */
export function parseAccountEntry(
  element: unknown,
  where: Location,
  content: () => string,
): ImportUnit {
  const parsed = archiveAccountSchema.safeParse(inner(element, 'account'));
  if (!parsed.success) return quarantineUnit(where, schemaReason(parsed.error), content());
  const { accountId: id, username, accountDisplayName } = parsed.data;
  return recordUnit(where, [xAccount(id, username, accountDisplayName)]);
}

/** The owner named by an `account.js` element, if it has one. */
export function ownerFromAccountEntry(element: unknown): ArchiveOwner | null {
  const parsed = archiveAccountSchema.safeParse(inner(element, 'account'));
  return parsed.success
    ? { id: accountId(parsed.data.accountId), handle: parsed.data.username }
    : null;
}

/** The owner named by `manifest.js`, if it names one. */
export function ownerFromManifest(manifest: unknown): ArchiveOwner | null {
  const parsed = manifestSchema.safeParse(manifest);
  return parsed.success
    ? { id: accountId(parsed.data.userInfo.accountId), handle: parsed.data.userInfo.userName }
    : null;
}

/**
 * `manifest.js`, one record: the owner's account, and a profile snapshot at the archive's
 * `generationDate` with the entry counts the manifest lists for `follower`, `following` and
 * `tweets` (the archive's own count of what it holds, retweets included).
 */
export function parseManifest(
  manifest: unknown,
  where: Location,
  content: () => string,
): ImportUnit {
  const parsed = manifestSchema.safeParse(manifest);
  if (!parsed.success) return quarantineUnit(where, schemaReason(parsed.error), content());
  const { userInfo, archiveInfo, dataTypes } = parsed.data;
  const items: ModelRecord[] = [
    xAccount(userInfo.accountId, userInfo.userName, userInfo.displayName),
  ];
  const observedAt = archiveInfo?.generationDate
    ? parseTwitterTime(archiveInfo.generationDate)
    : null;
  const total = (...names: string[]): number | null => {
    for (const name of names) {
      const files = dataTypes?.[name]?.files;
      if (files) return files.reduce((sum, file) => sum + (toCount(file.count) ?? 0), 0);
    }
    return null;
  };
  if (observedAt) {
    items.push({
      type: 'snapshot',
      platform: 'x',
      account: accountId(userInfo.accountId),
      observedAt,
      followers: total('follower'),
      following: total('following'),
      posts: total('tweets', 'tweet'),
    });
  }
  return recordUnit(where, items);
}
