import type { ImportUnit } from '../../model/index.js';
import {
  fromUnixSeconds,
  quarantinedUnit,
  recordUnit,
  schemaReason,
  type ElementSite,
} from '../meta/index.js';
import { accountOf, type Owner } from './owner.js';
import { ListEntry } from './schemas.js';

/**
 * Username of a list entry: `value` in most layouts; newer `following.json` files put it in
 * `title` and leave `value` out; the profile URL in `href` is the last resort.
 */
export function usernameOf(entry: ListEntry): string | null {
  const row = entry.string_list_data[0]!;
  if (row.value) return row.value;
  if (entry.title) return entry.title;
  const match = row.href ? /instagram\.com\/(?:_u\/)?([A-Za-z0-9._]+)\/?$/.exec(row.href) : null;
  return match ? match[1]! : null;
}

/**
 * One row of `followers_N.json` or `following.json`: the other account and a `follow`
 * interaction with the export's owner (key `follow:<actor>:<target>`, so re-exports agree).
 */
export function parseConnection(
  value: unknown,
  site: ElementSite,
  direction: 'follower' | 'following',
  owner: Owner,
): ImportUnit {
  const parsed = ListEntry.safeParse(value);
  if (!parsed.success) return quarantinedUnit(site, schemaReason(parsed.error), value);
  const username = usernameOf(parsed.data);
  if (!username) return quarantinedUnit(site, 'no username', value);
  const other = accountOf(username);
  const [actor, target] = direction === 'follower' ? [other.id, owner.id] : [owner.id, other.id];
  return recordUnit(site, [
    other,
    owner.account,
    {
      type: 'interaction',
      platform: 'instagram',
      kind: 'follow',
      key: `follow:${actor}:${target}`,
      actor,
      targetAccount: target,
      targetPost: null,
      at: fromUnixSeconds(parsed.data.string_list_data[0]!.timestamp),
    },
  ]);
}
