import {
  INTERACTION_KINDS,
  PLATFORMS,
  type InteractionKind,
  type Platform,
} from '../../model/index.js';
import type { Database } from '../database.js';

/** One platform's row of SPEC §9 `rapport stats --json`. */
export interface PlatformStats {
  accounts: number;
  root_posts: number;
  comments: number;
  threaded_replies: number;
  interactions: Record<InteractionKind, number>;
  quarantined: number;
}

export type StoreStats = Partial<Record<Platform, PlatformStats>>;

function emptyStats(): PlatformStats {
  return {
    accounts: 0,
    root_posts: 0,
    comments: 0,
    threaded_replies: 0,
    interactions: Object.fromEntries(INTERACTION_KINDS.map((k) => [k, 0])) as Record<
      InteractionKind,
      number
    >,
    quarantined: 0,
  };
}

/**
 * Counts per platform holding any data. A comment is threaded when its record says its parent
 * is a comment, or (where the record cannot tell) when its stored parent is itself a comment —
 * re-checked on every call, so a later import of the parent counts.
 */
export async function readStats(db: Database): Promise<StoreStats> {
  const stats: StoreStats = {};
  const at = (platform: string): PlatformStats => {
    const key = platform as Platform;
    return (stats[key] ??= emptyStats());
  };
  for (const row of await db.rows(
    `SELECT platform, count(*) AS n FROM accounts GROUP BY platform`,
  )) {
    at(String(row.platform)).accounts = Number(row.n);
  }
  for (const row of await db.rows(
    `SELECT p.platform,
       count(*) FILTER (WHERE p.parent_id IS NULL) AS root_posts,
       count(*) FILTER (WHERE p.parent_id IS NOT NULL) AS comments,
       count(*) FILTER (WHERE p.parent_id IS NOT NULL AND (p.parent_is_comment
         OR (p.parent_is_comment IS NULL AND q.parent_id IS NOT NULL))) AS threaded
     FROM posts p LEFT JOIN posts q ON q.platform = p.platform AND q.id = p.parent_id
     GROUP BY p.platform`,
  )) {
    const s = at(String(row.platform));
    s.root_posts = Number(row.root_posts);
    s.comments = Number(row.comments);
    s.threaded_replies = Number(row.threaded);
  }
  for (const row of await db.rows(
    `SELECT platform, kind, count(*) AS n FROM interactions GROUP BY platform, kind`,
  )) {
    at(String(row.platform)).interactions[String(row.kind) as InteractionKind] = Number(row.n);
  }
  for (const row of await db.rows(
    `SELECT platform, count(*) AS n FROM quarantine GROUP BY platform`,
  )) {
    at(String(row.platform)).quarantined = Number(row.n);
  }
  // Keys sorted (SPEC §9): platforms in name order; inner keys are already in order.
  const sorted: StoreStats = {};
  for (const platform of [...PLATFORMS].sort())
    if (stats[platform]) sorted[platform] = stats[platform];
  return sorted;
}
