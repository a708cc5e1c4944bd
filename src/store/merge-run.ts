import { listValue, type DuckDBListValue } from '@duckdb/node-api';
import type { Database } from './database.js';
import { DERIVED_REPLY_POSTS, stagedRows, type StagedFile, type StagingTable } from './staging.js';

/** The steps of a merge, in order, as `mergeRun` reports them. */
export const MERGE_STEPS = [
  'classifying posts',
  'writing posts',
  'classifying interactions',
  'writing interactions',
  'writing profile snapshots',
  'writing accounts',
  'writing quarantine',
  'committing',
] as const;
export type MergeStep = (typeof MERGE_STEPS)[number];

export interface MergeResult {
  readonly imported: { accounts: number; posts: number; interactions: number };
  /** Records that added at least one new key. */
  readonly importedRecords: number;
  /** Records that added nothing new but changed some stored content. */
  readonly updated: number;
}

/** The largest time, in epoch milliseconds either side of 1970, a JS Date can hold. */
const MAX_DATE_MS = 8.64e15;

/**
 * A staged time in epoch milliseconds as a TIMESTAMP. Importers check the times they read; one
 * beyond what a JS Date can hold (±8.64e15 ms, year 275760) that still got through is NULL, an
 * unknown time, rather than a conversion error that would fail the whole run.
 */
const ms = (column: string) =>
  `CASE WHEN abs(${column}) <= ${MAX_DATE_MS} THEN epoch_ms(CAST(round(${column}) AS BIGINT)) END`;
const list = (column: string) =>
  `CASE WHEN ${column} IS NULL THEN []::VARCHAR[] ELSE string_split(${column}, chr(31)) END`;
/** A staged number as BIGINT; one beyond its range (a garbage count) is NULL, not an error. */
const int = (column: string) => `TRY_CAST(${column} AS BIGINT)`;

interface Keyed {
  /** The staging table's rows as a table expression (its files' paths bound as `$1`). */
  readonly stage: string;
  /** The staging files' paths. */
  readonly files: DuckDBListValue;
  /** The model table. */
  readonly main: string;
  /** The natural key columns (in both tables). */
  readonly keys: readonly string[];
  /** A staging-row expression for the key columns, when they are computed (snapshots' time). */
  readonly keyExprs?: Readonly<Record<string, string>>;
  /** The content hash of a staging row. */
  readonly hash: string;
  /**
   * A staging-row condition: the row also stands for an interaction the store reads from it
   * (`DERIVED_REPLY_POSTS`), kept as `dr` (1 or 0) in the classes to count it. Default: none.
   */
  readonly derived?: string;
  /**
   * Whether a platform's first import is classified from the staged rows' keys alone
   * (`classifyFirstByKeys`): the staging files are Parquet, so only those columns are read.
   */
  readonly byKeys?: boolean;
}

/**
 * The rows of `rows` (by default `k`: `rid`, `rec`, the key, `h`) with, per key (`partition`):
 * `occ`, the row's occurrence number in input order, `first_h`, the first occurrence's hash,
 * and `n`, the occurrences in all. One sort: the last occurrence is the one whose number is
 * the count.
 */
const occurrences = (partition: string, rows = 'k') =>
  `SELECT ${rows}.*, row_number() OVER w AS occ, first_value(h) OVER w AS first_h,
     count(*) OVER (PARTITION BY ${partition}) AS n
   FROM ${rows}
   WINDOW w AS (PARTITION BY ${partition} ORDER BY rec)`;

/**
 * `latest` and `status` (see `classify`) of a row of `occurrences` when nothing of its key is
 * stored: the first occurrence is new, a later one the same as the first or changed.
 */
const RUN_CLASS = `CASE WHEN occ = n THEN 1 ELSE 0 END AS latest,
  CASE WHEN occ = 1 THEN 2 WHEN h = first_h THEN 0 ELSE 1 END AS status`;

/**
 * Classifies every staged row of a keyed table into a narrow TEMP table `c_<main>`:
 * `rid` (the staging row's `sid`), `rec` (its input record), `h`, `dr` (see `Keyed.derived`),
 * `latest` (1 for the last occurrence of its key in the run) and `status`: 2 = a new key (its
 * first occurrence), 1 = different content for a key already stored or seen earlier in the run,
 * 0 = the same. Only keys and hashes are windowed and joined, never the wide rows (texts are
 * copied once, on insert). Returns true when it is known without counting that every staged row
 * is to be written (see `classifyFirstByKeys`).
 */
