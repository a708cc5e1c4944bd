import { accountId, type Account } from '../../model/index.js';
import { EXPORT_OWNER } from '../meta/index.js';

/** An account known by its TikTok username (exports carry no numeric user ids). */
export function accountOf(username: string): Account {
  return { type: 'account', platform: 'tiktok', id: accountId(username), handle: username };
}

/** The export's owner: `ProfileMap.userName`, else `~self`. */
export function ownerOf(username: string | null | undefined): Account {
  return username ? accountOf(username) : accountOf(EXPORT_OWNER);
}
