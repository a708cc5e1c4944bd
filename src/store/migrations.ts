/**
 * The versioned schema. Each migration runs once, in order, inside one transaction; the applied
 * version is kept in `meta.schema_version`. Never edit a released migration: add the next one.
 *
 * Natural keys are (platform, id) for accounts and posts, (platform, key) for interactions. No
 * PRIMARY KEY constraints: uniqueness is kept by the merge in `write-records.ts` (a single writer
 * holds the file lock), which keeps bulk loading free of index maintenance. Since version 4
 * `interactions` is a view over the stored `interaction_rows` and the Reddit and Bluesky comments.
 */
export interface Migration {
  readonly version: number;
  readonly description: string;
  readonly sql: string;
}

const PROVENANCE = `run_id INTEGER NOT NULL, source_file VARCHAR, source_line INTEGER, source_offset BIGINT`;

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'canonical model, import runs, quarantine, tombstones',
    sql: `
CREATE TABLE import_runs (
  run_id INTEGER NOT NULL, platform VARCHAR NOT NULL, format VARCHAR, path VARCHAR,
  synthetic BOOLEAN NOT NULL DEFAULT false, status VARCHAR NOT NULL,
  started_at TIMESTAMP NOT NULL, finished_at TIMESTAMP, summary VARCHAR
);
CREATE TABLE accounts (
  platform VARCHAR NOT NULL, id VARCHAR NOT NULL, handle VARCHAR NOT NULL,
  display_name VARCHAR, bio VARCHAR, is_self_identified_professional BOOLEAN, ${PROVENANCE}
);
CREATE TABLE profile_snapshots (
  platform VARCHAR NOT NULL, account_id VARCHAR NOT NULL, observed_at TIMESTAMP NOT NULL,
  observed_is_local BOOLEAN NOT NULL, followers BIGINT, following BIGINT, posts BIGINT,
  content_hash UBIGINT NOT NULL, ${PROVENANCE}
);
CREATE TABLE posts (
  platform VARCHAR NOT NULL, id VARCHAR NOT NULL, author_id VARCHAR, created_at TIMESTAMP,
  time_is_local BOOLEAN NOT NULL DEFAULT false, kind VARCHAR NOT NULL, root_id VARCHAR,
  parent_id VARCHAR, parent_is_comment BOOLEAN, title VARCHAR, text VARCHAR NOT NULL,
  hashtags VARCHAR[], links VARCHAR[], language VARCHAR, visibility VARCHAR NOT NULL,
  venue VARCHAR, like_count BIGINT, repost_count BIGINT, reply_count BIGINT, view_count BIGINT,
  content_hash UBIGINT NOT NULL, ${PROVENANCE}
);
CREATE TABLE interactions (
  platform VARCHAR NOT NULL, key VARCHAR NOT NULL, kind VARCHAR NOT NULL, actor_id VARCHAR,
  target_account_id VARCHAR, target_post_id VARCHAR, occurred_at TIMESTAMP,
  time_is_local BOOLEAN NOT NULL DEFAULT false, content_hash UBIGINT NOT NULL, ${PROVENANCE}
);
CREATE TABLE quarantine (
  platform VARCHAR NOT NULL, file VARCHAR NOT NULL, line INTEGER, byte_offset BIGINT,
  reason VARCHAR NOT NULL, content_hash VARCHAR NOT NULL, run_id INTEGER NOT NULL
);
CREATE TABLE tombstones (
  platform VARCHAR NOT NULL, hash VARCHAR NOT NULL, erased_at TIMESTAMP NOT NULL
);
`,
  },
  {
    version: 2,
    description: 'analysis results: per-account metrics per platform and window, runs covered',
    sql: `
CREATE TABLE analysis_runs (
  platform VARCHAR NOT NULL, window_key VARCHAR NOT NULL, window_since VARCHAR,
  window_until VARCHAR, runs_covered VARCHAR NOT NULL, computed_at TIMESTAMP NOT NULL,
  summary VARCHAR NOT NULL
);
CREATE TABLE account_metrics (
  platform VARCHAR NOT NULL, window_key VARCHAR NOT NULL, account_id VARCHAR NOT NULL,
  active BOOLEAN NOT NULL, followers DOUBLE, following DOUBLE, follow_ratio DOUBLE,
  posts INTEGER, inbound_replies INTEGER, engaged_audience INTEGER,
  engaged_follower_rate DOUBLE, engaged_follower_rate_estimated BOOLEAN, response_rate DOUBLE,
  median_response_hours DOUBLE, dialogues INTEGER, dialogue_partners INTEGER,
  outbound_replies INTEGER, outbound_reach INTEGER, reciprocity DOUBLE,
  connection_pagerank DOUBLE, connection_rank DOUBLE, reach_rank DOUBLE, community INTEGER,
  advocacy_focus DOUBLE, advocacy_topics VARCHAR, self_promotion_rate DOUBLE,
  connection_score DOUBLE, connection_parts VARCHAR, reach_score DOUBLE, reach_parts VARCHAR,
  quadrant VARCHAR, replies_per_day DOUBLE, rolling_mean_7d DOUBLE, baseline_median_90d DOUBLE,
  workload_flag BOOLEAN, workload_as_of VARCHAR
);
`,
  },
  {
    version: 3,
    description: 'text results: public topics and self-promotion, private crisis signals',
    // crisis_signals and crisis_handled are private (SPEC §4): only store/queries/crisis-signals.ts
    // reads them, for the owner's safety inbox; no metric, ranking or report query joins them.
    sql: `
CREATE TABLE text_classified (
  platform VARCHAR NOT NULL, post_id VARCHAR NOT NULL, content_hash UBIGINT NOT NULL,
  classifier_version VARCHAR NOT NULL, language_supported BOOLEAN NOT NULL
);
CREATE TABLE post_topics (
  platform VARCHAR NOT NULL, post_id VARCHAR NOT NULL, topic VARCHAR NOT NULL,
  score DOUBLE NOT NULL, evidence VARCHAR NOT NULL
);
CREATE TABLE post_self_promotion (
  platform VARCHAR NOT NULL, post_id VARCHAR NOT NULL, score DOUBLE NOT NULL,
  evidence VARCHAR NOT NULL
);
CREATE TABLE crisis_signals (
  platform VARCHAR NOT NULL, post_id VARCHAR NOT NULL, level VARCHAR NOT NULL, rule VARCHAR,
  spans VARCHAR NOT NULL
);
CREATE TABLE crisis_handled (
  platform VARCHAR NOT NULL, post_id VARCHAR NOT NULL, handled_at TIMESTAMP NOT NULL
);
`,
  },
  {
    version: 4,
    description: 'Reddit and Bluesky reply interactions read from their comments, not stored twice',
    // A Reddit or Bluesky comment's `reply` interaction holds nothing its post does not: key
    // `reply:<id>`, actor = author, target post = parent, the comment's time and provenance, and
    // as target account none on Reddit (the record does not name it) and on Bluesky the DID of
    // the parent's AT-URI. Stored, each doubled a row of the largest imports. `interactions` is
    // now a view: the stored rows (`interaction_rows`) and one reply per stored comment of these
    // platforms, with the content hash the merge gave a stored reply (`HASH.interactions`:
    // kind, actor, target account, target post, time in ms, whether local). The merge stages no
    // such reply (`isDerivedInteraction` in staging.ts) and counts them from the comments.
    sql: `
ALTER TABLE interactions RENAME TO interaction_rows;
DELETE FROM interaction_rows WHERE kind = 'reply' AND platform IN ('reddit', 'bluesky')
  AND (platform, key) IN (
    SELECT platform, 'reply:' || id FROM posts
    WHERE kind = 'comment' AND platform IN ('reddit', 'bluesky')
  );
CREATE VIEW interactions AS
SELECT platform, key, kind, actor_id, target_account_id, target_post_id, occurred_at,
  time_is_local, content_hash, run_id, source_file, source_line, source_offset
FROM interaction_rows
UNION ALL
SELECT platform, 'reply:' || id, 'reply', author_id, target, parent_id, created_at, time_is_local,
  hash('reply', author_id, target, parent_id, epoch_ms(created_at)::DOUBLE, time_is_local),
  run_id, source_file, source_line, source_offset
FROM (
  SELECT *, CASE WHEN platform = 'bluesky' THEN split_part(parent_id, '/', 3) END AS target
  FROM posts WHERE kind = 'comment' AND platform IN ('reddit', 'bluesky')
);
`,
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
