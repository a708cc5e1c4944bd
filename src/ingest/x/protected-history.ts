import { z } from 'zod';
import type { ImportUnit, Location, Timestamp, Visibility } from '../../model/index.js';
import { quarantineUnit, skippedUnit } from '../units.js';
import { schemaReason } from './schemas.js';
import { parseTwitterTime } from './twitter-time.js';

/**
 * `protected-history.js` elements, as X's archive README documents them: "History of a user
 * protecting (that is, restricting only to their followers) and unprotecting their Tweets within
 * the 6 months prior to the date this file was created. At the time of account creation, Tweets
 * are unprotected by default." — `{ "protectedHistory": { "protectedAt": "<ISO time>",
 * "action": "Protect" | "Unprotect" } }`.
 */
const protectionChangeSchema = z.looseObject({
  protectedAt: z.string(),
  action: z.enum(['Protect', 'Unprotect']),
});

/** One change of the owner's "Protect your Tweets" setting. */
export interface ProtectionChange {
  readonly atMs: number;
  readonly protect: boolean;
}

/** One `protected-history.js` element as a change, or the reason it is not one. */
export function parseProtectionChange(element: unknown): ProtectionChange | string {
  const inner =
    typeof element === 'object' && element !== null && 'protectedHistory' in element
      ? (element as { protectedHistory: unknown }).protectedHistory
      : element;
  const parsed = protectionChangeSchema.safeParse(inner);
  if (!parsed.success) return schemaReason(parsed.error);
  const at = parseTwitterTime(parsed.data.protectedAt);
  if (at === null) return 'bad timestamp';
  return { atMs: at.ms, protect: parsed.data.action === 'Protect' };
}

/**
 * A `protected-history.js` element as an import record: it becomes no model record of its own
 * (it decides the visibility of the owner's tweets, see `ownerVisibility`), so it is skipped as
 * `protection change`; one that cannot be read is quarantined.
 */
export function parseProtectionEntry(
  element: unknown,
  where: Location,
  content: () => string,
): ImportUnit {
  const change = parseProtectionChange(element);
  return typeof change === 'string'
    ? quarantineUnit(where, change, content())
    : skippedUnit(where, 'protection change');
}

/** What the archive says of the owner's protection: nothing, its changes, or unreadable. */
export type ProtectionHistory =
  | { readonly kind: 'absent' }
  | { readonly kind: 'changes'; readonly changes: readonly ProtectionChange[] }
  | { readonly kind: 'unreadable' };

/**
 * The visibility of a tweet the archive's owner wrote at `createdAt` (SPEC §9: non-public posts
 * never appear in reports). The rule, privacy first:
 *
 * - No `protected-history.js`: `public` (the account was never protected as far as the archive
 *   says; `account.js` carries no protected flag).
 * - A `protected-history.js` that cannot be read, or with any element that cannot: `followers`
 *   for every tweet — Rapport cannot tell which were public, so it fails closed.
 * - The latest change is `Protect` (the account was protected when the archive was made):
 *   `followers` for every tweet, since X shows a protected account's whole timeline, older
 *   tweets included, to its followers only.
 * - Otherwise `followers` for a tweet written in a protected interval: at or after a `Protect`
 *   and before the next `Unprotect`. Before the first change the state is the opposite of that
 *   change: a first `Unprotect` means the account was protected before it (the file covers only
 *   the six months before the archive), so every earlier tweet is `followers`. A tweet written
 *   while protected keeps that narrower audience even though unprotecting later showed it.
 */
export function ownerVisibility(history: ProtectionHistory): (createdAt: Timestamp) => Visibility {
  if (history.kind === 'absent') return () => 'public';
  if (history.kind === 'unreadable') return () => 'followers';
  const changes = [...history.changes].sort((a, b) => a.atMs - b.atMs);
  const last = changes[changes.length - 1];
  if (!last) return () => 'public';
  if (last.protect) return () => 'followers';
  const first = changes[0]!;
  return (createdAt) => {
    let isProtected = !first.protect;
    for (const change of changes) {
      if (change.atMs > createdAt.ms) break;
      isProtected = change.protect;
    }
    return isProtected ? 'followers' : 'public';
  };
}
