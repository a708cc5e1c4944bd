import { accountId, type ImportUnit } from '../../model/index.js';
import { quarantinedUnit, recordUnit, schemaReason, type ElementSite } from '../meta/index.js';
import { ProfileEntry } from './schemas.js';

/**
 * `personal_information.json`'s `profile_user` entry: the owner's account (username, name, bio).
 * Email, phone number, birthday and the rest of the file are never read.
 */
export function parseProfile(value: unknown, site: ElementSite): ImportUnit {
  const parsed = ProfileEntry.safeParse(value);
  if (!parsed.success) return quarantinedUnit(site, schemaReason(parsed.error), value);
  const map = parsed.data.string_map_data;
  const username = map.Username.value;
  if (!username) return quarantinedUnit(site, 'no username', value);
  return recordUnit(site, [
    {
      type: 'account',
      platform: 'instagram',
      id: accountId(username),
      handle: username,
      displayName: map.Name?.value || null,
      bio: map.Bio?.value || null,
    },
  ]);
}

/** The owner's username from a parsed `personal_information.json`, if it names one. */
export function ownerUsername(doc: unknown): string | null {
  if (!doc || typeof doc !== 'object' || !('profile_user' in doc)) return null;
  const list = (doc as { profile_user: unknown }).profile_user;
  const parsed = Array.isArray(list) ? ProfileEntry.safeParse(list[0]) : null;
  return parsed?.success ? parsed.data.string_map_data.Username.value || null : null;
}
