import {
  accountId,
  postId,
  type Account,
  type AccountId,
  type ImportUnit,
  type Interaction,
  type Location,
  type ModelRecord,
  type Post,
  type Timestamp,
} from '../../model/index.js';
import { contentHash } from '../hash.js';
import { NONE, collectHashtags, collectLinks, normalizeRedditText } from './extract-entities.js';

/**
 * One Reddit record as Pushshift / Arctic Shift write it (a dump line, an API `data[]` element,
 * or a CSV row turned into the same shape by `read-csv`). Only the fields below are read.
 *
 * @NOTE No zod here, deliberately: this runs once per line of dumps with hundreds of millions of
 * lines, and a schema parse allocates a validated copy of every record. The dozen fields the
 * model needs are checked by hand instead; every other field is ignored and never stored.
 */
export type RawRecord = { readonly [field: string]: unknown };

/** Reddit epoch bounds for `created_utc`: Reddit opened in June 2005; beyond 2100 is garbage. */
const MIN_SECONDS = Date.UTC(2005, 0, 1) / 1000;
const MAX_SECONDS = Date.UTC(2100, 0, 1) / 1000;

const DELETED = '[deleted]';
const REMOVED = '[removed]';

/**
 * Turns one raw record into the model, or a skip or quarantine entry.
 *
 * - Kind: a `name` of `t1_…` is a comment and `t3_…` a submission; otherwise a `title` means a
 *   submission (comments never carry one), then `body`, `parent_id` (even null, as the 2021 API
 *   wrote top-level comments) or `link_id` mean a comment, then `selftext`, `num_comments`,
 *   `is_self` or `url` mean a submission. Neither → quarantined `unknown record kind`.
 * - Id: the fullname (`name`, else `t1_`/`t3_` + `id`).
 * - Author: the username is both the account's native id and its handle (`author_fullname`, the
 *   `t2_…` id, is missing from most dumps and every CSV, so it cannot key accounts).
 *   `[deleted]`/`[removed]` are no account: the post is kept with `author: null`.
 * - Threading: root = `link_id`; parent = `parent_id` (`t1_` → a comment, `t3_` → the
 *   submission), an integer `parent_id` (2021 API) is the base-10 form of a comment's base-36 id,
 *   and a null one means top level under `link_id`.
 *   A submission is a root post (root, parent and `parentIsComment` null). A comment without
 *   `link_id` under a comment keeps a null root: the record does not say it.
 * - Text: `title`, `selftext`/`body` with Reddit's escaping undone (`normalizeRedditText`);
 *   hashtags and links from the text, plus a link post's `url`. Dumps hold public posts only.
 * - Counts: `likes` = `score`, Reddit's net votes (ups − downs, so it may be negative: Reddit
 *   publishes no separate upvote count since 2014); `replies` = `num_comments` of a submission.
 * - `content` is the record's raw text, hashed only when the record is quarantined.
 */
