import { postId, type ImportUnit } from '../../model/index.js';
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
import type { Owner } from './owner.js';
import { PostEntry } from './schemas.js';

/**
 * The post's native id. The export names no post ids, but each media file is named
 * `<…>_<media id>.<ext>` where the last number is the Graph API media id; the first media item's
 * id identifies the post. A uri without one falls back to `uri:<sha256 of the uri, 16 hex>`.
 */
export function instagramPostId(entry: PostEntry): string {
  const uri = entry.media[0]!.uri;
  const match = /_(\d{8,})(?:\.[A-Za-z0-9]+)?$/.exec(uri);
  return match ? match[1]! : `uri:${contentHash(uri).slice(0, 16)}`;
}

/**
 * One element of `posts_N.json`: the owner's root post. A carousel keeps its caption and time
 * on the outer object; a single photo keeps them on its one media item. The export holds no
 * like or comment counts, and EXIF/GPS in `media_metadata` is never read.
 */
export function parsePost(value: unknown, site: ElementSite, owner: Owner): ImportUnit {
  const parsed = PostEntry.safeParse(value);
  if (!parsed.success) return quarantinedUnit(site, schemaReason(parsed.error), value);
  const entry = parsed.data;
  const first = entry.media[0]!;
  const text = entry.title || first.title || '';
  const seconds = entry.creation_timestamp ?? first.creation_timestamp;
  const createdAt = fromUnixSeconds(seconds);
  // A missing time is null (SPEC §9); a zero or negative one is a broken record.
  if (seconds !== undefined && !createdAt) return quarantinedUnit(site, 'bad timestamp', value);
  return recordUnit(site, [
    owner.account,
    {
      type: 'post',
      platform: 'instagram',
      id: postId(instagramPostId(entry)),
      author: owner.id,
      createdAt,
      kind: 'post',
      root: null,
      parent: null,
      parentIsComment: null,
      text,
      hashtags: hashtagsOf(text),
      links: linksOf(text),
      // @NOTE the export does not say whether the account was private; posts count as public.
      visibility: 'public',
    },
  ]);
}
