import type { Platform } from './platform.js';

/**
 * The canonical model of SPEC §2. Importers yield these; the store persists them; everything
 * downstream reads only this model. Ids are platform-native, globally unique strings (SPEC §9).
 */

/** A platform-native account id (`<site>/user/<id>`, a Reddit username, a DID, `user@domain`…). */
export type AccountId = string & { readonly brand: 'AccountId' };
/** A platform-native post id (`t3_…`, `at://…`, `<site>/comment/<id>`…). */
export type PostId = string & { readonly brand: 'PostId' };

export const accountId = (id: string): AccountId => id as AccountId;
export const postId = (id: string): PostId => id as PostId;

export type Visibility = 'public' | 'unlisted' | 'followers';
export type PostKind = 'post' | 'comment';
export type InteractionKind = 'reply' | 'like' | 'repost' | 'quote' | 'mention' | 'follow';
export const INTERACTION_KINDS: readonly InteractionKind[] = [
  'reply',
  'like',
  'repost',
  'quote',
  'mention',
  'follow',
];

/** A point in time as the record states it: UTC unless `isLocal` (a local time with no zone). */
export interface Timestamp {
  readonly ms: number;
  readonly isLocal: boolean;
}

export interface Account {
  readonly type: 'account';
  readonly platform: Platform;
  readonly id: AccountId;
  readonly handle: string;
  readonly displayName?: string | null;
  readonly bio?: string | null;
  /** Only where the bio itself says so (SPEC §2). */
  readonly isSelfIdentifiedProfessional?: boolean | null;
}

/** Counts a platform reported for an account at one moment. */
export interface ProfileSnapshot {
  readonly type: 'snapshot';
  readonly platform: Platform;
  readonly account: AccountId;
  readonly observedAt: Timestamp;
  readonly followers?: number | null;
  readonly following?: number | null;
  readonly posts?: number | null;
}

/** Counts the platform reports for a post: kept apart from interactions we observed. */
export interface ReportedCounts {
  readonly likes?: number | null;
  readonly reposts?: number | null;
  readonly replies?: number | null;
  readonly views?: number | null;
}

export interface Post {
  readonly type: 'post';
  readonly platform: Platform;
  readonly id: PostId;
  /** null when the author is unknown or deleted (`[deleted]` is no account). */
  readonly author: AccountId | null;
  readonly createdAt: Timestamp | null;
  readonly kind: PostKind;
  /** The root post of the thread (for a root post: null). */
  readonly root: PostId | null;
  /** What this comment directly replies to (for a root post: null). */
  readonly parent: PostId | null;
  /**
   * Whether the record itself says the parent is a comment (Reddit `t1_`, WordPress
   * `comment_parent` ≠ 0…); null when the record cannot tell, and the store decides from the
   * stored parent instead (SPEC §9 `threaded_replies`).
   */
  readonly parentIsComment: boolean | null;
  readonly title?: string | null;
  readonly text: string;
  readonly hashtags: readonly string[];
  readonly links: readonly string[];
  readonly language?: string | null;
  readonly visibility: Visibility;
  /** Where the post lives inside the platform: a subreddit, a WordPress site, a YouTube video. */
  readonly venue?: string | null;
  readonly counts?: ReportedCounts;
}

export interface Interaction {
  readonly type: 'interaction';
  readonly platform: Platform;
  readonly kind: InteractionKind;
  /** Natural key within the platform, e.g. `reply:<post id>`, `like:<actor>:<post>`. */
  readonly key: string;
  readonly actor: AccountId | null;
  readonly targetAccount: AccountId | null;
  readonly targetPost: PostId | null;
  readonly at: Timestamp | null;
}

export type ModelRecord = Account | ProfileSnapshot | Post | Interaction;

/** Where an input record came from: the file (or archive entry) and line or byte offset. */
export interface Location {
  readonly file: string;
  readonly line?: number;
  readonly byteOffset?: number;
}

/**
 * One input record (a line, an array element, a WXR item or comment) and what became of it.
 * SPEC §9: each input record is exactly one of imported, updated, duplicate, skipped or
 * quarantined; the store decides the first three from `items`.
 */
export type ImportUnit =
  | { readonly outcome: 'record'; readonly where: Location; readonly items: readonly ModelRecord[] }
  | { readonly outcome: 'skipped'; readonly where: Location; readonly reason: string }
  | Quarantined;

export interface Quarantined {
  readonly outcome: 'quarantined';
  readonly where: Location;
  readonly reason: string;
  /** sha256 (hex) of the record's raw bytes: with the position, the quarantine entry's key. */
  readonly contentHash: string;
}
