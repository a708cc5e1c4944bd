import {
  accountId,
  postId,
  type AccountId,
  type ImportUnit,
  type Location,
  type ModelRecord,
  type Post,
  type Timestamp,
  type Visibility,
} from '../../model/index.js';
import { legacyTweetSchema, schemaReason, toCount, type LegacyTweet } from './schemas.js';
import { parseTwitterTime } from './twitter-time.js';
import { quarantineUnit, recordUnit } from '../units.js';
import { decodeTweetText, isIdStr, tweetLanguage, xAccount, xInteraction } from './x-records.js';

/** The archive's owner: archive tweets carry no author of their own. */
export interface ArchiveOwner {
  readonly id: AccountId;
  readonly handle: string;
}

export interface LegacyTweetOptions {
  /** `archive`: a `tweets.js` element (author = owner, `RT @` text = retweet); `api-v1`: v1.1. */
  readonly origin: 'archive' | 'api-v1';
  readonly owner: ArchiveOwner | null;
  /**
   * The visibility of the owner's own archive tweet written at a time, from
   * `protected-history.js` (`ownerVisibility`); absent = public unless `user.protected`.
   */
  readonly visibilityAt?: (createdAt: Timestamp) => Visibility;
}

const RETWEET_PREFIX = /^RT @(\w{1,50}):/;

/**
 * One archive tweet or API v1.1 tweet → its model records (SPEC §9):
 *
 * - A retweet (`retweeted_status`, or archive text starting `RT @name:`) is a `repost`
 *   interaction keyed `repost:<retweet id>`, never a post; its target account is the
 *   retweeted author (`retweeted_status.user`, or the `user_mentions` entry named after
 *   `RT @`). The mentions inside a retweet are the original author's, so none are recorded.
 * - Otherwise a post; a reply (`in_reply_to_status_id_str`) is a comment whose parent is that
 *   tweet, plus a `reply` interaction keyed `reply:<id>`. These formats carry no conversation
 *   id, so `root` is null, and `parentIsComment` is null: the store decides from stored parents.
 * - `mention` interactions (`mention:<post id>:<account id>`) come only from
 *   `entities.user_mentions`; a quote (v1.1 `quoted_status_id_str`) adds a `quote`
 *   interaction keyed `quote:<id>`. The archive does not mark quotes, so none are found there.
 * - A v1.1 `retweeted_status` / `quoted_status` is a whole tweet: it is imported as a post too.
 * - Reported counts: `favorite_count` → likes, `retweet_count` → reposts, `reply_count`.
 * - Visibility: `followers` when the author is `protected` (v1.1 `user.protected`) or, for the
 *   owner's archive tweets, when `visibilityAt` says so (`protected-history.js`); else `public`.
 */
export function parseLegacyTweet(
  raw: unknown,
  where: Location,
  content: () => string,
  options: LegacyTweetOptions,
): ImportUnit {
  const parsed = legacyTweetSchema.safeParse(raw);
  if (!parsed.success) return quarantineUnit(where, schemaReason(parsed.error), content());
  const items = legacyTweetItems(parsed.data, options, false);
  return typeof items === 'string'
    ? quarantineUnit(where, items, content())
    : recordUnit(where, items);
}

