import { postId, type ImportUnit } from '../../model/index.js';
import { contentHash } from '../hash.js';
import {
  fromUnixSeconds,
  hashtagsOf,
  linksOf,
  quarantinedUnit,
  recordUnit,
  schemaReason,
  skippedUnit,
  type ElementSite,
} from '../meta/index.js';
import { OWNER } from './owner.js';
import { CommentEntry } from './schemas.js';

/**
 * One of the owner's own comments (`comments_v2`, `group_comments_v2`). The export names neither
 * the comment nor what it replies to: whose post it was is only in the localized `title`
 * sentence ("… commented on X's post", "… har kommenteret Xs opslag"), which is not parsed.
 * So, as for Instagram: id `comment:<16 hex>`, parent and root `unknown:<same hex>`, and a
 * `reply` interaction with no target. An entry without comment data (a deleted comment or a
 * sticker only) is skipped as `no comment text`.
 */
export function parseComment(value: unknown, site: ElementSite): ImportUnit {
  const parsed = CommentEntry.safeParse(value);
  if (!parsed.success) return quarantinedUnit(site, schemaReason(parsed.error), value);
  const comment = parsed.data.data?.find((d) => d.comment)?.comment;
  if (!comment || comment.comment === undefined) return skippedUnit(site, 'no comment text');
  const seconds = comment.timestamp ?? parsed.data.timestamp;
  const createdAt = fromUnixSeconds(seconds);
  if (seconds !== undefined && !createdAt) return quarantinedUnit(site, 'bad timestamp', value);
  const text = comment.comment;
  const hash = contentHash(JSON.stringify([seconds ?? null, text, comment.group ?? null])).slice(
    0,
    16,
  );
  const id = postId(`comment:${hash}`);
  const parent = postId(`unknown:${hash}`);
  return recordUnit(site, [
    OWNER,
    {
      type: 'post',
      platform: 'facebook',
      id,
      author: OWNER.id,
      createdAt,
      kind: 'comment',
      root: parent,
      parent,
      parentIsComment: null,
      text,
      hashtags: hashtagsOf(text),
      links: linksOf(text),
      visibility: 'public',
      venue: comment.group ?? null,
    },
    {
      type: 'interaction',
      platform: 'facebook',
      kind: 'reply',
      key: `reply:${id}`,
      actor: OWNER.id,
      targetAccount: null,
      targetPost: null,
      at: createdAt,
    },
  ]);
}