export function parseRecord(
  raw: RawRecord,
  content: RawContent,
  where: Location,
  subreddits: ReadonlySet<string> | undefined,
): ImportUnit {
  const subreddit =
    typeof raw.subreddit === 'string' && raw.subreddit !== '' ? raw.subreddit : null;
  if (subreddits !== undefined && (subreddit === null || !subreddits.has(subreddit.toLowerCase())))
    return { outcome: 'skipped', where, reason: 'subreddit filter' };

  const isComment = recordKind(raw);
  if (isComment === null) return quarantine(where, 'unknown record kind', content);
  const id = fullname(raw, isComment ? 't1_' : 't3_');
  if (id === null) return quarantine(where, 'missing id', content);
  if (id === '') return quarantine(where, 'bad id', content);
  const createdAt = parseCreatedUtc(raw.created_utc);
  if (createdAt === undefined) return quarantine(where, 'bad timestamp', content);

  const name = raw.author;
  const author =
    typeof name === 'string' && name !== '' && name !== DELETED && name !== REMOVED
      ? accountId(name)
      : null;
  const score = typeof raw.score === 'number' && Number.isFinite(raw.score) ? raw.score : null;

  if (!isComment) {
    const title = typeof raw.title === 'string' ? normalizeRedditText(raw.title) : null;
    const text = typeof raw.selftext === 'string' ? normalizeRedditText(raw.selftext) : '';
    const replies =
      typeof raw.num_comments === 'number' && Number.isFinite(raw.num_comments)
        ? raw.num_comments
        : null;
    let links = collectLinks(text, null);
    // A link post's `url` is what it shares; a self post's `url` is its own permalink.
    if (raw.is_self !== true && typeof raw.url === 'string' && raw.url.startsWith('http')) {
      const url = normalizeRedditText(raw.url);
      if (links === null) links = [url];
      else if (!links.includes(url)) links.unshift(url);
    }
    const post: Post = {
      type: 'post',
      platform: 'reddit',
      id: postId(id),
      author,
      createdAt,
      kind: 'post',
      root: null,
      parent: null,
      parentIsComment: null,
      title,
      text,
      hashtags: collectHashtags(text, title === null ? null : collectHashtags(title, null)) ?? NONE,
      links: links ?? NONE,
      visibility: 'public',
      venue: subreddit,
      counts: { likes: score, replies },
    };
    return record(where, author === null ? [post] : [account(author), post]);
  }

  // Comment threading: root from link_id, parent from parent_id.
  const link = raw.link_id;
  let root: string | null = null;
  if (typeof link === 'string' && link !== '') {
    if (!isFullname(link, 't3_')) return quarantine(where, 'bad link_id', content);
    root = link;
  } else if (link !== undefined && link !== null && link !== '') {
    return quarantine(where, 'bad link_id', content);
  }
  const parentField = raw.parent_id;
  let parent: string;
  let parentIsComment: boolean;
  if (typeof parentField === 'string' && parentField !== '') {
    if (isFullname(parentField, 't1_')) parentIsComment = true;
    else if (isFullname(parentField, 't3_')) parentIsComment = false;
    else return quarantine(where, 'bad parent_id', content);
    parent = parentField;
  } else if (typeof parentField === 'number') {
    // 2021 Pushshift API: the parent comment's base-36 id written in base 10.
    if (!Number.isSafeInteger(parentField) || parentField <= 0)
      return quarantine(where, 'bad parent_id', content);
    parent = 't1_' + parentField.toString(36);
    parentIsComment = true;
  } else if (parentField === undefined || parentField === null || parentField === '') {
    if (root === null) return quarantine(where, 'missing parent_id and link_id', content);
    parent = root;
    parentIsComment = false;
  } else {
    return quarantine(where, 'bad parent_id', content);
  }
  // Without link_id a submission parent is the root; under a comment parent the root is unknown.
  if (root === null && !parentIsComment) root = parent;

  const text = typeof raw.body === 'string' ? normalizeRedditText(raw.body) : '';
  const post: Post = {
    type: 'post',
    platform: 'reddit',
    id: postId(id),
    author,
    createdAt,
    kind: 'comment',
    root: root === null ? null : postId(root),
    parent: postId(parent),
    parentIsComment,
    title: null,
    text,
    hashtags: collectHashtags(text, null) ?? NONE,
    links: collectLinks(text, null) ?? NONE,
    visibility: 'public',
    venue: subreddit,
    counts: { likes: score },
  };
  const reply: Interaction = {
    type: 'interaction',
    platform: 'reddit',
    kind: 'reply',
    key: 'reply:' + id,
    actor: author,
    // The parent's author is not in the comment's record; the store knows it once imported.
    targetAccount: null,
    targetPost: postId(parent),
    at: createdAt,
  };
  return record(where, author === null ? [post, reply] : [account(author), post, reply]);
}

function record(where: Location, items: readonly ModelRecord[]): ImportUnit {
  return { outcome: 'record', where, items };
}

function account(id: AccountId): Account {
  return { type: 'account', platform: 'reddit', id, handle: id };
}

/** A quarantine entry keyed by the record's raw content (SPEC §9). */
export function quarantine(where: Location, reason: string, content: RawContent): ImportUnit {
  return { outcome: 'quarantined', where, reason, contentHash: contentHash(joinContent(content)) };
}

/**
 * A record's raw content, hashed only if it is quarantined: a line's text, or a CSV row's field
 * bytes (joined with U+001F, which the parser has already split the row on, so rows with equal
 * fields hash equally).
 */
