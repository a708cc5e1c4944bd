import { postId, type Account, type ImportUnit, type Visibility } from '../../model/index.js';
import {
  fromLocalDateTime,
  hashtagsOf,
  quarantinedUnit,
  recordUnit,
  schemaReason,
  skippedUnit,
  type ElementSite,
} from '../meta/index.js';
import { VideoEntry } from './schemas.js';

/** `WhoCanView` → visibility; `Only You` (private) is not a post others can see. */
function visibilityOf(who: string | null | undefined): Visibility | 'private' {
  switch ((who ?? 'Everyone').toLowerCase()) {
    case 'only you':
    case 'only me':
      return 'private';
    case 'friends':
    case 'followers':
      return 'followers';
    default:
      return 'public';
  }
}

/**
 * One of the owner's videos (`Post › Posts › VideoList`, older `Video › Videos › VideoList`).
 * The export gives no video id (its `Link` is an expiring CDN address), so the id is
 * `<username>/video/<Date as written>`: one account posts at most one video a second. `Likes`
 * is the platform's reported count. A video visible to `Only You` is skipped as `private post`.
 */
export function parseVideo(value: unknown, site: ElementSite, owner: Account): ImportUnit {
  const parsed = VideoEntry.safeParse(value);
  if (!parsed.success) return quarantinedUnit(site, schemaReason(parsed.error), value);
  const video = parsed.data;
  const createdAt = fromLocalDateTime(video.Date);
  if (!createdAt) return quarantinedUnit(site, 'bad timestamp', value);
  const visibility = visibilityOf(video.WhoCanView);
  if (visibility === 'private') return skippedUnit(site, 'private post');
  const text = video.Title && video.Title !== 'N/A' ? video.Title : '';
  const likes = typeof video.Likes === 'string' ? Number(video.Likes) : video.Likes;
  return recordUnit(site, [
    owner,
    {
      type: 'post',
      platform: 'tiktok',
      id: postId(`${owner.id}/video/${video.Date.replace(' ', 'T')}`),
      author: owner.id,
      createdAt,
      kind: 'post',
      root: null,
      parent: null,
      parentIsComment: null,
      text,
      hashtags: hashtagsOf(text),
      links: [],
      visibility,
      counts: { likes: Number.isInteger(likes) && likes! >= 0 ? likes : null },
    },
  ]);
}
