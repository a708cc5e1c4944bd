// SPEC §9 "Accounts and handles": `<platform>:<handle>` matches case-insensitively, a leading
// `@` or `u/` is optional; `--id` selects by native id.
import { bareHandle } from '../../model/index.js';
import type { Database } from '../database.js';

export interface AccountMatch {
  readonly id: string;
  readonly handle: string;
  readonly displayName: string | null;
}

/** Accounts of a platform whose handle matches (usually one; several = ambiguous). */
export async function findAccountsByHandle(
  db: Database,
  platform: string,
  handle: string,
): Promise<AccountMatch[]> {
  const bare = bareHandle(handle);
  const rows = await db.rows(
    `SELECT DISTINCT id, handle, display_name FROM accounts
     WHERE platform = $1 AND (lower(handle) = lower($2) OR lower(handle) = lower($3))
     ORDER BY id`,
    [platform, handle, bare],
  );
  return rows.map((r) => ({
    id: String(r.id),
    handle: String(r.handle),
    displayName: r.display_name === null ? null : String(r.display_name),
  }));
}

export async function findAccountById(
  db: Database,
  platform: string,
  id: string,
): Promise<AccountMatch | null> {
  const rows = await db.rows(
    `SELECT id, handle, display_name FROM accounts WHERE platform = $1 AND id = $2 LIMIT 1`,
    [platform, id],
  );
  const r = rows[0];
  if (!r) return null;
  return {
    id: String(r.id),
    handle: String(r.handle),
    displayName: r.display_name === null ? null : String(r.display_name),
  };
}
