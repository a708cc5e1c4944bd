// Reads one platform's window from the store into the metrics engine's typed arrays (SPEC §3,
// §9 "Metrics details"). DuckDB does the joins (a comment's parent and its author) and the
// per-account counts; rows are streamed chunk by chunk into typed arrays, never into objects.
import type { DuckDBDataChunk, DuckDBValue } from '@duckdb/node-api';
import type { Database } from '../database.js';

/** `[since, until)` in UTC; an open end is null. Null-time records count only when both are null. */
export interface MetricsWindow {
  readonly since: Date | null;
  readonly until: Date | null;
}

export interface PlatformInput {
  /** Account native ids by dense index. */
  readonly accountIds: string[];
  readonly comments: {
    readonly count: number;
    readonly author: Int32Array;
    readonly parent: Int32Array;
    readonly parentAuthor: Int32Array;
    readonly parentIsRoot: Uint8Array;
    readonly atMs: Float64Array;
  };
  readonly engagements: { count: number; target: Int32Array; actor: Int32Array };
  readonly follows: { count: number; target: Int32Array; actor: Int32Array };
  readonly followers: Float64Array;
  readonly following: Float64Array;
  readonly posts: Int32Array;
  readonly active: Uint8Array;
}

/** SQL for "this time is in the window"; binds `$2` (since) and `$3` (until). */
function inWindow(column: string, window: MetricsWindow): string {
  if (!window.since && !window.until) return 'true';
  return `(${column} IS NOT NULL AND ($2::TIMESTAMP IS NULL OR ${column} >= $2::TIMESTAMP) AND ($3::TIMESTAMP IS NULL OR ${column} < $3::TIMESTAMP))`;
}

function params(platform: string, window: MetricsWindow): DuckDBValue[] {
  const iso = (d: Date | null) => (d ? d.toISOString().replace('T', ' ').replace('Z', '') : null);
  return [platform, iso(window.since), iso(window.until)];
}

/** Reads every input of `computeMetrics` for one platform and window. */
export async function readMetricsInput(
  db: Database,
  platform: string,
  window: MetricsWindow,
): Promise<PlatformInput> {
  const p = params(platform, window);
  const bind = window.since || window.until ? p : p.slice(0, 1);
  // Dense account numbering: every account the platform knows of, in id order.
  await db.run(
    `CREATE OR REPLACE TEMP TABLE m_acc AS
     SELECT (row_number() OVER (ORDER BY id) - 1)::INTEGER AS idx, id FROM (
       SELECT id FROM accounts WHERE platform = $1
       UNION SELECT author_id FROM posts WHERE platform = $1 AND author_id IS NOT NULL
       UNION SELECT actor_id FROM interactions WHERE platform = $1 AND actor_id IS NOT NULL
       UNION SELECT target_account_id FROM interactions
         WHERE platform = $1 AND target_account_id IS NOT NULL)`,
    [platform],
  );
  const accountIds: string[] = [];
  for await (const chunk of db.chunks(`SELECT idx, id FROM m_acc`)) {
    const idx = chunk.getColumnVector(0);
    const id = chunk.getColumnVector(1);
    for (let r = 0, rows = chunk.rowCount; r < rows; r++)
      accountIds[idx.getItem(r) as number] = String(id.getItem(r));
  }
  const n = accountIds.length;
  // posts are numbered by their row in the posts table (no window function over all of them)
  // A post is numbered by its row in the posts table: no copy of the table, no window function.
  const postCount = Number(await db.value(`SELECT coalesce(max(rowid) + 1, 0) FROM posts`));
  // The window's public comments; non-public posts never enter a report (SPEC §9).
  const inWindowComment = `c.platform = $1 AND c.visibility = 'public' AND c.parent_id IS NOT NULL
     AND ${inWindow('c.created_at', window)}`;
  const count = Number(
    await db.value(`SELECT count(*) FROM posts c WHERE ${inWindowComment}`, bind),
  );
  const comments = {
    count,
    author: new Int32Array(count).fill(-1),
    parent: new Int32Array(count).fill(-1),
    parentAuthor: new Int32Array(count).fill(-1),
    parentIsRoot: new Uint8Array(count),
    atMs: new Float64Array(count).fill(NaN),
  };
  // The window's comments are numbered as they arrive; a parent that is itself a comment of the
  // window (a turn) is renumbered once all have arrived.
  const commentOfPost = new Int32Array(postCount).fill(-1);
  const parentPost = new Int32Array(count).fill(-1);
  let read = 0;
  for await (const chunk of db.chunks(
    // A comment's parent and the parent's author are looked up among the platform's public
    // posts whenever they were written (a reply edge needs the author, not the time).
    `SELECT c.rowid::INTEGER, ca.idx, q.rowid::INTEGER AS parent, qa.idx AS parent_author,
       (q.id IS NOT NULL AND q.parent_id IS NULL) AS parent_is_root,
       epoch_ms(c.created_at)::DOUBLE AS at_ms
     FROM posts c
     LEFT JOIN posts q ON q.platform = $1 AND q.id = c.parent_id AND q.visibility = 'public'
     LEFT JOIN m_acc ca ON ca.id = c.author_id
     LEFT JOIN m_acc qa ON qa.id = q.author_id
     WHERE ${inWindowComment}`,
    bind,
  )) {
    read = readComments(chunk, comments, read, commentOfPost, parentPost);
  }
  for (let i = 0; i < count; i++) {
    const post = parentPost[i]!;
    if (post >= 0) comments.parent[i] = commentOfPost[post]!;
  }
  const engagements = await readPairs(
    db,
    `SELECT DISTINCT t.idx, ac.idx FROM interactions i
     LEFT JOIN posts tp ON tp.platform = i.platform AND tp.id = i.target_post_id
     JOIN m_acc t ON t.id = coalesce(i.target_account_id, tp.author_id)
     JOIN m_acc ac ON ac.id = i.actor_id
     WHERE i.platform = $1 AND i.kind IN ('like', 'repost', 'quote')
       AND (tp.id IS NULL OR tp.visibility = 'public') AND ${inWindow('i.occurred_at', window)}`,
    bind,
  );
  // Follower lists are a state, not events: every stored follow counts whatever the window.
  const follows = await readPairs(
    db,
    `SELECT DISTINCT t.idx, ac.idx FROM interactions i
     JOIN m_acc t ON t.id = i.target_account_id JOIN m_acc ac ON ac.id = i.actor_id
     WHERE i.platform = $1 AND i.kind = 'follow'`,
    [platform],
  );
  const followers = new Float64Array(n).fill(NaN);
  const following = new Float64Array(n).fill(NaN);
  for (const row of await db.rows(
    `SELECT a.idx,
       arg_max(s.followers, s.observed_at) FILTER (WHERE s.followers IS NOT NULL)::DOUBLE AS followers,
       arg_max(s.following, s.observed_at) FILTER (WHERE s.following IS NOT NULL)::DOUBLE AS following
     FROM profile_snapshots s JOIN m_acc a ON a.id = s.account_id
     WHERE s.platform = $1 GROUP BY a.idx`,
    [platform],
  )) {
    const i = Number(row.idx);
    if (row.followers !== null) followers[i] = Number(row.followers);
    if (row.following !== null) following[i] = Number(row.following);
  }
  const posts = new Int32Array(n);
  const active = new Uint8Array(n);
  for (const row of await db.rows(
    `SELECT a.idx AS author, count(*) FILTER (WHERE p.parent_id IS NULL)::INTEGER AS posts
     FROM posts p JOIN m_acc a ON a.id = p.author_id
     WHERE p.platform = $1 AND p.visibility = 'public' AND ${inWindow('p.created_at', window)}
     GROUP BY a.idx`,
    bind,
  )) {
    const i = Number(row.author);
    posts[i] = Number(row.posts);
    active[i] = 1;
  }
  await db.run(`DROP TABLE IF EXISTS m_acc`);
  return { accountIds, comments, engagements, follows, followers, following, posts, active };
}

