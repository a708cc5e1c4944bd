import { postId, type Account, type ImportUnit } from '../../model/index.js';
import { contentHash } from '../hash.js';
import {
  fromLocalDateTime,
  hashtagsOf,
  linksOf,
  quarantinedUnit,
  recordUnit,
  schemaReason,
  type ElementSite,
} from '../meta/index.js';
import { videoIdOf } from './parse-like.js';
import { CommentEntry } from './schemas.js';

/**
 * One of the owner's own comments (`Comment › Comments › CommentsList`). The export has no
 * comment id and usually no video: id `comment:<16 hex of sha256(date, text, url)>`; the parent
 * is the video when `url` names one, else `unknown:<same hex>` (never stored), with a `reply`
 * interaction whose target account is unknown.
 */
export function parseComment(value: unknown, site: ElementSite, owner: Account): ImportUnit {
  const parsed = CommentEntry.safeParse(value);
  if (!parsed.success) return quarantinedUnit(site, schemaReason(parsed.error), value);
  const { date, text, url } = parsed.data;
  if (text === null) return quarantinedUnit(site, 'no comment text', value);
  const createdAt = fromLocalDateTime(date);
  if (!createdAt) return quarantinedUnit(site, 'bad timestamp', value);
  const hash = contentHash(JSON.stringify([date, text, url])).slice(0, 16);
  const id = postId(`comment:${hash}`);
  const video = videoIdOf(url);
  const parent = postId(video ?? `unknown:${hash}`);
  return recordUnit(site, [
    owner,
    {
      type: 'post',
      platform: 'tiktok',
      id,
      author: owner.id,
      createdAt,
      kind: 'comment',
      root: parent,
      parent,
      parentIsComment: null,
      text,
      hashtags: hashtagsOf(text),
      links: linksOf(text),
      visibility: 'public',
    },
    {
      type: 'interaction',
      platform: 'tiktok',
      kind: 'reply',
      key: `reply:${id}`,
      actor: owner.id,
      targetAccount: null,
      targetPost: video ? postId(video) : null,
      at: createdAt,
    },
  ]);
}
