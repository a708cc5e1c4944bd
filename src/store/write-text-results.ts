// Persists the text classifiers' results (migration 3): topics and self-promotion into public
// tables, crisis signals into the private `crisis_signals`, and per post the classifier version
// and content hash that produced them, so a later run classifies only new or changed posts.
// Write-only: reading crisis signals back is `queries/crisis-signals.ts`, the owner's inbox.
import type { DuckDBAppender } from '@duckdb/node-api';
import type { Database } from './database.js';

/** One post waiting for classification. */
export interface PostToClassify {
  /** Position in this run's queue (1-based); batches are read in order of it. */
  readonly n: number;
  readonly platform: string;
  readonly postId: string;
  readonly contentHash: string;
  readonly text: string;
}

export interface PostTextResult {
  readonly platform: string;
  readonly postId: string;
  readonly contentHash: string;
  readonly languageSupported: boolean;
  readonly topics: readonly { topic: string; score: number; evidence: unknown }[];
  /** Only stored when the score is above 0. */
  readonly selfPromotion: { score: number; evidence: unknown };
  /** Only `concern` and `urgent` are stored; null = no verdict (unsupported language). */
  readonly crisis: { level: string; rule: string | null; spans: unknown } | null;
}

const RESULT_TABLES = ['post_topics', 'post_self_promotion', 'crisis_signals'] as const;

/**
 * Starts a classification run: drops results of posts that are gone (erased) or whose text or
 * classifier version changed, then queues every post without a current result. Returns the
 * queue length.
 */
export async function startClassifyRun(db: Database, classifierVersion: string): Promise<number> {
  await db.transaction(async () => {
    await db.run(
      `CREATE OR REPLACE TEMP TABLE classify_stale AS
       SELECT c.platform, c.post_id FROM text_classified c
       LEFT JOIN posts p ON p.platform = c.platform AND p.id = c.post_id
       WHERE p.id IS NULL OR p.content_hash <> c.content_hash OR c.classifier_version <> $1`,
      [classifierVersion],
    );
    for (const table of [...RESULT_TABLES, 'text_classified'])
      await db.run(
        `DELETE FROM ${table} USING classify_stale s
         WHERE ${table}.platform = s.platform AND ${table}.post_id = s.post_id`,
      );
    // "handled" survives a new classifier version, not the post's erasure
    await db.run(
      `DELETE FROM crisis_handled WHERE NOT EXISTS (SELECT 1 FROM posts p
         WHERE p.platform = crisis_handled.platform AND p.id = crisis_handled.post_id)`,
    );
    await db.run(`DROP TABLE classify_stale`);
  });
  await db.run(
    `CREATE OR REPLACE TEMP TABLE classify_queue AS
     SELECT row_number() OVER (ORDER BY p.platform, p.id) AS n, p.platform, p.id,
       p.content_hash::VARCHAR AS content_hash, p.text
     FROM posts p ANTI JOIN text_classified c ON c.platform = p.platform AND c.post_id = p.id
     ORDER BY n`,
  );
  return Number(await db.value(`SELECT count(*) FROM classify_queue`));
}

/** The queued posts after position `after`, at most `limit` of them. */
export async function readClassifyBatch(
  db: Database,
  after: number,
  limit: number,
): Promise<PostToClassify[]> {
  const rows = await db.rows(
    `SELECT n, platform, id, content_hash, text FROM classify_queue
     WHERE n > $1 AND n <= $2 ORDER BY n`,
    [after, after + limit],
  );
  return rows.map((r) => ({
    n: Number(r.n),
    platform: String(r.platform),
    postId: String(r.id),
    contentHash: String(r.content_hash),
    text: String(r.text),
  }));
}

/** Writes one batch of results in one transaction, through appenders. */
export async function writeTextResults(
  db: Database,
  classifierVersion: string,
  results: readonly PostTextResult[],
): Promise<void> {
  await db.transaction(async () => {
    await append(db, 'text_classified', (a) => {
      for (const r of results) {
        a.appendVarchar(r.platform);
        a.appendVarchar(r.postId);
        a.appendUBigInt(BigInt(r.contentHash));
        a.appendVarchar(classifierVersion);
        a.appendBoolean(r.languageSupported);
        a.endRow();
      }
    });
    await append(db, 'post_topics', (a) => {
      for (const r of results)
        for (const t of r.topics) {
          a.appendVarchar(r.platform);
          a.appendVarchar(r.postId);
          a.appendVarchar(t.topic);
          a.appendDouble(t.score);
          a.appendVarchar(JSON.stringify(t.evidence));
          a.endRow();
        }
    });
    await append(db, 'post_self_promotion', (a) => {
      for (const r of results) {
        if (!(r.selfPromotion.score > 0)) continue;
        a.appendVarchar(r.platform);
        a.appendVarchar(r.postId);
        a.appendDouble(r.selfPromotion.score);
        a.appendVarchar(JSON.stringify(r.selfPromotion.evidence));
        a.endRow();
      }
    });
    await append(db, 'crisis_signals', (a) => {
      for (const r of results) {
        if (!r.crisis || r.crisis.level === 'none') continue;
        a.appendVarchar(r.platform);
        a.appendVarchar(r.postId);
        a.appendVarchar(r.crisis.level);
        if (r.crisis.rule === null) a.appendNull();
        else a.appendVarchar(r.crisis.rule);
        a.appendVarchar(JSON.stringify(r.crisis.spans));
        a.endRow();
      }
    });
  });
}

/** Drops the run's queue. */
export async function endClassifyRun(db: Database): Promise<void> {
  await db.run(`DROP TABLE IF EXISTS classify_queue`);
}

async function append(
  db: Database,
  table: string,
  fill: (appender: DuckDBAppender) => void,
): Promise<void> {
  const appender = await db.appender(table);
  try {
    fill(appender);
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
}
