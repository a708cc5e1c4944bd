import {
  accountId,
  postId,
  type Account,
  type Interaction,
  type ReportedCounts,
} from '../../model/index.js';
import { FOLLOW, LIKE, POST, PROFILE, REPOST, isDid, parseAtUri, recordUri } from './at-uri.js';
import { parsePost } from './parse-post.js';
import { bad, isObject, skip, type Json, type Parsed } from './parsed.js';
import { parseCreatedAt } from './parse-time.js';

/** Options for records that come with more than the record itself (an XRPC view). */
export interface RecordExtras {
  /** Counts the AppView reported for a post. */
  readonly counts?: ReportedCounts;
  /** The author's handle, when the input states it (profile records only). */
  readonly handle?: string;
}

/**
 * Parses one repository record (`app.bsky.*` lexicon) written by `did` at `collection/rkey`.
 * These checks are the boundary validation for records from every Bluesky input; they are
 * written by hand, not with zod, because the Jetstream path runs them a million times.
 */
export function parseRecord(
  did: string,
  collection: string,
  rkey: string,
  record: unknown,
  extras: RecordExtras = {},
): Parsed {
  if (!isObject(record)) return bad('record is not an object');
  const type = record.$type;
  if (type !== undefined && type !== collection) {
    return bad(`record $type ${String(type).slice(0, 80)} does not match ${collection}`);
  }
  switch (collection) {
    case POST:
      return parsePost(recordUri(did, collection, rkey), did, record, extras.counts);
    case LIKE:
      return parseSubject('like', did, record);
    case REPOST:
      return parseSubject('repost', did, record);
    case FOLLOW:
      return parseFollow(did, record);
    case PROFILE:
      return parseProfile(did, record, extras.handle);
    default:
      return skip('unsupported collection');
  }
}

/** A like or repost of a post: `subject` is a strong reference `{uri, cid}`. */
function parseSubject(kind: 'like' | 'repost', did: string, record: Json): Parsed {
  const subject = record.subject;
  if (!isObject(subject)) return bad(`${kind} without subject`);
  const target = parseAtUri(subject.uri);
  if (!target) return bad(`${kind} subject is not an at:// URI`);
  // A like of a feed generator or a list says nothing about posts or conversation.
  if (target.collection !== POST) return skip(`${kind} of a non-post record`);
  const at = parseCreatedAt(record.createdAt);
  if (at === 'bad') return bad('bad timestamp');
  const uri = subject.uri as string;
  const item: Interaction = {
    type: 'interaction',
    platform: 'bluesky',
    kind,
    key: `${kind}:${did}:${uri}`,
    actor: accountId(did),
    targetAccount: accountId(target.did),
    targetPost: postId(uri),
    at,
  };
  return { kind: 'items', items: [item] };
}

function parseFollow(did: string, record: Json): Parsed {
  if (!isDid(record.subject)) return bad('follow subject is not a DID');
  const at = parseCreatedAt(record.createdAt);
  if (at === 'bad') return bad('bad timestamp');
  const item: Interaction = {
    type: 'interaction',
    platform: 'bluesky',
    kind: 'follow',
    key: `follow:${did}:${record.subject}`,
    actor: accountId(did),
    targetAccount: accountId(record.subject),
    targetPost: null,
    at,
  };
  return { kind: 'items', items: [item] };
}

/**
 * The profile record (`app.bsky.actor.profile/self`): display name and bio. A repository
 * does not hold its handle, so without one from the input the handle is the DID (SPEC §9).
 */
function parseProfile(did: string, record: Json, handle: string | undefined): Parsed {
  const { displayName, description } = record;
  if (displayName !== undefined && typeof displayName !== 'string') {
    return bad('profile displayName is not a string');
  }
  if (description !== undefined && typeof description !== 'string') {
    return bad('profile description is not a string');
  }
  const item: Account = {
    type: 'account',
    platform: 'bluesky',
    id: accountId(did),
    handle: handle ?? did,
    displayName: displayName || null,
    bio: description || null,
  };
  return { kind: 'items', items: [item] };
}
