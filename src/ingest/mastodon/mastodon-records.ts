import {
  accountId,
  type Account,
  type AccountId,
  type Interaction,
  type InteractionKind,
  type PostId,
  type Timestamp,
} from '../../model/index.js';

/** A Mastodon account keyed and named `user@domain` (SPEC §9). */
export function mastodonAccount(
  acct: string,
  displayName?: string | null,
  bio?: string | null,
): Account {
  return {
    type: 'account',
    platform: 'mastodon',
    id: accountId(acct),
    handle: acct,
    displayName: displayName || null,
    bio: bio || null,
  };
}

/** An observed Mastodon interaction; `key` is its natural key (see each caller). */
export function mastodonInteraction(
  kind: InteractionKind,
  key: string,
  actor: AccountId | null,
  targetAccount: AccountId | null,
  targetPost: PostId | null,
  at: Timestamp | null,
): Interaction {
  return {
    type: 'interaction',
    platform: 'mastodon',
    kind,
    key,
    actor,
    targetAccount,
    targetPost,
    at,
  };
}

/** The host of a URL, lower-cased; null when it is not an http(s) URL. */
export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:'
      ? parsed.hostname.toLowerCase()
      : null;
  } catch {
    return null;
  }
}

/**
 * `user@domain` from an `acct` (`user` for a local account, `user@domain` for a remote one)
 * and, for a local account, the domain of its profile `url`.
 */
export function fullAcct(acct: string, url: string | null | undefined): string | null {
  const clean = acct.replace(/^@/, '');
  const at = clean.indexOf('@');
  if (at > 0) return `${clean.slice(0, at)}@${clean.slice(at + 1).toLowerCase()}`;
  const host = hostOf(url);
  return clean && host ? `${clean}@${host}` : null;
}

// Mastodon's own URI shapes: `https://host/users/name[/statuses/id]`, `https://host/@name[/id]`.
const ACTOR_PATH = /^\/(?:users\/([A-Za-z0-9_.-]+)|@([A-Za-z0-9_.-]+))(?:\/|$)/;

/**
 * `user@domain` of the actor a Mastodon URI belongs to (an actor, status or activity URI),
 * read from Mastodon's URI layout; null for any other server software's layout.
 */
export function acctFromUri(uri: string | null | undefined): string | null {
  if (!uri) return null;
  const host = hostOf(uri);
  if (!host) return null;
  const match = ACTOR_PATH.exec(new URL(uri).pathname);
  const name = match?.[1] ?? match?.[2];
  return name ? `${name}@${host}` : null;
}
