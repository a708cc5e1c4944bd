import { z } from 'zod';

/**
 * The parts of X's JSON that Rapport reads, validated once at the boundary. Objects are loose:
 * every other field is ignored and never stored. Ids are `id_str` strings only (SPEC §9): a
 * JSON number above 2^53 has already lost digits, so a record with only a numeric id fails.
 */
const idStr = z.string().regex(/^\d{1,20}$/, 'not an id_str');
/** The archive writes counts as strings ("12"), the APIs as numbers. */
const count = z.union([z.number(), z.string()]).nullish();

const legacyEntities = z.looseObject({
  hashtags: z.array(z.looseObject({ text: z.string() })).nullish(),
  user_mentions: z
    .array(
      z.looseObject({ id_str: z.string(), screen_name: z.string(), name: z.string().nullish() }),
    )
    .nullish(),
  urls: z
    .array(z.looseObject({ expanded_url: z.string().nullish(), url: z.string().nullish() }))
    .nullish(),
});

/** API v1.1 `user` (also embedded in every v1.1 tweet). */
export const legacyUserSchema = z.looseObject({
  id_str: idStr,
  screen_name: z.string().min(1),
  name: z.string().nullish(),
  description: z.string().nullish(),
  protected: z.boolean().nullish(),
});
export type LegacyUser = z.infer<typeof legacyUserSchema>;

/** An archive tweet (`tweets.js` element's `tweet`) or an API v1.1 tweet: the same shape. */
export const legacyTweetSchema = z.looseObject({
  id_str: idStr,
  created_at: z.string(),
  full_text: z.string().nullish(),
  text: z.string().nullish(),
  lang: z.string().nullish(),
  in_reply_to_status_id_str: idStr.nullish(),
  in_reply_to_user_id_str: idStr.nullish(),
  in_reply_to_screen_name: z.string().nullish(),
  favorite_count: count,
  retweet_count: count,
  reply_count: count,
  entities: legacyEntities.nullish(),
  user: legacyUserSchema.nullish(),
  retweeted_status: z.looseObject({}).nullish(),
  quoted_status_id_str: idStr.nullish(),
  quoted_status: z.looseObject({}).nullish(),
});
export type LegacyTweet = z.infer<typeof legacyTweetSchema>;

const v2Metrics = z.looseObject({
  like_count: count,
  retweet_count: count,
  reply_count: count,
  impression_count: count,
});

/** An API v2 tweet (`data[]` or `includes.tweets[]`). */
export const v2TweetSchema = z.looseObject({
  id: idStr,
  text: z.string(),
  author_id: idStr.nullish(),
  created_at: z.string().nullish(),
  conversation_id: idStr.nullish(),
  in_reply_to_user_id: idStr.nullish(),
  lang: z.string().nullish(),
  referenced_tweets: z.array(z.looseObject({ type: z.string(), id: idStr })).nullish(),
  entities: z
    .looseObject({
      hashtags: z.array(z.looseObject({ tag: z.string() })).nullish(),
      mentions: z
        .array(z.looseObject({ username: z.string(), id: z.string().nullish() }))
        .nullish(),
      urls: z
        .array(z.looseObject({ expanded_url: z.string().nullish(), url: z.string().nullish() }))
        .nullish(),
    })
    .nullish(),
  public_metrics: v2Metrics.nullish(),
});
export type V2Tweet = z.infer<typeof v2TweetSchema>;

/** An API v2 user (`includes.users[]`, or `data[]` of a users lookup / followers page). */
export const v2UserSchema = z.looseObject({
  id: idStr,
  username: z.string().min(1),
  name: z.string().nullish(),
  description: z.string().nullish(),
  protected: z.boolean().nullish(),
  public_metrics: z
    .looseObject({ followers_count: count, following_count: count, tweet_count: count })
    .nullish(),
});
export type V2User = z.infer<typeof v2UserSchema>;

/** `follower.js` / `following.js` elements: `{ "follower": { "accountId": "…" } }`. */
export const archiveFollowSchema = z.looseObject({ accountId: idStr });

/** `like.js` elements: `{ "like": { "tweetId": "…", "fullText": …, "expandedUrl": … } }`. */
export const archiveLikeSchema = z.looseObject({ tweetId: idStr });

/** `account.js` element `account` (its `email`, `createdVia`… are never read). */
export const archiveAccountSchema = z.looseObject({
  accountId: idStr,
  username: z.string().min(1),
  accountDisplayName: z.string().nullish(),
});

/** `manifest.js` (`window.__THAR_CONFIG = { … }`): the owner and the archive's date. */
export const manifestSchema = z.looseObject({
  userInfo: z.looseObject({
    accountId: idStr,
    userName: z.string().min(1),
    displayName: z.string().nullish(),
  }),
  archiveInfo: z.looseObject({ generationDate: z.string().nullish() }).nullish(),
  dataTypes: z
    .record(
      z.string(),
      z.looseObject({ files: z.array(z.looseObject({ count: count })).nullish() }),
    )
    .nullish(),
});

/** Parses a count written as a number or a decimal string; null otherwise. */
export function toCount(value: number | string | null | undefined): number | null {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : null;
  if (typeof value === 'string' && /^\d{1,15}$/.test(value)) return Number(value);
  return null;
}

/** The first issue of a failed parse, as a short quarantine reason. */
export function schemaReason(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid record';
  const path = issue.path.length ? issue.path.join('.') : 'record';
  return `invalid ${path}: ${issue.message}`;
}