async function classify(db: Database, spec: Keyed, platform: string): Promise<boolean> {
  if (await isFirstOfPlatform(db, spec, platform)) {
    if (spec.byKeys) return classifyFirstByKeys(db, spec, platform);
    await classifyFirst(db, spec, platform);
    return false;
  }
  const keyExpr = (k: string) => spec.keyExprs?.[k] ?? k;
  const keyCols = spec.keys.map((k) => `${keyExpr(k)} AS ${k}`).join(', ');
  const partition = spec.keys.join(', ');
  const join = spec.keys.map((k) => `m.${k} = o.${k}`).join(' AND ');
  await db.run(
    `CREATE OR REPLACE TEMP TABLE c_${spec.main} AS
     WITH k AS (SELECT sid AS rid, rec, ${keyCols}, ${spec.hash} AS h, ${dr(spec)} AS dr
       FROM ${spec.stage}),
     o AS (${occurrences(partition)})
     SELECT o.rid, o.rec, ${spec.keys.map((k) => `o.${k}`).join(', ')}, o.h, o.dr,
       CASE WHEN o.occ = o.n THEN 1 ELSE 0 END AS latest,
       m.content_hash AS old_h,
       CASE
         WHEN m.content_hash IS NULL THEN (CASE WHEN occ = 1 THEN 2 WHEN h = first_h THEN 0 ELSE 1 END)
         WHEN h = m.content_hash THEN 0 ELSE 1
       END AS status
     FROM o LEFT JOIN (SELECT ${partition}, content_hash FROM ${spec.main}) m ON ${join}`,
    [spec.files],
  );
  // Changed keys: the stored row gives way to the run's latest observation.
  await db.run(
    `DELETE FROM ${spec.main} USING c_${spec.main} c
     WHERE ${spec.keys.map((k) => `${spec.main}.${k} = c.${k}`).join(' AND ')}
       AND c.latest = 1 AND c.old_h IS NOT NULL AND c.h <> c.old_h`,
  );
  return false;
}

/** `Keyed.derived` as 1 or 0. */
const dr = (spec: Keyed) => (spec.derived ? `(${spec.derived})::INTEGER` : '0');

/**
 * Whether the model table holds nothing of the run's platform, for a table keyed by
 * `(platform, <one string>)` such as posts and interactions: the common first import of a dump.
 */
async function isFirstOfPlatform(db: Database, spec: Keyed, platform: string): Promise<boolean> {
  if (spec.keys.length !== 2 || spec.keys[0] !== 'platform' || spec.keyExprs) return false;
  const stored = await db.value(`SELECT EXISTS (SELECT 1 FROM ${spec.main} WHERE platform = $1)`, [
    platform,
  ]);
  return stored === false;
}

/**
 * `classify` when nothing of the platform is stored: there is nothing to join or replace, and
 * the run's occurrences of a key are told apart by the key's 128-bit MD5 instead of the string
 * itself. Windowing a long string key (a Bluesky interaction's is about 100 bytes) carries it
 * through the sort; its hash costs half as much (0.82–0.85 s against 1.38–1.44 s for the 900k
 * interactions of the Jetstream bench). Two different keys of one run would have to share an
 * MD5 to be taken for one: about 2^-69 for a billion keys. DuckDB's own 64-bit `hash()` is
 * no substitute: it maps the 896,773 distinct keys of that bench to 896,640 values. Only the
 * rows of a key seen more than once in the run are windowed; a key seen once is new and the
 * run's latest, found by grouping, which needs no sort (the 1M posts of the Reddit bench
 * 0.78–0.83 s against 0.95–0.98 s; the 350k posts of the Jetstream bench 0.27 s against
 * 0.52–0.56 s; three runs each, the same classes). Every row must be of the run's platform, or
 * the statement fails rather than classify it.
 */
