import { postId, type ImportUnit, type Timestamp } from '../../model/index.js';
import {
  fromUnixSeconds,
  hashtagsOf,
  linksOf,
  quarantinedUnit,
  recordUnit,
  schemaReason,
  type ElementSite,
} from '../meta/index.js';
import { contentHash } from '../hash.js';
import { accountOf, type Owner } from './owner.js';
import { ListEntry, MapCommentEntry } from './schemas.js';

interface OwnComment {
  readonly text: string;
  readonly mediaOwner: string | null;
  readonly seconds: number | undefined;
}

function read(value: unknown): OwnComment | { error: string } {
  if (value !== null && typeof value === 'object' && 'string_map_data' in value) {
    const parsed = MapCommentEntry.safeParse(value);
    if (!parsed.success) return { error: schemaReason(parsed.error) };
    const map = parsed.data.string_map_data;
    return {
      text: map.Comment.value ?? '',
      mediaOwner: map['Media Owner']?.value || null,
      seconds: map.Time?.timestamp,
    };
  }
  // The older layout: `title` is the media owner, the comment is the list row's `value`.
  const parsed = ListEntry.safeParse(value);
  if (!parsed.success) return { error: schemaReason(parsed.error) };
  const row = parsed.data.string_list_data[0]!;
  return { text: row.value ?? '', mediaOwner: parsed.data.title || null, seconds: row.timestamp };
}

/**
 * One of the owner's own comments (`post_comments_N.json`, older `post_comments.json`). The
 * export names neither the comment nor the post it is on, only the post's owner; so:
 * - id `comment:<16 hex of sha256(media owner, time, text)>`, stable across re-exports;
 * - parent and root `unknown:<same 16 hex>`: a post the export does not identify, never stored,
 *   one per comment so that no two comments are wrongly put in one thread;
 * - `parentIsComment` null (a reply to a comment looks the same), and a `reply` interaction to the
 *   media owner with no target post.
 */
export function parseComment(value: unknown, site: ElementSite, owner: Owner): ImportUnit {
  const comment = read(value);
  if ('error' in comment) return quarantinedUnit(site, comment.error, value);
  let createdAt: Timestamp | null = null;
  if (comment.seconds !== undefined) {
    createdAt = fromUnixSeconds(comment.seconds);
    if (!createdAt) return quarantinedUnit(site, 'bad timestamp', value);
  }
  const hash = contentHash(
    JSON.stringify([comment.mediaOwner, comment.seconds ?? null, comment.text]),
  ).slice(0, 16);
  const id = postId(`comment:${hash}`);
  const parent = postId(`unknown:${hash}`);
  const target = comment.mediaOwner ? accountOf(comment.mediaOwner) : null;
  return recordUnit(site, [
    owner.account,
    ...(target ? [target] : []),
    {
      type: 'post',
      platform: 'instagram',
      id,
      author: owner.id,
      createdAt,
      kind: 'comment',
      root: parent,
      parent,
      parentIsComment: null,
      text: comment.text,
      hashtags: hashtagsOf(comment.text),
      links: linksOf(comment.text),
      visibility: 'public',
    },
    {
      type: 'interaction',
      platform: 'instagram',
      kind: 'reply',
      key: `reply:${id}`,
      actor: owner.id,
      targetAccount: target?.id ?? null,
      targetPost: null,
      at: createdAt,
    },
  ]);
}
