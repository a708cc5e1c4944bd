import {
  accountId,
  postId,
  type ImportUnit,
  type Interaction,
  type Location,
  type ModelRecord,
} from '../../model/index.js';
import { InputError } from '../errors.js';
import type { ImportContext } from '../importer.js';
import { readJsonDocument } from '../read-json.js';
import type { SourceEntry } from '../source.js';
import { POST, parseAtUri } from './at-uri.js';
import { parseCreatedAt } from './parse-time.js';
import {
  describe,
  parsePostView,
  profileView,
  viewAccount,
  type ProfileView,
} from './parse-view.js';
import { bad, isObject, type Json, type Parsed } from './parsed.js';
import { quarantined, toUnit } from './units.js';
import { xrpcMethod } from './xrpc-method.js';

const THREAD_VIEW_POST = 'app.bsky.feed.defs#threadViewPost';
const NOT_FOUND_POST = 'app.bsky.feed.defs#notFoundPost';
const BLOCKED_POST = 'app.bsky.feed.defs#blockedPost';
const REASON_REPOST = 'app.bsky.feed.defs#reasonRepost';

/**
 * A saved XRPC response of the Bluesky AppView, one import unit per post of a thread, per feed
 * item, per follow entry, per like and per repost. `line` in each location is the record's
 * ordinal within the document (JSON has no useful line for an element).
 */
export async function* readXrpc(
  entry: SourceEntry,
  context: ImportContext,
): AsyncIterable<ImportUnit> {
  const doc = await readJsonDocument(entry, context.limits.maxDocumentBytes);
  const method = isObject(doc) ? xrpcMethod(Object.keys(doc)) : null;
  if (!isObject(doc) || method === null) {
    throw new InputError(`${entry.path} is not a Bluesky XRPC response Rapport reads`, entry.path);
  }
  let ordinal = 0;
  const at = (): Location => ({ file: entry.path, line: ++ordinal });
  switch (method) {
    case 'getPostThread':
      yield* readThread(doc.thread, at);
      return;
    case 'getAuthorFeed':
      for (const item of list(doc, 'feed', entry)) {
        yield toUnit(parseFeedItem(item), at(), () => rawOf(item));
      }
      return;
    case 'getFollows':
    case 'getFollowers': {
      const subject = ensureSubject(doc, entry);
      const key = method === 'getFollows' ? 'follows' : 'followers';
      for (const item of list(doc, key, entry)) {
        const parsed = parseFollowEntry(item, subject, method === 'getFollows');
        yield toUnit(parsed, at(), () => rawOf(item));
      }
      return;
    }
    case 'getLikes':
    case 'getRepostedBy': {
      const target = parseAtUri(doc.uri);
      if (!target || target.collection !== POST) {
        throw new InputError(`${entry.path}: ${method} response without a post uri`, entry.path);
      }
      const key = method === 'getLikes' ? 'likes' : 'repostedBy';
      for (const item of list(doc, key, entry)) {
        const parsed =
          method === 'getLikes'
            ? parseLike(item, doc.uri as string, target.did)
            : parseReposter(item, doc.uri as string, target.did);
        yield toUnit(parsed, at(), () => rawOf(item));
      }
      return;
    }
  }
}

/**
 * Walks a `getPostThread` tree (the post, its `parent` chain and its `replies`, nested) with an
 * explicit stack: a hostile or very long thread cannot overflow the call stack.
 */
function* readThread(thread: unknown, at: () => Location): Iterable<ImportUnit> {
  const stack: unknown[] = [thread];
  while (stack.length > 0) {
    const node = stack.pop();
    const where = at();
    if (!isObject(node)) {
      yield quarantined(where, 'thread node is not an object', rawOf(node));
      continue;
    }
    const type = node.$type;
    if (type === NOT_FOUND_POST || node.notFound === true) {
      yield { outcome: 'skipped', where, reason: 'post not found' };
      continue;
    }
    if (type === BLOCKED_POST || node.blocked === true) {
      yield { outcome: 'skipped', where, reason: 'blocked post' };
      continue;
    }
    if (type !== undefined && type !== THREAD_VIEW_POST) {
      yield quarantined(
        where,
        `unknown thread node type ${String(type).slice(0, 80)}`,
        rawOf(node.post ?? type),
      );
      continue;
    }
    // Only the node's own post is hashed: serialising the node would serialise its subtree.
    yield toUnit(parsePostView(node.post), where, () => rawOf(node.post));
    if (node.parent !== undefined) stack.push(node.parent);
    if (Array.isArray(node.replies)) {
      for (let i = node.replies.length - 1; i >= 0; i--) stack.push(node.replies[i]);
    }
  }
}

