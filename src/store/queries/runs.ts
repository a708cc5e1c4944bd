import type { Database } from '../database.js';

/** Whether the store holds any finished import that is not synthetic demo data. */
export async function hasRealData(db: Database): Promise<boolean> {
  const rows = await db.rows(
    `SELECT count(*)::INTEGER AS n FROM import_runs WHERE status = 'done' AND NOT synthetic`,
  );
  return Number(rows[0]?.n ?? 0) > 0;
}