/** Reads one chunk of comments into `c` from index `from`; returns the next free index. */
function readComments(
  chunk: DuckDBDataChunk,
  c: PlatformInput['comments'],
  from: number,
  commentOfPost: Int32Array,
  parentPost: Int32Array,
): number {
  const pidx = chunk.getColumnVector(0);
  const author = chunk.getColumnVector(1);
  const parent = chunk.getColumnVector(2);
  const parentAuthor = chunk.getColumnVector(3);
  const isRoot = chunk.getColumnVector(4);
  const at = chunk.getColumnVector(5);
  let i = from;
  // `rowCount` asks DuckDB each time it is read: read it once per chunk
  for (let r = 0, rows = chunk.rowCount; r < rows; r++, i++) {
    commentOfPost[pidx.getItem(r) as number] = i;
    const a = author.getItem(r);
    if (a !== null) c.author[i] = a as number;
    const p = parent.getItem(r);
    if (p !== null) parentPost[i] = p as number;
    const pa = parentAuthor.getItem(r);
    if (pa !== null) c.parentAuthor[i] = pa as number;
    if (isRoot.getItem(r)) c.parentIsRoot[i] = 1;
    const t = at.getItem(r);
    if (t !== null) c.atMs[i] = t as number;
  }
  return i;
}

async function readPairs(
  db: Database,
  sql: string,
  bind: DuckDBValue[],
): Promise<{ count: number; target: Int32Array; actor: Int32Array }> {
  let target = new Int32Array(1024);
  let actor = new Int32Array(1024);
  let count = 0;
  for await (const chunk of db.chunks(sql, bind)) {
    const t = chunk.getColumnVector(0);
    const a = chunk.getColumnVector(1);
    if (count + chunk.rowCount > target.length) {
      const size = Math.max(target.length * 2, count + chunk.rowCount);
      const grownTarget = new Int32Array(size);
      grownTarget.set(target);
      target = grownTarget;
      const grownActor = new Int32Array(size);
      grownActor.set(actor);
      actor = grownActor;
    }
    for (let r = 0, rows = chunk.rowCount; r < rows; r++) {
      target[count] = t.getItem(r) as number;
      actor[count] = a.getItem(r) as number;
      count++;
    }
  }
  return { count, target: target.subarray(0, count), actor: actor.subarray(0, count) };
}