export type RawContent = string | Uint8Array | readonly Uint8Array[];

const FIELD_SEPARATOR = Buffer.from([0x1f]);

function joinContent(content: RawContent): string | Uint8Array {
  if (typeof content === 'string' || content instanceof Uint8Array) return content;
  const parts: Uint8Array[] = [];
  for (const field of content) parts.push(field, FIELD_SEPARATOR);
  return Buffer.concat(parts);
}

/** true = comment, false = submission, null = neither; see `parseRecord`. */
function recordKind(raw: RawRecord): boolean | null {
  const name = raw.name;
  if (typeof name === 'string') {
    if (name.startsWith('t1_')) return true;
    if (name.startsWith('t3_')) return false;
  }
  if (typeof raw.title === 'string') return false;
  if (raw.body !== undefined || raw.parent_id !== undefined || raw.link_id !== undefined)
    return true;
  if (
    raw.selftext !== undefined ||
    raw.num_comments !== undefined ||
    raw.is_self !== undefined ||
    raw.url !== undefined
  )
    return false;
  return null;
}

/** The record's fullname; null when it has no id, '' when the id is malformed. */
function fullname(raw: RawRecord, prefix: 't1_' | 't3_'): string | null {
  const name = raw.name;
  if (typeof name === 'string' && name.startsWith(prefix) && isFullname(name, prefix)) return name;
  const id = raw.id;
  if (id === undefined || id === null || id === '') return null;
  if (typeof id !== 'string') return '';
  if (id.startsWith(prefix)) return isFullname(id, prefix) ? id : '';
  return isBase36(id, 0) ? prefix + id : '';
}

function isFullname(text: string, prefix: 't1_' | 't3_'): boolean {
  return text.startsWith(prefix) && isBase36(text, 3);
}

/** Reddit ids are lower-case base 36; a short loop beats a regex on the hot path. */
function isBase36(text: string, from: number): boolean {
  if (text.length <= from || text.length > from + 16) return false;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 122))) return false;
  }
  return true;
}

/**
 * `created_utc` as epoch seconds (an integer, a float, or either as a string) or, as pandas
 * writes dates into CSV, `YYYY-MM-DD HH:MM:SS` in UTC. Missing → null; anything else, or a time
 * outside Reddit's lifetime (a zero date, epoch 0) → undefined, quarantined as `bad timestamp`.
 */
export function parseCreatedUtc(value: unknown): Timestamp | null | undefined {
  if (value === undefined || value === null || value === '') return null;
  let seconds: number;
  if (typeof value === 'number') seconds = value;
  else if (typeof value === 'string')
    seconds =
      value.length >= 19 && value.charCodeAt(4) === 45 ? parseDateTime(value) : Number(value);
  else return undefined;
  if (!(seconds >= MIN_SECONDS && seconds < MAX_SECONDS)) return undefined;
  return { ms: Math.round(seconds * 1000), isLocal: false };
}

function digits(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return NaN;
    value = value * 10 + c;
  }
  return value;
}

/** `YYYY-MM-DD[ T]HH:MM:SS[.fff][Z|+00:00]` as UTC epoch seconds, NaN when malformed. */
function parseDateTime(text: string): number {
  const sep = text.charCodeAt(10);
  if (
    text.charCodeAt(7) !== 45 ||
    (sep !== 32 && sep !== 84) ||
    text.charCodeAt(13) !== 58 ||
    text.charCodeAt(16) !== 58
  )
    return NaN;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  const second = digits(text, 17, 2);
  let rest = text.slice(19);
  let fraction = 0;
  if (rest.startsWith('.')) {
    let end = 1;
    while (end < rest.length && rest.charCodeAt(end) >= 48 && rest.charCodeAt(end) <= 57) end++;
    if (end === 1) return NaN;
    fraction = Number(rest.slice(0, end));
    rest = rest.slice(end);
  }
  if (rest !== '' && rest !== 'Z' && rest !== '+00:00' && rest !== ' UTC') return NaN;
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return NaN;
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  // Date.UTC rolls 31 February over into March: reject dates that do not exist.
  if (new Date(ms).getUTCDate() !== day) return NaN;
  return ms / 1000 + fraction;
}
