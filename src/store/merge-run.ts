import type { Database } from './database.js';

export interface MergeResult {
  readonly imported: { accounts: number; posts: number; interactions: number };
  /** Records that added at least one new key. */
  readonly importedRecords: number;
  /** Records that added nothing new but changed some stored content. */
  readonly updated: number;
}

const ms = (column: string) =>
  `CASE WHEN ${column} IS NULL THEN NULL ELSE epoch_ms(CAST(round(${column}) AS BIGINT)) END`;
const list = (column: string) =>
  `CASE WHEN ${column} IS NULL THEN []::VARCHAR[] ELSE string_split(${column}, chr(31)) END`;
const int = (column: string) => `CAST(${column} AS BIGINT)`;

/**
 * The status of each staged row against the store: 2 = a new key (its first occurrence in the
 * run), 1 = different content for a key already stored (or seen earlier in the run), 0 = the same.
 * `h` is the row's content hash; the latest occurrence of a key in the run is what is written.
 */
function classify(stage: string, main: string, keys: string[], hashExpr: string): string {
  const partition = keys.join(', ');
  const join = keys.map((k) => `m.${k} = o.${k}`).join(' AND ');
  return `
WITH s AS (SELECT *, ${hashExpr} AS h FROM ${stage} WHERE run_id = $1),
o AS (
  SELECT s.*,
    row_number() OVER (PARTITION BY ${partition} ORDER BY rec) AS occ,
    first_value(h) OVER (PARTITION BY ${partition} ORDER BY rec) AS first_h,
    row_number() OVER (PARTITION BY ${partition} ORDER BY rec DESC) AS latest
  FROM s
)
SELECT o.*, m.content_hash AS old_h,
  CASE
    WHEN m.content_hash IS NULL THEN (CASE WHEN occ = 1 THEN 2 WHEN h = first_h THEN 0 ELSE 1 END)
    WHEN h = m.content_hash THEN 0 ELSE 1
  END AS status
FROM o LEFT JOIN ${main} m ON ${join}`;
}

/**
 * Merges a run's staging rows into the model in one transaction, clears them, and counts what
 * each input record did.
 */