/**
 * A `getAuthorFeed` item: its post (with the posts it replies to, when the item carries them as
 * views), and, when the item is there because someone reposted it, that `repost` interaction.
 */
function parseFeedItem(item: unknown): Parsed {
  if (!isObject(item) || item.post === undefined) return bad('not a feed item');
  const parsed = parsePostView(item.post);
  if (parsed.kind !== 'items') return parsed;
  const items: ModelRecord[] = [...parsed.items];
  const uri = (item.post as Json).uri as string;
  const target = parseAtUri(uri)!;
  const reason = item.reason;
  if (isObject(reason) && reason.$type === REASON_REPOST) {
    const by = profileView.safeParse(reason.by);
    if (!by.success) return bad(`repost reason without a valid author: ${describe(by.error)}`);
    const at = parseCreatedAt(reason.indexedAt);
    if (at === 'bad') return bad('bad timestamp');
    items.push(viewAccount(by.data), {
      type: 'interaction',
      platform: 'bluesky',
      kind: 'repost',
      key: `repost:${by.data.did}:${uri}`,
      actor: accountId(by.data.did),
      targetAccount: accountId(target.did),
      targetPost: postId(uri),
      at,
    });
  }
  if (isObject(item.reply)) {
    const seen = new Set([uri]);
    for (const context of [item.reply.parent, item.reply.root]) {
      // notFoundPost / blockedPost contexts carry no record: nothing to import from them.
      if (!isObject(context) || context.record === undefined || seen.has(context.uri as string))
        continue;
      seen.add(context.uri as string);
      const more = parsePostView(context);
      if (more.kind === 'items') items.push(...more.items);
    }
  }
  return { kind: 'items', items };
}

function parseFollowEntry(item: unknown, subject: ProfileView, subjectFollows: boolean): Parsed {
  const view = profileView.safeParse(item);
  if (!view.success) return bad(`not a profile view: ${describe(view.error)}`);
  const actor = subjectFollows ? subject.did : view.data.did;
  const target = subjectFollows ? view.data.did : subject.did;
  // A profile view's createdAt is when the account was created, not when the follow was.
  const follow: Interaction = {
    type: 'interaction',
    platform: 'bluesky',
    kind: 'follow',
    key: `follow:${actor}:${target}`,
    actor: accountId(actor),
    targetAccount: accountId(target),
    targetPost: null,
    at: null,
  };
  return { kind: 'items', items: [viewAccount(view.data), viewAccount(subject), follow] };
}

function parseLike(item: unknown, uri: string, authorDid: string): Parsed {
  if (!isObject(item)) return bad('like is not an object');
  const actor = profileView.safeParse(item.actor);
  if (!actor.success) return bad(`like without a valid actor: ${describe(actor.error)}`);
  const at = parseCreatedAt(item.createdAt);
  if (at === 'bad') return bad('bad timestamp');
  return {
    kind: 'items',
    items: [viewAccount(actor.data), reaction('like', actor.data.did, uri, authorDid, at)],
  };
}

function parseReposter(item: unknown, uri: string, authorDid: string): Parsed {
  const view = profileView.safeParse(item);
  if (!view.success) return bad(`not a profile view: ${describe(view.error)}`);
  // getRepostedBy lists who reposted, not when.
  return {
    kind: 'items',
    items: [viewAccount(view.data), reaction('repost', view.data.did, uri, authorDid, null)],
  };
}

function reaction(
  kind: 'like' | 'repost',
  actor: string,
  uri: string,
  authorDid: string,
  at: Interaction['at'],
): Interaction {
  return {
    type: 'interaction',
    platform: 'bluesky',
    kind,
    key: `${kind}:${actor}:${uri}`,
    actor: accountId(actor),
    targetAccount: accountId(authorDid),
    targetPost: postId(uri),
    at,
  };
}

function ensureSubject(doc: Json, entry: SourceEntry): ProfileView {
  const subject = profileView.safeParse(doc.subject);
  if (!subject.success) {
    throw new InputError(
      `${entry.path}: follow list without a valid subject: ${describe(subject.error)}`,
      entry.path,
    );
  }
  return subject.data;
}

function list(doc: Json, key: string, entry: SourceEntry): readonly unknown[] {
  const value = doc[key];
  if (!Array.isArray(value))
    throw new InputError(`${entry.path}: "${key}" is not an array`, entry.path);
  return value;
}

/** The bytes a quarantine entry is keyed by; a value too deep to serialise is keyed by its kind. */
function rawOf(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return `unserialisable ${typeof value}`;
  }
}