async function classifyFirst(db: Database, spec: Keyed, platform: string): Promise<void> {
  const key = spec.keys[1]!;
  await db.run(
    `CREATE OR REPLACE TEMP TABLE c_${spec.main} AS
     WITH k AS MATERIALIZED (
       SELECT sid AS rid, rec, ${spec.hash} AS h, ${dr(spec)} AS dr,
         CASE WHEN platform = $2 THEN md5_number(${key})
           ELSE error('a staged row is not of the platform being imported') END AS kh
       FROM ${spec.stage}
     ),
     repeated AS (SELECT kh FROM k GROUP BY kh HAVING count(*) > 1),
     kr AS (SELECT * FROM k SEMI JOIN repeated r ON k.kh = r.kh),
     o AS (${occurrences('kh', 'kr')})
     SELECT rid, rec, h, dr, ${RUN_CLASS}, NULL::UBIGINT AS old_h
     FROM o
     UNION ALL
     SELECT rid, rec, h, dr, 1 AS latest, 2 AS status, NULL::UBIGINT AS old_h
     FROM k ANTI JOIN repeated r ON k.kh = r.kh`,
    [spec.files, platform],
  );
}

/**
 * `classifyFirst` from the run's keys alone: every row is a new key and the run's latest, except
 * where a key occurs more than once in the run (in most dumps, nowhere). Only the key columns of
 * the staging files are read (they are Parquet), and only the rows of a repeated key are hashed
 * and windowed, where `classifyFirst` reads and hashes every wide row. The content hash of a row
 * of a key seen once stays NULL: on a first import nothing stored is compared with it.
 *
 * Where no key repeats, `c_<main>` is a view over those columns, not a table: every row's class
 * is known without writing them all down (the Reddit bench's posts classified and counted in
 * 0.40 s against 0.57 s with the table, one traced import each). Returns whether it is so: every
 * staged row is then new, and written.
 */
async function classifyFirstByKeys(db: Database, spec: Keyed, platform: string): Promise<boolean> {
  const key = spec.keys[1]!;
  // the staged rows' key columns, their files' paths bound as `param`
  const keys = (param: string) =>
    `(SELECT sid, rec, platform, ${key}, ${dr(spec)} AS dr FROM ${stagedRows(param)})`;
  const c = `c_${spec.main}`;
  const r = `r_${spec.main}`;
  await db.run(
    `CREATE OR REPLACE TEMP TABLE ${r} AS
     SELECT ${key} AS kv FROM ${keys('$1')}
     WHERE CASE WHEN platform = $2 THEN true
       ELSE error('a staged row is not of the platform being imported') END
     GROUP BY ${key} HAVING count(*) > 1`,
    [spec.files, platform],
  );
  const repeated = Number(await db.value(`SELECT count(*) FROM ${r}`)) > 0;
  const classes = (from: string) =>
    `SELECT sid AS rid, rec, NULL::UBIGINT AS h, dr, 1 AS latest, NULL::UBIGINT AS old_h,
       2 AS status
     FROM ${from}`;
  if (!repeated) {
    await db.run(`DROP TABLE ${r}`);
    // the staging files' paths as a session variable: a view cannot hold a bound parameter
    await db.run(`SET VARIABLE ${keysVariable(spec.main)} = $1`, [spec.files]);
    await db.run(
      `CREATE OR REPLACE TEMP VIEW ${c} AS
       ${classes(keys(`getvariable('${keysVariable(spec.main)}')`))}`,
    );
    return true;
  }
  await db.run(`CREATE OR REPLACE TEMP TABLE ${c} AS ${classes(keys('$1'))}`, [spec.files]);
  // the rows of repeated keys, hashed (after the join: only they are) and numbered
  await db.run(
    `CREATE OR REPLACE TEMP TABLE o_${spec.main} AS
     WITH kr AS (
       SELECT k.rid, k.rec, k.kv, ${spec.hash} AS h
       FROM ${spec.stage} JOIN (
         SELECT sid AS rid, rec, ${key} AS kv FROM ${keys('$1')}
         WHERE ${key} IN (SELECT kv FROM ${r})
       ) k ON sid = k.rid
     ), o AS (${occurrences('kv', 'kr')})
     SELECT rid, h, ${RUN_CLASS}
     FROM o`,
    [spec.files],
  );
  await db.run(
    `UPDATE ${c} SET h = o.h, latest = o.latest, status = o.status
     FROM o_${spec.main} o WHERE ${c}.rid = o.rid`,
  );
  await db.run(`DROP TABLE o_${spec.main}`);
  await db.run(`DROP TABLE ${r}`);
  return false;
}

/** The session variable that holds a view's staging files (see `classifyFirstByKeys`). */
const keysVariable = (main: string) => `rapport_keys_${main}`;

