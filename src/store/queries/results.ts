// Stored analysis results (migration 2): one row per account, platform and window in
// `account_metrics`, and per platform and window the import runs they cover in `analysis_runs`.
import type { Database } from '../database.js';

/** The columns of `account_metrics` after (platform, window_key, account_id), in table order. */
export const RESULT_COLUMNS = [
  ['active', 'boolean'],
  ['followers', 'double'],
  ['following', 'double'],
  ['follow_ratio', 'double'],
  ['posts', 'integer'],
  ['inbound_replies', 'integer'],
  ['engaged_audience', 'integer'],
  ['engaged_follower_rate', 'double'],
  ['engaged_follower_rate_estimated', 'boolean'],
  ['response_rate', 'double'],
  ['median_response_hours', 'double'],
  ['dialogues', 'integer'],
  ['dialogue_partners', 'integer'],
  ['outbound_replies', 'integer'],
  ['outbound_reach', 'integer'],
  ['reciprocity', 'double'],
  ['connection_pagerank', 'double'],
  ['connection_rank', 'double'],
  ['reach_rank', 'double'],
  ['community', 'integer'],
  ['advocacy_focus', 'double'],
  ['advocacy_topics', 'varchar'],
  ['self_promotion_rate', 'double'],
  ['connection_score', 'double'],
  ['connection_parts', 'varchar'],
  ['reach_score', 'double'],
  ['reach_parts', 'varchar'],
  ['quadrant', 'varchar'],
  ['replies_per_day', 'double'],
  ['rolling_mean_7d', 'double'],
  ['baseline_median_90d', 'double'],
  ['workload_flag', 'boolean'],
  ['workload_as_of', 'varchar'],
] as const;

export type ResultValue = number | string | boolean | null;

/** What an analysis of one platform and window recorded. */
export interface AnalysisRecord {
  readonly runsCovered: number[];
  readonly summary: Record<string, unknown>;
  readonly computedAt: string;
}

/** Finished import runs of a platform: what a fresh analysis would cover. */
export async function readDoneRuns(db: Database, platform: string): Promise<number[]> {
  const rows = await db.rows(
    `SELECT run_id FROM import_runs WHERE platform = $1 AND status = 'done' ORDER BY run_id`,
    [platform],
  );
  return rows.map((r) => Number(r.run_id));
}

/** Platforms holding any post or interaction, in name order. */
export async function readDataPlatforms(db: Database): Promise<string[]> {
  const rows = await db.rows(
    `SELECT platform FROM posts UNION SELECT platform FROM interactions
     UNION SELECT platform FROM accounts ORDER BY 1`,
  );
  return rows.map((r) => String(r.platform));
}

export async function readAnalysis(
  db: Database,
  platform: string,
  windowKey: string,
): Promise<AnalysisRecord | null> {
  const rows = await db.rows(
    `SELECT runs_covered, summary, strftime(computed_at, '%Y-%m-%dT%H:%M:%SZ') AS computed_at
     FROM analysis_runs WHERE platform = $1 AND window_key = $2`,
    [platform, windowKey],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    runsCovered: JSON.parse(String(row.runs_covered)) as number[],
    summary: JSON.parse(String(row.summary)) as Record<string, unknown>,
    computedAt: String(row.computed_at),
  };
}

/**
 * Replaces one platform's results for a window: every account's row (values in RESULT_COLUMNS
 * order) and the record of the runs covered, in one transaction.
 */
export async function writeResults(
  db: Database,
  target: { platform: string; windowKey: string; since: string | null; until: string | null },
  accountIds: readonly string[],
  valuesOf: (i: number) => readonly ResultValue[],
  runsCovered: readonly number[],
  summary: Record<string, unknown>,
): Promise<void> {
  await db.transaction(async () => {
    await db.run(`DELETE FROM account_metrics WHERE platform = $1 AND window_key = $2`, [
      target.platform,
      target.windowKey,
    ]);
    await db.run(`DELETE FROM analysis_runs WHERE platform = $1 AND window_key = $2`, [
      target.platform,
      target.windowKey,
    ]);
    const appender = await db.appender('account_metrics');
    try {
      for (let i = 0; i < accountIds.length; i++) {
        appender.appendVarchar(target.platform);
        appender.appendVarchar(target.windowKey);
        appender.appendVarchar(accountIds[i]!);
        const values = valuesOf(i);
        RESULT_COLUMNS.forEach(([, type], c) => {
          const v = values[c];
          if (v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v)))
            appender.appendNull();
          else if (type === 'boolean') appender.appendBoolean(Boolean(v));
          else if (type === 'integer') appender.appendInteger(Number(v));
          else if (type === 'double') appender.appendDouble(Number(v));
          else appender.appendVarchar(String(v));
        });
        appender.endRow();
      }
      appender.flushSync();
    } finally {
      appender.closeSync();
    }
    await db.run(`INSERT INTO analysis_runs VALUES ($1, $2, $3, $4, $5, now()::TIMESTAMP, $6)`, [
      target.platform,
      target.windowKey,
      target.since,
      target.until,
      JSON.stringify(runsCovered),
      JSON.stringify(summary),
    ]);
  });
}

/** One account's stored result row joined with its handle; null when not analysed. */
export async function readAccountResult(
  db: Database,
  platform: string,
  windowKey: string,
  accountId: string,
): Promise<Record<string, unknown> | null> {
  const rows = await db.rows(
    `SELECT m.* FROM account_metrics m
     WHERE m.platform = $1 AND m.window_key = $2 AND m.account_id = $3`,
    [platform, windowKey, accountId],
  );
  return rows[0] ?? null;
}

export type TopBy = 'connection' | 'reach' | 'dialogue_partners';

const ORDER: Record<TopBy, string> = {
  connection: 'm.connection_rank ASC NULLS LAST, m.connection_pagerank DESC',
  reach: 'm.reach_rank ASC NULLS LAST',
  dialogue_partners: 'm.dialogue_partners DESC NULLS LAST, m.connection_rank ASC',
};

/**
 * The top accounts of a platform's window by one ranking (handles included); with `topic`, only
 * the accounts whose top advocacy topics (`advocacy_topics`, a JSON list) include it.
 */
export async function readTop(
  db: Database,
  platform: string,
  windowKey: string,
  by: TopBy,
  limit: number,
  topic?: string,
): Promise<Record<string, unknown>[]> {
  const onTopic =
    topic === undefined
      ? ''
      : `AND list_contains(from_json(m.advocacy_topics, '["VARCHAR"]'), $4::VARCHAR)`;
  return db.rows(
    `SELECT m.*, coalesce(a.handle, m.account_id) AS handle FROM account_metrics m
     LEFT JOIN (SELECT platform, id, any_value(handle) AS handle FROM accounts GROUP BY ALL) a
       ON a.platform = m.platform AND a.id = m.account_id
     WHERE m.platform = $1 AND m.window_key = $2 ${onTopic}
     ORDER BY ${ORDER[by]}, m.account_id LIMIT $3`,
    topic === undefined ? [platform, windowKey, limit] : [platform, windowKey, limit, topic],
  );
}
