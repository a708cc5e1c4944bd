import type { Interaction, Post } from '../model/index.js';
import type { StagingType } from './parquet-appender.js';

type Column = readonly [name: string, type: StagingType];
const ROW: readonly Column[] = [
  ['sid', 'BIGINT'],
  ['rec', 'BIGINT'],
];
const SOURCE: readonly Column[] = [
  ['source_file', 'VARCHAR'],
  ['source_line', 'INTEGER'],
  ['source_offset', 'DOUBLE'],
];

/**
 * The staged rows of one import run, table by table: each is a Parquet file in the run's
 * private staging folder, written by the importer (`ParquetAppender`) and read by the merge with
 * `read_parquet` (parallel, in C++) wherever the merge names the table. Nothing is loaded into
 * the store before the merge transaction: killed at any point, an import leaves the store as it was; and the wide rows
 * (texts) are read straight from the file into the model tables, never held in memory.
 *
 * `sid` numbers a table's rows (unique within the run, increasing in input order); `rec` is the
 * input record the row came from.
 */
export const STAGING = {
  stage_accounts: [
    ...ROW,
    ['platform', 'VARCHAR'],
    ['id', 'VARCHAR'],
    ['handle', 'VARCHAR'],
    ['display_name', 'VARCHAR'],
    ['bio', 'VARCHAR'],
    ['is_self_identified_professional', 'BOOLEAN'],
    ...SOURCE,
  ],
  stage_snapshots: [
    ...ROW,
    ['platform', 'VARCHAR'],
    ['account_id', 'VARCHAR'],
    ['observed_ms', 'DOUBLE'],
    ['observed_is_local', 'BOOLEAN'],
    ['followers', 'DOUBLE'],
    ['following', 'DOUBLE'],
    ['posts', 'DOUBLE'],
    ...SOURCE,
  ],
  stage_posts: [
    ...ROW,
    ['platform', 'VARCHAR'],
    ['id', 'VARCHAR'],
    ['author_id', 'VARCHAR'],
    ['created_ms', 'DOUBLE'],
    ['time_is_local', 'BOOLEAN'],
    ['kind', 'VARCHAR'],
    ['root_id', 'VARCHAR'],
    ['parent_id', 'VARCHAR'],
    ['parent_is_comment', 'BOOLEAN'],
    ['title', 'VARCHAR'],
    ['text', 'VARCHAR'],
    ['hashtags', 'VARCHAR'],
    ['links', 'VARCHAR'],
    ['language', 'VARCHAR'],
    ['visibility', 'VARCHAR'],
    ['venue', 'VARCHAR'],
    ['like_count', 'DOUBLE'],
    ['repost_count', 'DOUBLE'],
    ['reply_count', 'DOUBLE'],
    ['view_count', 'DOUBLE'],
    ...SOURCE,
  ],
  stage_interactions: [
    ...ROW,
    ['platform', 'VARCHAR'],
    ['key', 'VARCHAR'],
    ['kind', 'VARCHAR'],
    ['actor_id', 'VARCHAR'],
    ['target_account_id', 'VARCHAR'],
    ['target_post_id', 'VARCHAR'],
    ['at_ms', 'DOUBLE'],
    ['time_is_local', 'BOOLEAN'],
    ...SOURCE,
  ],
  stage_quarantine: [
    ...ROW,
    ['platform', 'VARCHAR'],
    ['file', 'VARCHAR'],
    ['line', 'INTEGER'],
    ['byte_offset', 'DOUBLE'],
    ['reason', 'VARCHAR'],
    ['content_hash', 'VARCHAR'],
  ],
} as const satisfies Record<string, readonly Column[]>;

export type StagingTable = keyof typeof STAGING;
export const STAGING_TABLES = Object.keys(STAGING) as StagingTable[];

/** One table's staging file, as the merge reads it. */
export interface StagedFile {
  readonly file: string;
  /** The short last row group of a staging file, in a file of its own (`ParquetAppender`). */
  readonly tail?: boolean;
}

/**
 * The rows of a staging table's files as a `read_parquet` table expression; `param` is the bound
 * parameter (e.g. `$2`) that holds the list of their paths, so no path is ever written into SQL.
 * Every file of a table has the table's columns (`STAGING`), with their types.
 */
export function stagedRows(param: string): string {
  return `read_parquet(${param})`;
}

/**
 * The platforms whose comments' `reply` interactions the store reads from the comments instead
 * of staging them (schema version 4, the `interactions` view): each such reply holds nothing its
 * comment does not. Reddit dumps and Bluesky streams are the largest inputs, and each comment's
 * reply was one more row to write (the 1M-record Reddit bench: 10.1–10.5 s against
 * 13.3–13.6 s, three runs each).
 */
const DERIVED_REPLY_PLATFORMS: readonly string[] = ['reddit', 'bluesky'];

/** An interaction that is not staged: the view reads it from its comment (`derivesReply`). */
export function isDerivedInteraction(x: Interaction): boolean {
  return x.kind === 'reply' && DERIVED_REPLY_PLATFORMS.includes(x.platform);
}

/** A post that the view reads a reply from: a comment of such a platform. */
export function hasDerivedReply(post: Post): boolean {
  return post.kind === 'comment' && DERIVED_REPLY_PLATFORMS.includes(post.platform);
}

/**
 * Whether `reply` is exactly the reply the `interactions` view reads from `post`: key
 * `reply:<post id>`, actor = author, target post = parent, the post's time, and as target
 * account none on Reddit (a comment's record does not name its parent's author) and on Bluesky
 * the DID of the parent's AT-URI (`at://<did>/<collection>/<rkey>`).
 */
export function derivesReply(post: Post, reply: Interaction): boolean {
  if (!hasDerivedReply(post) || reply.platform !== post.platform) return false;
  const parent = post.parent ?? null;
  const target =
    post.platform === 'bluesky' && parent !== null ? (parent.split('/')[2] ?? null) : null;
  return (
    // `reply:<post id>`, without building the string once per comment
    reply.key.length === post.id.length + 6 &&
    reply.key.startsWith('reply:') &&
    reply.key.endsWith(post.id) &&
    (reply.actor ?? null) === (post.author ?? null) &&
    (reply.targetAccount ?? null) === target &&
    (reply.targetPost ?? null) === parent &&
    Object.is(reply.at?.ms ?? null, post.createdAt?.ms ?? null) &&
    (reply.at?.isLocal ?? false) === (post.createdAt?.isLocal ?? false)
  );
}

/**
 * `hasDerivedReply` as a condition on a `stage_posts` row: the merge counts the new keys of
 * these posts as new interactions too.
 */
export const DERIVED_REPLY_POSTS = `kind = 'comment' AND platform IN (${DERIVED_REPLY_PLATFORMS.map(
  (p) => `'${p}'`,
).join(', ')})`;