/** A class row (`c_<main>`) that is not written: an earlier occurrence, or content already stored. */
const NOT_WRITTEN = `NOT (latest = 1 AND (old_h IS NULL OR h <> old_h))`;

/**
 * The staged rows to write (`s`): the latest occurrence of each new or changed key. The rows not
 * to write (earlier occurrences of a key, content already stored) are left out by their row
 * number, an anti-join whose build side is only those rows: on a first import a handful, where
 * joining every row to its class carried the wide rows through a hash join (for the 900k
 * interactions of the Jetstream bench 2.1–2.3 s against 1.7 s, three runs each). Where there
 * are none (a first import without a repeated key) the rows are read with no filter at all: the
 * insert then stores the staging file's row groups as they are (the 1M posts of the Reddit
 * bench 2.55–2.72 s against 3.14–3.20 s with the empty anti-join, two runs each). The content
 * hash is taken again from the row, by the expression the classification used.
 */
async function toWrite(
  db: Database,
  stage: string,
  main: string,
  allWritten = false,
): Promise<string> {
  if (allWritten) return `${stage} s`;
  const skipped = await db.value(`SELECT count(*) FROM c_${main} WHERE ${NOT_WRITTEN}`);
  if (Number(skipped) === 0) return `${stage} s`;
  return `${stage} s WHERE s.sid NOT IN (SELECT rid FROM c_${main} WHERE ${NOT_WRITTEN})`;
}

/**
 * The content hash of a staged row of each keyed table (a model row's `content_hash`). The
 * `interactions` view (migration 4) gives a Reddit comment's reply the one `interactions` would.
 */
export const HASH = {
  posts: `hash(author_id, created_ms, time_is_local, kind::VARCHAR, root_id, parent_id, parent_is_comment,
            title, text, hashtags, links, language, visibility::VARCHAR, venue, like_count,
            repost_count, reply_count, view_count)`,
  interactions: `hash(kind::VARCHAR, actor_id, target_account_id, target_post_id, at_ms, time_is_local)`,
  profile_snapshots: `hash(observed_is_local, followers, following, posts)`,
} as const;

/**
 * Merges the run's staging files into the model in one transaction and counts what each input
 * record did (its most consequential item decides).
 */
