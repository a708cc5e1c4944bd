import type { Account, ImportUnit, Timestamp } from '../../model/index.js';
import { quarantinedUnit, recordUnit, schemaReason, type ElementSite } from '../meta/index.js';
import { ProfileMap } from './schemas.js';

function count(value: number | string | null | undefined): number | null {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 ? n : null;
}

/**
 * `Profile › Profile Info › ProfileMap`: the owner's account and, when the export states them,
 * follower and following counts. The export has no date of its own, so the counts are
 * observed at `observedAt`, the newest time found anywhere in the export (a lower bound of the
 * export time that stays the same when the same file is imported again).
 */
export function parseProfile(
  value: unknown,
  site: ElementSite,
  owner: Account,
  observedAt: Timestamp | null,
): ImportUnit {
  const parsed = ProfileMap.safeParse(value);
  if (!parsed.success) return quarantinedUnit(site, schemaReason(parsed.error), value);
  const map = parsed.data;
  const account: Account = {
    ...owner,
    displayName: map.displayName || null,
    bio: map.bioDescription || null,
  };
  const followers = count(map.followerCount);
  const following = count(map.followingCount);
  if (!observedAt || (followers === null && following === null)) return recordUnit(site, [account]);
  return recordUnit(site, [
    account,
    { type: 'snapshot', platform: 'tiktok', account: owner.id, observedAt, followers, following },
  ]);
}
