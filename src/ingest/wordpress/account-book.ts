import type { Account, AccountId } from '../../model/index.js';

/**
 * The accounts seen in one import run, each as first observed. A commenter appears on every
 * comment they wrote, sometimes under a changed display name; repeating the first observation
 * keeps an account's fields identical across records, so importing the same file again finds
 * every record a duplicate instead of an update. Holds one entry per distinct account.
 */
export class AccountBook {
  private readonly accounts = new Map<AccountId, Account>();

  /** The account as first observed in this run (registering `account` if it is new). */
  observe(account: Account): Account {
    const known = this.accounts.get(account.id);
    if (known) return known;
    this.accounts.set(account.id, account);
    return account;
  }
}

/** A WordPress account record. */
export function wordpressAccount(
  id: AccountId,
  handle: string,
  displayName: string | null,
): Account {
  return { type: 'account', platform: 'wordpress', id, handle, displayName: displayName || null };
}