export async function mergeRun(
  db: Database,
  runId: number,
  platform: string,
  staged: Readonly<Record<StagingTable, readonly StagedFile[]>>,
  onStep: (step: MergeStep) => void = () => undefined,
): Promise<MergeResult> {
  // Every short row group last (the staging files' tails, `ParquetAppender.close`): DuckDB's
  // insert then stores them with the others. A short row group between whole ones is stored as
  // it is, and the checkpoint that closes the store merges it with its neighbours again, writing
  // them anew: the 350k posts of the Jetstream bench from two readers, short groups of 47k and
  // 58k rows between whole ones, took 0.84–1.19 s to checkpoint in four of five imports, 32 ms in
  // the fifth (`pragma_storage_info` before and after); with the tails last, 26–30 ms in five of
  // five. (Files written by DuckDB alike: 0.66–1.03 s with each file's short group at its end,
  // 6–11 ms with the short groups in files of their own.)
  const file = (table: StagingTable) =>
    listValue(
      [...staged[table].filter((f) => !f.tail), ...staged[table].filter((f) => f.tail)].map(
        (f) => f.file,
      ),
    );
  // Classifies a staging table's rows against its model table (see `classify`).
  const classifyStaged = (table: StagingTable, spec: Omit<Keyed, 'stage' | 'files'>) =>
    classify(db, { stage: stagedRows('$1'), files: file(table), ...spec }, platform);
  return db.transaction(async () => {
    // --- posts
    onStep('classifying posts');
    const allPostsWritten = await classifyStaged('stage_posts', {
      main: 'posts',
      keys: ['platform', 'id'],
      hash: HASH.posts,
      derived: DERIVED_REPLY_POSTS,
      byKeys: true,
    });
    onStep('writing posts');
    await db.run(
      `INSERT INTO posts SELECT s.platform, s.id, s.author_id, ${ms('s.created_ms')},
         s.time_is_local, s.kind, s.root_id, s.parent_id, s.parent_is_comment, s.title, s.text,
         ${list('s.hashtags')}, ${list('s.links')}, s.language, s.visibility, s.venue,
         ${int('s.like_count')}, ${int('s.repost_count')}, ${int('s.reply_count')},
         ${int('s.view_count')}, ${HASH.posts}, $1, s.source_file, s.source_line, ${int('s.source_offset')}
       FROM ${await toWrite(db, stagedRows('$2'), 'posts', allPostsWritten)}`,
      [runId, file('stage_posts')],
    );
    // --- interactions
    onStep('classifying interactions');
    await classifyStaged('stage_interactions', {
      main: 'interaction_rows',
      keys: ['platform', 'key'],
      hash: HASH.interactions,
    });
    onStep('writing interactions');
    await db.run(
      `INSERT INTO interaction_rows SELECT s.platform, s.key, s.kind, s.actor_id, s.target_account_id,
         s.target_post_id, ${ms('s.at_ms')}, s.time_is_local, ${HASH.interactions}, $1, s.source_file,
         s.source_line, ${int('s.source_offset')}
       FROM ${await toWrite(db, stagedRows('$2'), 'interaction_rows')}`,
      [runId, file('stage_interactions')],
    );
    // --- profile snapshots
    onStep('writing profile snapshots');
    await classifyStaged('stage_snapshots', {
      main: 'profile_snapshots',
      keys: ['platform', 'account_id', 'observed_at'],
      keyExprs: { observed_at: ms('observed_ms') },
      hash: HASH.profile_snapshots,
    });
    await db.run(
      `INSERT INTO profile_snapshots SELECT s.platform, s.account_id, ${ms('s.observed_ms')},
         s.observed_is_local, ${int('s.followers')}, ${int('s.following')}, ${int('s.posts')},
         ${HASH.profile_snapshots}, $1, s.source_file, s.source_line, ${int('s.source_offset')}
       FROM ${await toWrite(db, stagedRows('$2'), 'profile_snapshots')}`,
      [runId, file('stage_snapshots')],
    );
    // --- accounts: a later observation fills or replaces fields; it never blanks one. Read
    // twice below, so loaded once (a run stages each account again only when its fields change).
    onStep('writing accounts');
    await db.run(
      `CREATE OR REPLACE TEMP TABLE stage_accounts AS SELECT * FROM ${stagedRows('$1')}`,
      [file('stage_accounts')],
    );
    await db.run(
      `CREATE OR REPLACE TEMP TABLE c_accounts AS
       WITH o AS (
         SELECT s.rec, s.platform, s.id, s.handle, s.display_name, s.bio,
           s.is_self_identified_professional AS prof,
           row_number() OVER w AS occ,
           first_value(s.handle) OVER w AS f_handle,
           first_value(s.display_name) OVER w AS f_display_name,
           first_value(s.bio) OVER w AS f_bio,
           first_value(s.is_self_identified_professional) OVER w AS f_prof
         FROM stage_accounts s
         WINDOW w AS (PARTITION BY s.platform, s.id ORDER BY s.rec)
       )
       SELECT o.rec, o.platform, o.id,
         CASE
           WHEN m.id IS NULL AND occ = 1 THEN 2
           WHEN m.id IS NULL THEN (CASE WHEN o.handle = f_handle
               AND (o.display_name IS NULL OR o.display_name IS NOT DISTINCT FROM f_display_name)
               AND (o.bio IS NULL OR o.bio IS NOT DISTINCT FROM f_bio)
               AND (o.prof IS NULL OR o.prof IS NOT DISTINCT FROM f_prof)
             THEN 0 ELSE 1 END)
           WHEN (o.handle = m.handle OR o.handle = o.id)
               AND (o.display_name IS NULL OR o.display_name IS NOT DISTINCT FROM m.display_name)
               AND (o.bio IS NULL OR o.bio IS NOT DISTINCT FROM m.bio)
               AND (o.prof IS NULL OR o.prof IS NOT DISTINCT FROM m.is_self_identified_professional)
             THEN 0
           ELSE 1
         END AS status
       FROM o LEFT JOIN accounts m ON m.platform = o.platform AND m.id = o.id`,
    );
    await db.run(
      `CREATE OR REPLACE TEMP TABLE n_accounts AS
       WITH f AS (
         SELECT s.platform, s.id,
           -- A bare id is a handle only until a real one is seen (follower lists name no one).
           coalesce(arg_max(s.handle, s.rec) FILTER (WHERE s.handle <> s.id), arg_max(s.handle, s.rec)) AS handle,
           arg_max(s.display_name, s.rec) FILTER (WHERE s.display_name IS NOT NULL) AS display_name,
           arg_max(s.bio, s.rec) FILTER (WHERE s.bio IS NOT NULL) AS bio,
           arg_max(s.is_self_identified_professional, s.rec)
             FILTER (WHERE s.is_self_identified_professional IS NOT NULL) AS prof,
           arg_min(s.source_file, s.rec) AS source_file, arg_min(s.source_line, s.rec) AS source_line,
           arg_min(s.source_offset, s.rec) AS source_offset
         FROM stage_accounts s
         WHERE (s.platform, s.id) IN (SELECT platform, id FROM c_accounts WHERE status > 0)
         GROUP BY s.platform, s.id
       )
       SELECT f.platform, f.id,
         CASE WHEN f.handle = f.id AND a.handle IS NOT NULL THEN a.handle ELSE f.handle END AS handle,
         coalesce(f.display_name, a.display_name) AS display_name,
         coalesce(f.bio, a.bio) AS bio, coalesce(f.prof, a.is_self_identified_professional) AS prof,
         coalesce(a.run_id, $1) AS run_id, coalesce(a.source_file, f.source_file) AS source_file,
         coalesce(a.source_line, f.source_line) AS source_line,
         coalesce(a.source_offset, ${int('f.source_offset')}) AS source_offset
       FROM f LEFT JOIN accounts a ON a.platform = f.platform AND a.id = f.id`,
      [runId],
    );
    await db.run(
      `DELETE FROM accounts USING n_accounts n WHERE accounts.platform = n.platform AND accounts.id = n.id`,
    );
    await db.run(
      `INSERT INTO accounts SELECT platform, id, handle, display_name, bio, prof, run_id,
         source_file, source_line, source_offset FROM n_accounts`,
    );
    // --- quarantine: keyed by content hash and position, so the same bytes add nothing.
    onStep('writing quarantine');
    await db.run(
      `INSERT INTO quarantine
       SELECT platform, file, line, ${int('byte_offset')}, reason, content_hash, $1 FROM (
         SELECT s.*, row_number() OVER (PARTITION BY platform, content_hash, line, byte_offset ORDER BY rec) AS occ
         FROM ${stagedRows('$2')} s
       ) s
       WHERE occ = 1 AND NOT EXISTS (
         SELECT 1 FROM quarantine q WHERE q.platform = s.platform AND q.content_hash = s.content_hash
           AND q.line IS NOT DISTINCT FROM s.line
           AND q.byte_offset IS NOT DISTINCT FROM ${int('s.byte_offset')})`,
      [runId, file('stage_quarantine')],
    );
    // --- what each record did: its most consequential item decides.
    const outcome = await db.rows(
      `WITH st AS (
         SELECT rec, status FROM c_posts UNION ALL SELECT rec, status FROM c_interaction_rows
         UNION ALL SELECT rec, status FROM c_profile_snapshots UNION ALL SELECT rec, status FROM c_accounts
       ), per AS (SELECT rec, max(status) AS status FROM st GROUP BY rec)
       SELECT
         (SELECT count(*) FROM per WHERE status = 2) AS imported_records,
         (SELECT count(*) FROM per WHERE status = 1) AS updated,
         (SELECT count(*) FROM c_accounts WHERE status = 2) AS accounts,
         (SELECT count(*) FROM c_posts WHERE status = 2) AS posts,
         -- new stored interactions, and new posts the view reads a reply from
         (SELECT count(*) FROM c_interaction_rows WHERE status = 2)
           + (SELECT count(*) FROM c_posts WHERE status = 2 AND dr = 1) AS interactions`,
    );
    const row = outcome[0]!;
    // the posts' classes are a view when no key repeated (see `classifyFirstByKeys`)
    await db.run(allPostsWritten ? `DROP VIEW c_posts` : `DROP TABLE IF EXISTS c_posts`);
    if (allPostsWritten) await db.run(`RESET VARIABLE ${keysVariable('posts')}`);
    for (const table of [
      'c_interaction_rows',
      'c_profile_snapshots',
      'c_accounts',
      'n_accounts',
      'stage_accounts',
    ]) {
      await db.run(`DROP TABLE IF EXISTS ${table}`);
    }
    onStep('committing');
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
