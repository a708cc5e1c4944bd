import type { ImportUnit } from '../../model/index.js';
import { contentHash } from '../hash.js';
import {
  fromUnixSeconds,
  quarantinedUnit,
  recordUnit,
  schemaReason,
  type ElementSite,
} from '../meta/index.js';
import { OWNER } from './owner.js';
import { ReactionEntry } from './schemas.js';

/**
 * One of the owner's reactions (`reactions_v2` in `likes_and_reactions/posts_and_comments.json`):
 * every reaction type (LIKE, LOVE, HAHA, SAD…) is a `like`. What was reacted to is only in the
 * localized title, so the like has no target; its key is the time plus a hash of the title.
 */
export function parseReaction(value: unknown, site: ElementSite): ImportUnit {
  const parsed = ReactionEntry.safeParse(value);
  if (!parsed.success) return quarantinedUnit(site, schemaReason(parsed.error), value);
  const seconds = parsed.data.timestamp;
  const at = fromUnixSeconds(seconds);
  if (seconds !== undefined && !at) return quarantinedUnit(site, 'bad timestamp', value);
  const hash = contentHash(JSON.stringify([parsed.data.title ?? null, parsed.data.data ?? null]));
  return recordUnit(site, [
    OWNER,
    {
      type: 'interaction',
      platform: 'facebook',
      kind: 'like',
      key: `like:${OWNER.id}:${seconds ?? ''}:${hash.slice(0, 16)}`,
      actor: OWNER.id,
      targetAccount: null,
      targetPost: null,
      at,
    },
  ]);
}
