import { accountId, type Account } from '../../model/index.js';
import { EXPORT_OWNER } from '../meta/index.js';

/**
 * Facebook's export never names its owner by id (only by display name inside human sentences),
 * so the owner is always `~self`. Other people are known only by the name shown: their account
 * id and handle are that name as written, which is not unique; the README says so.
 */
export const OWNER: Account = {
  type: 'account',
  platform: 'facebook',
  id: EXPORT_OWNER,
  handle: EXPORT_OWNER,
};

export function personOf(name: string): Account {
  return { type: 'account', platform: 'facebook', id: accountId(name), handle: name };
}
