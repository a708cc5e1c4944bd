// Public aggregates of the stored text results (migration 3) for SPEC §3 `advocacy_focus` and
// `self_promotion_rate`. Only public posts count (SPEC §9), and nothing here reads the private
// crisis tables: crisis signals are never an input to a metric or a ranking (SPEC §4).
import type { DuckDBValue } from '@duckdb/node-api';
import type { Database } from '../database.js';
import type { MetricsWindow } from './metrics-input.js';

/**
 * A reply is "mainly self-promotion" at this self-promotion score or above. The score is
 * 1 − e^(−Σ weights): 0.5 takes one strong rule ("check out my channel"), a link-only reply, or
 * a weaker phrase with a link — a lone link in a real answer (0.22) stays below it.
 */
export const MAIN_SELF_PROMOTION_SCORE = 0.5;

/** How many topics `topTopics` lists. */
export const TOP_TOPICS = 3;

export interface AdvocacyFocusRow {
  readonly accountId: string;
  /** a's classified public posts and comments in the window with a language verdict. */
  readonly texts: number;
  /** Those with at least one SPEC §4 topic. */
  readonly advocacyTexts: number;
  /** advocacyTexts / texts (null when texts is 0). */
  readonly advocacyFocus: number | null;
  /** a's most frequent topics, most texts first (ties alphabetically). */
  readonly topTopics: string[];
}

export interface SelfPromotionRow {
  readonly accountId: string;
  /** a's classified public comments replying to another known account, in the window. */
  readonly outboundReplies: number;
  /** Those whose self-promotion score is at least MAIN_SELF_PROMOTION_SCORE. */
  readonly selfPromotionReplies: number;
  /** selfPromotionReplies / outboundReplies (null when outboundReplies is 0). */
  readonly selfPromotionRate: number | null;
}

const OPEN: MetricsWindow = { since: null, until: null };

/** `[since, until)` on `column`, binding `$2` and `$3`; a window with open ends is `true`. */
function windowSql(column: string, window: MetricsWindow): { sql: string; params: DuckDBValue[] } {
  if (!window.since && !window.until) return { sql: 'true', params: [] };
  const iso = (d: Date | null) => (d ? d.toISOString().replace('T', ' ').replace('Z', '') : null);
  return {
    sql: `(${column} IS NOT NULL AND ($2::TIMESTAMP IS NULL OR ${column} >= $2::TIMESTAMP)
      AND ($3::TIMESTAMP IS NULL OR ${column} < $3::TIMESTAMP))`,
    params: [iso(window.since), iso(window.until)],
  };
}

/**
 * Per account of a platform: the share of what it wrote (posts and comments) that is about a
 * mental-health advocacy topic, with its top topics. Texts in a language without a lexicon are
 * left out of both counts: no verdict is not "off topic". Accounts with no such text are absent.
 *
 * @example
 * const rows = await readAdvocacyFocus(db, 'wordpress');
 */
export async function readAdvocacyFocus(
  db: Database,
  platform: string,
  window: MetricsWindow = OPEN,
): Promise<AdvocacyFocusRow[]> {
  const w = windowSql('p.created_at', window);
  const rows = await db.rows(
    `WITH texts AS (
       SELECT p.author_id, p.id, d.post_id IS NOT NULL AS on_topic FROM posts p
       JOIN text_classified c ON c.platform = p.platform AND c.post_id = p.id
       LEFT JOIN (SELECT DISTINCT post_id FROM post_topics WHERE platform = $1) d
         ON d.post_id = p.id
       WHERE p.platform = $1 AND p.visibility = 'public' AND p.author_id IS NOT NULL
         AND c.language_supported AND ${w.sql}),
     topics AS (
       SELECT t.author_id, pt.topic, count(*) AS n FROM texts t
       JOIN post_topics pt ON pt.platform = $1 AND pt.post_id = t.id
       WHERE t.on_topic GROUP BY ALL),
     ranked AS (
       SELECT author_id, list(topic ORDER BY n DESC, topic)[1:${TOP_TOPICS}] AS top FROM topics
       GROUP BY author_id)
     SELECT t.author_id, count(*) AS texts, count(*) FILTER (WHERE t.on_topic) AS advocacy,
       any_value(r.top) AS top
     FROM texts t LEFT JOIN ranked r ON r.author_id = t.author_id
     GROUP BY t.author_id ORDER BY t.author_id`,
    [platform, ...w.params],
  );
  return rows.map((r) => {
    const texts = Number(r.texts);
    const advocacyTexts = Number(r.advocacy);
    return {
      accountId: String(r.author_id),
      texts,
      advocacyTexts,
      advocacyFocus: texts > 0 ? advocacyTexts / texts : null,
      topTopics: Array.isArray(r.top) ? r.top.map(String) : [],
    };
  });
}

/**
 * Per account of a platform: the share of its outbound replies — its comments on another
 * known account's post or comment (self-replies and unknown authors dropped, as for reply
 * edges) — that are mainly self-promotion. Accounts with no outbound reply are absent.
 *
 * @example
 * const rows = await readSelfPromotionRate(db, 'reddit', { since, until: null });
 */
export async function readSelfPromotionRate(
  db: Database,
  platform: string,
  window: MetricsWindow = OPEN,
): Promise<SelfPromotionRow[]> {
  const w = windowSql('p.created_at', window);
  const rows = await db.rows(
    `SELECT p.author_id, count(*) AS outbound,
       count(*) FILTER (WHERE sp.score >= ${MAIN_SELF_PROMOTION_SCORE}) AS promo
     FROM posts p
     JOIN text_classified c ON c.platform = p.platform AND c.post_id = p.id
     JOIN posts q ON q.platform = p.platform AND q.id = p.parent_id
     LEFT JOIN post_self_promotion sp ON sp.platform = p.platform AND sp.post_id = p.id
     WHERE p.platform = $1 AND p.visibility = 'public' AND p.parent_id IS NOT NULL
       AND p.author_id IS NOT NULL AND q.author_id IS NOT NULL AND q.author_id <> p.author_id
       AND ${w.sql}
     GROUP BY p.author_id ORDER BY p.author_id`,
    [platform, ...w.params],
  );
  return rows.map((r) => {
    const outboundReplies = Number(r.outbound);
    const selfPromotionReplies = Number(r.promo);
    return {
      accountId: String(r.author_id),
      outboundReplies,
      selfPromotionReplies,
      selfPromotionRate: outboundReplies > 0 ? selfPromotionReplies / outboundReplies : null,
    };
  });
}

/** Counts of stored text results (public tables only), for summaries. */
export async function readTextResultCounts(
  db: Database,
): Promise<{ classified: number; topics: number; selfPromotion: number }> {
  const rows = await db.rows(
    `SELECT (SELECT count(*) FROM text_classified) AS classified,
       (SELECT count(*) FROM post_topics) AS topics,
       (SELECT count(*) FROM post_self_promotion) AS promo`,
  );
  const r = rows[0]!;
  return {
    classified: Number(r.classified),
    topics: Number(r.topics),
    selfPromotion: Number(r.promo),
  };
}
