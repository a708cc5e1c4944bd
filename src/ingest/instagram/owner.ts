import { accountId, type Account, type AccountId } from '../../model/index.js';
import { EXPORT_OWNER } from '../meta/index.js';

/** The export's owner: named by `personal_information.json` when present, else `~self`. */
export interface Owner {
  readonly id: AccountId;
  readonly account: Account;
}

export function ownerOf(username: string | null): Owner {
  const id = username ? accountId(username) : EXPORT_OWNER;
  return { id, account: { type: 'account', platform: 'instagram', id, handle: id } };
}

/** An account known only by its username (Instagram exports carry no numeric user ids). */
export function accountOf(username: string): Account {
  return { type: 'account', platform: 'instagram', id: accountId(username), handle: username };
}