/** The records of one tweet, or a quarantine reason. */
function legacyTweetItems(
  tweet: LegacyTweet,
  options: LegacyTweetOptions,
  embedded: boolean,
): ModelRecord[] | string {
  const createdAt = parseTwitterTime(tweet.created_at);
  if (createdAt === null) return 'bad timestamp';
  const items: ModelRecord[] = [];
  const user = tweet.user;
  if (user) items.push(xAccount(user.id_str, user.screen_name, user.name, user.description));
  const author = user ? accountId(user.id_str) : (options.owner?.id ?? null);
  const id = postId(tweet.id_str);
  const text = tweet.full_text ?? tweet.text ?? '';
  const mentions = (tweet.entities?.user_mentions ?? []).filter((m) => isIdStr(m.id_str));

  const retweeted = tweet.retweeted_status;
  const rtName = options.origin === 'archive' ? RETWEET_PREFIX.exec(text)?.[1] : undefined;
  if (retweeted || rtName !== undefined) {
    let target: string | null = null;
    let targetPost: string | null = null;
    if (retweeted) {
      const original = legacyTweetSchema.safeParse(retweeted);
      if (!original.success) return `retweeted_status: ${schemaReason(original.error)}`;
      target = original.data.user?.id_str ?? null;
      targetPost = original.data.id_str;
      if (!embedded) {
        const more = legacyTweetItems(original.data, options, true);
        if (typeof more === 'string') return `retweeted_status: ${more}`;
        items.push(...more);
      }
    } else {
      const named = mentions.find((m) => m.screen_name.toLowerCase() === rtName!.toLowerCase());
      if (named) {
        target = named.id_str;
        items.push(xAccount(named.id_str, named.screen_name, named.name));
      }
    }
    items.push(
      xInteraction(
        'repost',
        `repost:${id}`,
        author,
        target === null ? null : accountId(target),
        targetPost === null ? null : postId(targetPost),
        createdAt,
      ),
    );
    return items;
  }

  const parent = tweet.in_reply_to_status_id_str ?? null;
  const post: Post = {
    type: 'post',
    platform: 'x',
    id,
    author,
    createdAt,
    kind: parent ? 'comment' : 'post',
    root: null,
    parent: parent ? postId(parent) : null,
    parentIsComment: null,
    text: decodeTweetText(text),
    hashtags: (tweet.entities?.hashtags ?? []).map((h) => h.text),
    links: (tweet.entities?.urls ?? [])
      .map((u) => u.expanded_url ?? u.url)
      .filter((u): u is string => typeof u === 'string' && u !== ''),
    language: tweetLanguage(tweet.lang),
    visibility:
      user?.protected || (!embedded && options.visibilityAt?.(createdAt) === 'followers')
        ? 'followers'
        : 'public',
    counts: {
      likes: toCount(tweet.favorite_count),
      reposts: toCount(tweet.retweet_count),
      replies: toCount(tweet.reply_count),
    },
  };
  items.push(post);

  const seen = new Set<string>();
  for (const mention of mentions) {
    if (seen.has(mention.id_str)) continue;
    seen.add(mention.id_str);
    items.push(xAccount(mention.id_str, mention.screen_name, mention.name));
    items.push(
      xInteraction(
        'mention',
        `mention:${id}:${mention.id_str}`,
        author,
        accountId(mention.id_str),
        null,
        createdAt,
      ),
    );
  }

  if (parent) {
    const to = tweet.in_reply_to_user_id_str ?? null;
    if (to && tweet.in_reply_to_screen_name && !seen.has(to)) {
      items.push(xAccount(to, tweet.in_reply_to_screen_name));
    }
    items.push(
      xInteraction(
        'reply',
        `reply:${id}`,
        author,
        to ? accountId(to) : null,
        postId(parent),
        createdAt,
      ),
    );
  }

  const quotedId = tweet.quoted_status_id_str ?? null;
  if (quotedId && options.origin === 'api-v1') {
    let target: string | null = null;
    if (tweet.quoted_status) {
      const quoted = legacyTweetSchema.safeParse(tweet.quoted_status);
      if (!quoted.success) return `quoted_status: ${schemaReason(quoted.error)}`;
      target = quoted.data.user?.id_str ?? null;
      if (!embedded) {
        const more = legacyTweetItems(quoted.data, options, true);
        if (typeof more === 'string') return `quoted_status: ${more}`;
        items.push(...more);
      }
    }
    items.push(
      xInteraction(
        'quote',
        `quote:${id}`,
        author,
        target === null ? null : accountId(target),
        postId(quotedId),
        createdAt,
      ),
    );
  }
  return items;
}