export async function mergeRun(db: Database, runId: number): Promise<MergeResult> {
  return db.transaction(async () => {
    const p = [runId];
    // --- posts
    await db.run(
      `CREATE OR REPLACE TEMP TABLE m_posts AS ${classify(
        'stage_posts',
        'posts',
        ['platform', 'id'],
        `hash(author_id, created_ms, time_is_local, kind, root_id, parent_id, parent_is_comment,
              title, text, hashtags, links, language, visibility, venue, like_count,
              repost_count, reply_count, view_count)`,
      )}`,
      p,
    );
    await db.run(
      `DELETE FROM posts USING m_posts m
       WHERE posts.platform = m.platform AND posts.id = m.id AND m.latest = 1 AND m.old_h IS NOT NULL AND m.h <> m.old_h`,
    );
    await db.run(
      `INSERT INTO posts SELECT platform, id, author_id, ${ms('created_ms')}, time_is_local, kind,
         root_id, parent_id, parent_is_comment, title, text, ${list('hashtags')}, ${list('links')},
         language, visibility, venue, ${int('like_count')}, ${int('repost_count')},
         ${int('reply_count')}, ${int('view_count')}, h, run_id, source_file, source_line,
         ${int('source_offset')}
       FROM m_posts WHERE latest = 1 AND (old_h IS NULL OR h <> old_h)`,
    );
    // --- interactions
    await db.run(
      `CREATE OR REPLACE TEMP TABLE m_interactions AS ${classify(
        'stage_interactions',
        'interactions',
        ['platform', 'key'],
        `hash(kind, actor_id, target_account_id, target_post_id, at_ms, time_is_local)`,
      )}`,
      p,
    );
    await db.run(
      `DELETE FROM interactions USING m_interactions m
       WHERE interactions.platform = m.platform AND interactions.key = m.key AND m.latest = 1
         AND m.old_h IS NOT NULL AND m.h <> m.old_h`,
    );
    await db.run(
      `INSERT INTO interactions SELECT platform, key, kind, actor_id, target_account_id,
         target_post_id, ${ms('at_ms')}, time_is_local, h, run_id, source_file, source_line,
         ${int('source_offset')}
       FROM m_interactions WHERE latest = 1 AND (old_h IS NULL OR h <> old_h)`,
    );
    // --- profile snapshots
    await db.run(
      `CREATE OR REPLACE TEMP TABLE m_snapshots AS ${classify(
        '(SELECT *, epoch_ms(CAST(round(observed_ms) AS BIGINT)) AS observed_at FROM stage_snapshots)',
        'profile_snapshots',
        ['platform', 'account_id', 'observed_at'],
        `hash(observed_is_local, followers, following, posts)`,
      )}`,
      p,
    );
    await db.run(
      `DELETE FROM profile_snapshots USING m_snapshots m
       WHERE profile_snapshots.platform = m.platform AND profile_snapshots.account_id = m.account_id
         AND profile_snapshots.observed_at = m.observed_at AND m.latest = 1
         AND m.old_h IS NOT NULL AND m.h <> m.old_h`,
    );
    await db.run(
      `INSERT INTO profile_snapshots SELECT platform, account_id, observed_at, observed_is_local,
         ${int('followers')}, ${int('following')}, ${int('posts')}, h, run_id, source_file,
         source_line, ${int('source_offset')}
       FROM m_snapshots WHERE latest = 1 AND (old_h IS NULL OR h <> old_h)`,
    );
    // --- accounts: a later observation fills or replaces fields; it never blanks one.
    await db.run(
      `CREATE OR REPLACE TEMP TABLE m_accounts AS
       WITH o AS (
         SELECT s.*,
           row_number() OVER w AS occ,
           first_value(handle) OVER w AS f_handle,
           first_value(display_name) OVER w AS f_display_name,
           first_value(bio) OVER w AS f_bio,
           first_value(is_self_identified_professional) OVER w AS f_prof
         FROM stage_accounts s WHERE run_id = $1
         WINDOW w AS (PARTITION BY platform, id ORDER BY rec)
       )
       SELECT o.*, m.id IS NOT NULL AS existed,
         CASE
           WHEN m.id IS NULL AND occ = 1 THEN 2
           WHEN m.id IS NULL THEN (CASE WHEN o.handle = f_handle
               AND (o.display_name IS NULL OR o.display_name IS NOT DISTINCT FROM f_display_name)
               AND (o.bio IS NULL OR o.bio IS NOT DISTINCT FROM f_bio)
               AND (o.is_self_identified_professional IS NULL OR o.is_self_identified_professional IS NOT DISTINCT FROM f_prof)
             THEN 0 ELSE 1 END)
           WHEN o.handle = m.handle
               AND (o.display_name IS NULL OR o.display_name IS NOT DISTINCT FROM m.display_name)
               AND (o.bio IS NULL OR o.bio IS NOT DISTINCT FROM m.bio)
               AND (o.is_self_identified_professional IS NULL OR o.is_self_identified_professional IS NOT DISTINCT FROM m.is_self_identified_professional)
             THEN 0
           ELSE 1
         END AS status
       FROM o LEFT JOIN accounts m ON m.platform = o.platform AND m.id = o.id`,
      p,
    );
    await db.run(
      `CREATE OR REPLACE TEMP TABLE f_accounts AS
       SELECT s.platform, s.id,
         arg_max(s.handle, s.rec) AS handle,
         arg_max(s.display_name, s.rec) FILTER (WHERE s.display_name IS NOT NULL) AS display_name,
         arg_max(s.bio, s.rec) FILTER (WHERE s.bio IS NOT NULL) AS bio,
         arg_max(s.is_self_identified_professional, s.rec) FILTER (WHERE s.is_self_identified_professional IS NOT NULL) AS prof,
         min(s.source_file) AS source_file, min(s.source_line) AS source_line,
         min(s.source_offset) AS source_offset, max(s.status) AS status
       FROM m_accounts s GROUP BY s.platform, s.id HAVING max(s.status) > 0`,
    );
    await db.run(
      `CREATE OR REPLACE TEMP TABLE n_accounts AS
       SELECT f.platform, f.id, f.handle, coalesce(f.display_name, a.display_name) AS display_name,
         coalesce(f.bio, a.bio) AS bio, coalesce(f.prof, a.is_self_identified_professional) AS prof,
         coalesce(a.run_id, $1) AS run_id, coalesce(a.source_file, f.source_file) AS source_file,
         coalesce(a.source_line, f.source_line) AS source_line,
         coalesce(a.source_offset, ${int('f.source_offset')}) AS source_offset
       FROM f_accounts f LEFT JOIN accounts a ON a.platform = f.platform AND a.id = f.id`,
      p,
    );
    await db.run(
      `DELETE FROM accounts USING n_accounts n WHERE accounts.platform = n.platform AND accounts.id = n.id`,
    );
    await db.run(
      `INSERT INTO accounts SELECT platform, id, handle, display_name, bio, prof, run_id,
         source_file, source_line, source_offset FROM n_accounts`,
    );
    // --- quarantine: keyed by content hash and position, so the same bytes add nothing.
    await db.run(
      `INSERT INTO quarantine
       SELECT platform, file, line, ${int('byte_offset')}, reason, content_hash, run_id FROM (
         SELECT s.*, row_number() OVER (PARTITION BY platform, content_hash, line, byte_offset ORDER BY rec) AS occ
         FROM stage_quarantine s WHERE run_id = $1
       ) s
       WHERE occ = 1 AND NOT EXISTS (
         SELECT 1 FROM quarantine q WHERE q.platform = s.platform AND q.content_hash = s.content_hash
           AND q.line IS NOT DISTINCT FROM s.line
           AND q.byte_offset IS NOT DISTINCT FROM ${int('s.byte_offset')})`,
      p,
    );
    // --- what each record did: its most consequential item decides.
    const outcome = await db.rows(
      `WITH st AS (
         SELECT rec, status FROM m_posts UNION ALL SELECT rec, status FROM m_interactions
         UNION ALL SELECT rec, status FROM m_snapshots UNION ALL SELECT rec, status FROM m_accounts
       ), per AS (SELECT rec, max(status) AS status FROM st GROUP BY rec)
       SELECT
         (SELECT count(*) FROM per WHERE status = 2) AS imported_records,
         (SELECT count(*) FROM per WHERE status = 1) AS updated,
         (SELECT count(*) FROM m_accounts WHERE status = 2) AS accounts,
         (SELECT count(*) FROM m_posts WHERE status = 2) AS posts,
         (SELECT count(*) FROM m_interactions WHERE status = 2) AS interactions`,
    );
    const row = outcome[0]!;
    for (const table of [
      'm_posts',
      'm_interactions',
      'm_snapshots',
      'm_accounts',
      'f_accounts',
      'n_accounts',
    ]) {
      await db.run(`DROP TABLE IF EXISTS ${table}`);
    }
    for (const table of [
      'stage_accounts',
      'stage_snapshots',
      'stage_posts',
      'stage_interactions',
      'stage_quarantine',
    ]) {
      await db.run(`DELETE FROM ${table} WHERE run_id = $1`, p);
    }
    return {
      imported: {
        accounts: Number(row.accounts),
        posts: Number(row.posts),
        interactions: Number(row.interactions),
      },
      importedRecords: Number(row.imported_records),
      updated: Number(row.updated),
    };
  });
}
