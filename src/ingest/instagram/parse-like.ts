import { postId, type ImportUnit, type Timestamp } from '../../model/index.js';
import {
  fromUnixSeconds,
  quarantinedUnit,
  recordUnit,
  schemaReason,
  type ElementSite,
} from '../meta/index.js';
import { accountOf, type Owner } from './owner.js';
import { ListEntry } from './schemas.js';

/** `p/<shortcode>` from a post, reel or IGTV URL: liked posts are known only by their URL. */
export function shortcodeId(href: string | undefined): string | null {
  const match = href
    ? /instagram\.com\/(?:[A-Za-z0-9._]+\/)?(?:p|reel|reels|tv)\/([A-Za-z0-9_-]+)/.exec(href)
    : null;
  return match ? `p/${match[1]}` : null;
}

/**
 * One row of `liked_posts.json` (a post the owner liked: `title` is its author) or
 * `liked_comments.json` (a comment the owner liked: `title` is the comment's author, `href`
 * the post it is under). The liked post is only referenced, never stored as a post (SPEC §9);
 * its id is `p/<shortcode>`, a namespace apart from the owner's own posts' media ids. A liked
 * comment has no id in the export, so that like targets the comment's author only.
 */
export function parseLike(
  value: unknown,
  site: ElementSite,
  what: 'post' | 'comment',
  owner: Owner,
): ImportUnit {
  const parsed = ListEntry.safeParse(value);
  if (!parsed.success) return quarantinedUnit(site, schemaReason(parsed.error), value);
  const row = parsed.data.string_list_data[0]!;
  const author = parsed.data.title ? accountOf(parsed.data.title) : null;
  const post = shortcodeId(row.href);
  if (!post && !author) return quarantinedUnit(site, 'like names no post and no account', value);
  let at: Timestamp | null = null;
  if (row.timestamp !== undefined) {
    at = fromUnixSeconds(row.timestamp);
    if (!at) return quarantinedUnit(site, 'bad timestamp', value);
  }
  const key =
    what === 'post'
      ? `like:${owner.id}:${post ?? `by:${author!.id}:${row.timestamp ?? ''}`}`
      : `like:${owner.id}:comment:${post ?? ''}:${author?.id ?? ''}:${row.timestamp ?? ''}`;
  return recordUnit(site, [
    owner.account,
    ...(author ? [author] : []),
    {
      type: 'interaction',
      platform: 'instagram',
      kind: 'like',
      key,
      actor: owner.id,
      targetAccount: author?.id ?? null,
      targetPost: what === 'post' && post ? postId(post) : null,
      at,
    },
  ]);
}
