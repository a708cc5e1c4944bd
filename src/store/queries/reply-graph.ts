// The stored reply graph for export (SPEC §3, §9): edges from the replier to the parent's author,
// weight = count, public posts only, self-replies and unknown authors dropped.
import type { Database } from '../database.js';

export interface ReplyGraphRows {
  readonly nodes: {
    id: string;
    handle: string;
    community: number | null;
    connection_pagerank: number | null;
    connection_rank: number | null;
    reach_rank: number | null;
    followers: number | null;
    connection_score: number | null;
    reach_score: number | null;
    quadrant: string | null;
  }[];
  readonly edges: { source: string; target: string; weight: number }[];
}

export async function readReplyGraph(
  db: Database,
  platform: string,
  windowKey: string,
): Promise<ReplyGraphRows> {
  const edges = (
    await db.rows(
      `SELECT c.author_id AS source, q.author_id AS target, count(*)::INTEGER AS weight
       FROM posts c JOIN posts q ON q.platform = c.platform AND q.id = c.parent_id
       WHERE c.platform = $1 AND c.visibility = 'public' AND q.visibility = 'public'
         AND c.author_id IS NOT NULL AND q.author_id IS NOT NULL AND c.author_id <> q.author_id
       GROUP BY ALL ORDER BY source, target`,
      [platform],
    )
  ).map((r) => ({ source: String(r.source), target: String(r.target), weight: Number(r.weight) }));
  const nodes = (
    await db.rows(
      `WITH pairs AS (SELECT c.author_id AS source, q.author_id AS target
           FROM posts c JOIN posts q ON q.platform = c.platform AND q.id = c.parent_id
           WHERE c.platform = $1 AND c.visibility = 'public' AND q.visibility = 'public'
             AND c.author_id IS NOT NULL AND q.author_id IS NOT NULL AND c.author_id <> q.author_id),
         ids AS (SELECT source AS id FROM pairs UNION SELECT target FROM pairs)
       SELECT DISTINCT ids.id, coalesce(a.handle, ids.id) AS handle, m.community,
         m.connection_pagerank, m.connection_rank, m.reach_rank, m.followers,
         m.connection_score, m.reach_score, m.quadrant
       FROM ids
       LEFT JOIN (SELECT id, any_value(handle) AS handle FROM accounts WHERE platform = $1
         GROUP BY id) a ON a.id = ids.id
       LEFT JOIN account_metrics m ON m.platform = $1 AND m.window_key = $2 AND m.account_id = ids.id
       ORDER BY ids.id`,
      [platform, windowKey],
    )
  ).map((r) => ({
    id: String(r.id),
    handle: String(r.handle),
    community: num(r.community),
    connection_pagerank: num(r.connection_pagerank),
    connection_rank: num(r.connection_rank),
    reach_rank: num(r.reach_rank),
    followers: num(r.followers),
    connection_score: num(r.connection_score),
    reach_score: num(r.reach_score),
    quadrant: r.quadrant === null || r.quadrant === undefined ? null : String(r.quadrant),
  }));
  return { nodes, edges };
}

function num(x: unknown): number | null {
  return x === null || x === undefined ? null : Number(x);
}
