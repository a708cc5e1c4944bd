import {
  accountId,
  type Account,
  type AccountId,
  type Interaction,
  type InteractionKind,
  type PostId,
  type Timestamp,
} from '../../model/index.js';

/**
 * An X account. `handle` is the `screen_name`; an account known only by its id (a follower
 * in `follower.js`, an author missing from `includes.users`) gets its id as handle, so it can
 * still be named on the command line.
 */
export function xAccount(
  id: string,
  handle: string | null,
  displayName?: string | null,
  bio?: string | null,
): Account {
  return {
    type: 'account',
    platform: 'x',
    id: accountId(id),
    handle: handle ?? id,
    displayName: displayName ?? null,
    bio: bio ?? null,
  };
}

/** An observed X interaction; `key` is its natural key (see each caller). */
export function xInteraction(
  kind: InteractionKind,
  key: string,
  actor: AccountId | null,
  targetAccount: AccountId | null,
  targetPost: PostId | null,
  at: Timestamp | null,
): Interaction {
  return { type: 'interaction', platform: 'x', kind, key, actor, targetAccount, targetPost, at };
}

const ENTITIES: Readonly<Record<string, string>> = { '&amp;': '&', '&lt;': '<', '&gt;': '>' };

/** X escapes `&`, `<` and `>` in tweet text (and only those); this undoes it. */
export function decodeTweetText(text: string): string {
  return text.replace(/&(?:amp|lt|gt);/g, (entity) => ENTITIES[entity]!);
}

/** The id_str form every X id must have (SPEC §9); mention ids can be `-1` or numbers. */
export function isIdStr(value: unknown): value is string {
  return typeof value === 'string' && /^\d{1,20}$/.test(value);
}

/** `lang` as a language, or null for X's `und` (undetermined) and other non-codes. */
export function tweetLanguage(lang: string | null | undefined): string | null {
  return lang && lang !== 'und' && /^[a-z]{2,3}(-[A-Za-z]{2,4})?$/.test(lang) ? lang : null;
}
