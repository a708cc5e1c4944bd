import { INTERACTION_KINDS, PLATFORMS, type PostKind, type Visibility } from '../model/index.js';

const POST_KINDS: readonly PostKind[] = ['post', 'comment'];
const VISIBILITIES: readonly Visibility[] = ['public', 'unlisted', 'followers'];
/** An ENUM of the model's own constants (never input data), written as SQL. */
const enumOf = (values: readonly string[]) => `ENUM(${values.map((v) => `'${v}'`).join(', ')})`;
const PLATFORM = enumOf(PLATFORMS);

type Column = readonly [name: string, type: string, notNull?: 'NOT NULL'];
const SOURCE: readonly Column[] = [
  ['source_file', 'VARCHAR'],
  ['source_line', 'INTEGER'],
  ['source_offset', 'DOUBLE'],
];

/**
 * Staging tables of one import run, column by column. They are TEMP tables: private to the
 * importing connection, kept in memory (spilled to disk past the memory limit), never written to
 * the store file or its write-ahead log, and gone when the connection closes. An import therefore
 * changes the store only in its final merge transaction: killed at any point, it leaves the
 * store as it was.
 *
 * Platforms, kinds and visibilities are ENUMs in staging (small and fast to sort); the merge
 * reads them as VARCHAR.
 */
export const STAGING = {
  stage_accounts: [
    ['rec', 'INTEGER', 'NOT NULL'],
    ['platform', PLATFORM, 'NOT NULL'],
    ['id', 'VARCHAR', 'NOT NULL'],
    ['handle', 'VARCHAR', 'NOT NULL'],
    ['display_name', 'VARCHAR'],
    ['bio', 'VARCHAR'],
    ['is_self_identified_professional', 'BOOLEAN'],
    ...SOURCE,
  ],
  stage_snapshots: [
    ['rec', 'INTEGER', 'NOT NULL'],
    ['platform', PLATFORM, 'NOT NULL'],
    ['account_id', 'VARCHAR', 'NOT NULL'],
    ['observed_ms', 'DOUBLE', 'NOT NULL'],
    ['observed_is_local', 'BOOLEAN', 'NOT NULL'],
    ['followers', 'DOUBLE'],
    ['following', 'DOUBLE'],
    ['posts', 'DOUBLE'],
    ...SOURCE,
  ],
  stage_posts: [
    ['rec', 'INTEGER', 'NOT NULL'],
    ['platform', PLATFORM, 'NOT NULL'],
    ['id', 'VARCHAR', 'NOT NULL'],
    ['author_id', 'VARCHAR'],
    ['created_ms', 'DOUBLE'],
    ['time_is_local', 'BOOLEAN', 'NOT NULL'],
    ['kind', enumOf(POST_KINDS), 'NOT NULL'],
    ['root_id', 'VARCHAR'],
    ['parent_id', 'VARCHAR'],
    ['parent_is_comment', 'BOOLEAN'],
    ['title', 'VARCHAR'],
    ['text', 'VARCHAR', 'NOT NULL'],
    ['hashtags', 'VARCHAR'],
    ['links', 'VARCHAR'],
    ['language', 'VARCHAR'],
    ['visibility', enumOf(VISIBILITIES), 'NOT NULL'],
    ['venue', 'VARCHAR'],
    ['like_count', 'DOUBLE'],
    ['repost_count', 'DOUBLE'],
    ['reply_count', 'DOUBLE'],
    ['view_count', 'DOUBLE'],
    ...SOURCE,
  ],
  stage_interactions: [
    ['rec', 'INTEGER', 'NOT NULL'],
    ['platform', PLATFORM, 'NOT NULL'],
    ['key', 'VARCHAR', 'NOT NULL'],
    ['kind', enumOf(INTERACTION_KINDS), 'NOT NULL'],
    ['actor_id', 'VARCHAR'],
    ['target_account_id', 'VARCHAR'],
    ['target_post_id', 'VARCHAR'],
    ['at_ms', 'DOUBLE'],
    ['time_is_local', 'BOOLEAN', 'NOT NULL'],
    ...SOURCE,
  ],
  stage_quarantine: [
    ['rec', 'INTEGER', 'NOT NULL'],
    ['platform', PLATFORM, 'NOT NULL'],
    ['file', 'VARCHAR', 'NOT NULL'],
    ['line', 'INTEGER'],
    ['byte_offset', 'DOUBLE'],
    ['reason', 'VARCHAR', 'NOT NULL'],
    ['content_hash', 'VARCHAR', 'NOT NULL'],
  ],
} as const satisfies Record<string, readonly Column[]>;

export type StagingTable = keyof typeof STAGING;
export const STAGING_TABLES = Object.keys(STAGING) as StagingTable[];

/** `CREATE OR REPLACE TEMP TABLE …` for one staging table. */
export function stagingDdl(table: StagingTable): string {
  const columns = STAGING[table].map((c) => c.join(' ')).join(', ');
  return `CREATE OR REPLACE TEMP TABLE ${table} (${columns})`;
}

/**
 * The `columns` argument of `read_csv` for one staging table: ENUMs are read as VARCHAR and
 * cast by the INSERT (every value is one of the model's constants, written by the stager).
 */
export function stagingCsvColumns(table: StagingTable): string {
  return STAGING[table]
    .map(([name, type]) => `'${name}': '${type.startsWith('ENUM') ? 'VARCHAR' : type}'`)
    .join(', ');
}
