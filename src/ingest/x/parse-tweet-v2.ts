import {
  accountId,
  postId,
  type ModelRecord,
  type Post,
  type Timestamp,
} from '../../model/index.js';
import { toCount, type V2Tweet, type V2User } from './schemas.js';
import { parseTwitterTime } from './twitter-time.js';
import { decodeTweetText, isIdStr, tweetLanguage, xAccount, xInteraction } from './x-records.js';

/** What one API v2 page's `includes` tell about the tweets in its `data`. */
export interface V2PageIndex {
  readonly users: ReadonlyMap<string, V2User>;
  /** Lower-cased username → id, for `entities.mentions` without ids. */
  readonly idByUsername: ReadonlyMap<string, string>;
  /** `includes.tweets` and `data` by id: the parents, quoted and retweeted tweets. */
  readonly tweets: ReadonlyMap<string, V2Tweet>;
}

const RETWEET_PREFIX = /^RT @(\w{1,50}):/;

/**
 * One API v2 tweet → its model records, or a quarantine reason (SPEC §9):
 *
 * - `referenced_tweets` `retweeted` → a `repost` interaction keyed `repost:<id>` (never a
 *   post), targeting the retweeted tweet and its author (from `includes.tweets`, else the
 *   `RT @name` user in `includes.users`).
 * - `replied_to` → a comment: parent = that tweet, root = `conversation_id`, and
 *   `parentIsComment` = (`replied_to` ≠ `conversation_id`), as SPEC §9 defines threading for
 *   v2; plus a `reply` interaction keyed `reply:<id>` targeting `in_reply_to_user_id`.
 * - `quoted` → the post plus a `quote` interaction keyed `quote:<id>`.
 * - `entities.mentions` → `mention:<post id>:<account id>`; a mention whose id is neither
 *   given nor found in `includes.users` is dropped (an account is keyed by id, never by name).
 * - An author missing from `includes.users` is recorded by id alone (handle = id).
 * - `public_metrics`: like → likes, retweet → reposts, reply → replies, impression → views.
 * - A tweet whose author is `protected` is `followers` visibility.
 */
export function v2TweetItems(tweet: V2Tweet, page: V2PageIndex): ModelRecord[] | string {
  let createdAt: Timestamp | null = null;
  if (tweet.created_at) {
    createdAt = parseTwitterTime(tweet.created_at);
    if (createdAt === null) return 'bad timestamp';
  }
  const items: ModelRecord[] = [];
  const authorId = tweet.author_id ?? null;
  const author = authorId ? accountId(authorId) : null;
  if (authorId && !page.users.has(authorId)) items.push(xAccount(authorId, null));
  const id = postId(tweet.id);
  const refs = tweet.referenced_tweets ?? [];
  const ref = (type: string) => refs.find((r) => r.type === type)?.id ?? null;

  const retweeted = ref('retweeted');
  if (retweeted) {
    let target = page.tweets.get(retweeted)?.author_id ?? null;
    if (!target) {
      const name = RETWEET_PREFIX.exec(tweet.text)?.[1];
      target = name ? (page.idByUsername.get(name.toLowerCase()) ?? null) : null;
    }
    items.push(
      xInteraction(
        'repost',
        `repost:${id}`,
        author,
        target ? accountId(target) : null,
        postId(retweeted),
        createdAt,
      ),
    );
    return items;
  }

  const parent = ref('replied_to');
  const conversation = tweet.conversation_id ?? null;
  const metrics = tweet.public_metrics;
  const post: Post = {
    type: 'post',
    platform: 'x',
    id,
    author,
    createdAt,
    kind: parent ? 'comment' : 'post',
    root: parent && conversation && conversation !== tweet.id ? postId(conversation) : null,
    parent: parent ? postId(parent) : null,
    parentIsComment: parent ? (conversation ? parent !== conversation : null) : null,
    text: decodeTweetText(tweet.text),
    hashtags: (tweet.entities?.hashtags ?? []).map((h) => h.tag),
    links: (tweet.entities?.urls ?? [])
      .map((u) => u.expanded_url ?? u.url)
      .filter((u): u is string => typeof u === 'string' && u !== ''),
    language: tweetLanguage(tweet.lang),
    visibility: authorId && page.users.get(authorId)?.protected ? 'followers' : 'public',
    counts: {
      likes: toCount(metrics?.like_count),
      reposts: toCount(metrics?.retweet_count),
      replies: toCount(metrics?.reply_count),
      views: toCount(metrics?.impression_count),
    },
  };
  items.push(post);

  const seen = new Set<string>();
  for (const mention of tweet.entities?.mentions ?? []) {
    const mentioned = isIdStr(mention.id)
      ? mention.id
      : page.idByUsername.get(mention.username.toLowerCase());
    if (!mentioned || seen.has(mentioned)) continue;
    seen.add(mentioned);
    if (!page.users.has(mentioned)) items.push(xAccount(mentioned, mention.username));
    items.push(
      xInteraction(
        'mention',
        `mention:${id}:${mentioned}`,
        author,
        accountId(mentioned),
        null,
        createdAt,
      ),
    );
  }

  if (parent) {
    const to = tweet.in_reply_to_user_id ?? page.tweets.get(parent)?.author_id ?? null;
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

  const quoted = ref('quoted');
  if (quoted) {
    const target = page.tweets.get(quoted)?.author_id ?? null;
    items.push(
      xInteraction(
        'quote',
        `quote:${id}`,
        author,
        target ? accountId(target) : null,
        postId(quoted),
        createdAt,
      ),
    );
  }
  return items;
}

/** An API v2 user → the account, and its counts when the page says when it was fetched. */
export function v2UserItems(user: V2User, observedAt: Timestamp | null): ModelRecord[] {
  const items: ModelRecord[] = [xAccount(user.id, user.username, user.name, user.description)];
  const metrics = user.public_metrics;
  if (metrics && observedAt) {
    items.push({
      type: 'snapshot',
      platform: 'x',
      account: accountId(user.id),
      observedAt,
      followers: toCount(metrics.followers_count),
      following: toCount(metrics.following_count),
      posts: toCount(metrics.tweet_count),
    });
  }
  return items;
}
