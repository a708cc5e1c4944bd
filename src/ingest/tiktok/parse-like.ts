import { postId, type Account, type ImportUnit } from '../../model/index.js';
import {
  fromLocalDateTime,
  quarantinedUnit,
  recordUnit,
  schemaReason,
  type ElementSite,
} from '../meta/index.js';
import { LinkEntry } from './schemas.js';

/** The numeric video id of a `…/share/video/<id>/` or `…/@user/video/<id>` link. */
export function videoIdOf(link: string | null | undefined): string | null {
  const match = link ? /\/video\/(\d{6,})/.exec(link) : null;
  return match ? match[1]! : null;
}

/**
 * One row of `Like List › ItemFavoriteList`: the owner liked a video, known only by its numeric
 * id (the liked video is referenced, not stored; its author is not in the export).
 */
export function parseLike(value: unknown, site: ElementSite, owner: Account): ImportUnit {
  const parsed = LinkEntry.safeParse(value);
  if (!parsed.success) return quarantinedUnit(site, schemaReason(parsed.error), value);
  const video = videoIdOf(parsed.data.link);
  if (!video) return quarantinedUnit(site, 'no video id in link', value);
  const at = parsed.data.date === null ? null : fromLocalDateTime(parsed.data.date);
  if (parsed.data.date !== null && !at) return quarantinedUnit(site, 'bad timestamp', value);
  return recordUnit(site, [
    owner,
    {
      type: 'interaction',
      platform: 'tiktok',
      kind: 'like',
      key: `like:${owner.id}:${video}`,
      actor: owner.id,
      targetAccount: null,
      targetPost: postId(video),
      at,
    },
  ]);
}
