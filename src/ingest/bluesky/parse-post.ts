import {
  accountId,
  postId,
  type Interaction,
  type ModelRecord,
  type Post,
  type ReportedCounts,
} from '../../model/index.js';
import { POST, isDid, parseAtUri } from './at-uri.js';
import { bad, isObject, type Json, type Parsed } from './parsed.js';
import { parseCreatedAt } from './parse-time.js';

const MENTION = 'app.bsky.richtext.facet#mention';
const LINK = 'app.bsky.richtext.facet#link';
const TAG = 'app.bsky.richtext.facet#tag';

/**
 * An `app.bsky.feed.post` record: the post, a `reply` interaction when it replies (threaded
 * when `reply.parent` ≠ `reply.root`, SPEC §9), a `quote` interaction when it embeds another
 * post, and one `mention` per mentioned DID in its facets (mentions come only from facets).
 */
export function parsePost(
  uri: string,
  did: string,
  record: Json,
  counts: ReportedCounts | undefined,
): Parsed {
  const text = record.text;
  if (typeof text !== 'string') return bad('post without text');
  const createdAt = parseCreatedAt(record.createdAt);
  if (createdAt === 'bad') return bad('bad timestamp');
  const author = accountId(did);
  const id = postId(uri);
  const items: ModelRecord[] = [];

  let root: string | null = null;
  let parent: string | null = null;
  if (record.reply !== undefined) {
    const reply = record.reply;
    if (!isObject(reply) || !isObject(reply.root) || !isObject(reply.parent)) {
      return bad('bad reply reference');
    }
    const parentRef = parseAtUri(reply.parent.uri);
    if (!parseAtUri(reply.root.uri) || !parentRef) return bad('bad reply reference');
    root = reply.root.uri as string;
    parent = reply.parent.uri as string;
    items.push(interaction('reply', `reply:${uri}`, author, parentRef.did, parent, createdAt));
  }

  const hashtags: string[] = [];
  const links: string[] = [];
  const facets = record.facets;
  if (facets !== undefined) {
    if (!Array.isArray(facets)) return bad('facets is not an array');
    const mentioned = new Set<string>();
    for (const facet of facets) {
      const features = isObject(facet) ? facet.features : undefined;
      if (!Array.isArray(features)) return bad('facet without features');
      for (const feature of features) {
        if (!isObject(feature)) continue;
        switch (feature.$type) {
          case MENTION:
            if (isDid(feature.did) && !mentioned.has(feature.did)) {
              mentioned.add(feature.did);
              items.push(
                interaction(
                  'mention',
                  `mention:${uri}:${feature.did}`,
                  author,
                  feature.did,
                  null,
                  createdAt,
                ),
              );
            }
            break;
          case LINK:
            if (typeof feature.uri === 'string') addOnce(links, feature.uri);
            break;
          case TAG:
            if (typeof feature.tag === 'string') addOnce(hashtags, feature.tag);
            break;
        }
      }
    }
  }
  // `tags`: hashtags the author added outside the text (lexicon app.bsky.feed.post).
  if (Array.isArray(record.tags)) {
    for (const tag of record.tags) if (typeof tag === 'string') addOnce(hashtags, tag);
  }

  const embed = record.embed;
  if (isObject(embed)) {
    const quoted = quotedUri(embed);
    const target = quoted === null ? null : parseAtUri(quoted);
    // An embedded list, feed or starter pack is not a quote of a post.
    if (target && target.collection === POST) {
      items.push(interaction('quote', `quote:${uri}`, author, target.did, quoted, createdAt));
    }
    if (embed.$type === 'app.bsky.embed.external' && isObject(embed.external)) {
      if (typeof embed.external.uri === 'string') addOnce(links, embed.external.uri);
    }
  }

  const langs = record.langs;
  const language =
    Array.isArray(langs) && typeof langs[0] === 'string' ? (langs[0] as string) : null;
  const post: Post = {
    type: 'post',
    platform: 'bluesky',
    id,
    author,
    createdAt,
    kind: parent === null ? 'post' : 'comment',
    root: root === null ? null : postId(root),
    parent: parent === null ? null : postId(parent),
    parentIsComment: parent === null ? null : parent !== root,
    text,
    hashtags,
    links,
    language,
    visibility: 'public',
    counts,
  };
  items.unshift(post);
  return { kind: 'items', items };
}

/** The quoted record of an `embed.record` or `embed.recordWithMedia`. */
function quotedUri(embed: Json): string | null {
  let ref: unknown = null;
  if (embed.$type === 'app.bsky.embed.record') ref = embed.record;
  else if (embed.$type === 'app.bsky.embed.recordWithMedia' && isObject(embed.record)) {
    ref = embed.record.record;
  }
  return isObject(ref) && typeof ref.uri === 'string' ? ref.uri : null;
}

function addOnce(list: string[], value: string): void {
  if (!list.includes(value)) list.push(value);
}

function interaction(
  kind: Interaction['kind'],
  key: string,
  actor: ReturnType<typeof accountId>,
  target: string,
  targetPost: string | null,
  at: Interaction['at'],
): Interaction {
  return {
    type: 'interaction',
    platform: 'bluesky',
    kind,
    key,
    actor,
    targetAccount: accountId(target),
    targetPost: targetPost === null ? null : postId(targetPost),
    at,
  };
}
