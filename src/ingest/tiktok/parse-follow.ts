import type { Account, ImportUnit } from '../../model/index.js';
import {
  fromLocalDateTime,
  quarantinedUnit,
  recordUnit,
  schemaReason,
  type ElementSite,
} from '../meta/index.js';
import { accountOf } from './owner.js';
import { UserEntry } from './schemas.js';

/** One row of `Follower › FansList` or `Following › Following`: an account and a `follow`. */
export function parseFollow(
  value: unknown,
  site: ElementSite,
  direction: 'follower' | 'following',
  owner: Account,
): ImportUnit {
  const parsed = UserEntry.safeParse(value);
  if (!parsed.success) return quarantinedUnit(site, schemaReason(parsed.error), value);
  const other = accountOf(parsed.data.UserName);
  const at = parsed.data.Date ? fromLocalDateTime(parsed.data.Date) : null;
  if (parsed.data.Date && !at) return quarantinedUnit(site, 'bad timestamp', value);
  const [actor, target] = direction === 'follower' ? [other.id, owner.id] : [owner.id, other.id];
  return recordUnit(site, [
    owner,
    other,
    {
      type: 'interaction',
      platform: 'tiktok',
      kind: 'follow',
      key: `follow:${actor}:${target}`,
      actor,
      targetAccount: target,
      targetPost: null,
      at,
    },
  ]);
}
