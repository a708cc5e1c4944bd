type Column = readonly [name: string, type: string];
const ROW: readonly Column[] = [
  ['sid', 'BIGINT'],
  ['rec', 'BIGINT'],
];
const SOURCE: readonly Column[] = [
  ['source_file', 'VARCHAR'],
  ['source_line', 'INTEGER'],
  ['source_offset', 'DOUBLE'],
];

/**
 * The staged rows of one import run, table by table: each is a CSV file in the run's private
 * staging folder, written by the importer and read by the merge with `read_csv` (parallel, in
 * C++) wherever the merge names the table. Nothing is loaded into the store before the merge
 * transaction: killed at any point, an import leaves the store as it was; and the wide rows
 * (texts) are read straight from the file into the model tables, never held in memory.
 *
 * `sid` numbers a table's rows (unique within the run, increasing in input order); `rec` is the
 * input record the row came from.
 */
export const STAGING = {
  stage_accounts: [
    ...ROW,
    ['platform', 'VARCHAR'],
    ['id', 'VARCHAR'],
    ['handle', 'VARCHAR'],
    ['display_name', 'VARCHAR'],
    ['bio', 'VARCHAR'],
    ['is_self_identified_professional', 'BOOLEAN'],
    ...SOURCE,
  ],
  stage_snapshots: [
    ...ROW,
    ['platform', 'VARCHAR'],
    ['account_id', 'VARCHAR'],
    ['observed_ms', 'DOUBLE'],
    ['observed_is_local', 'BOOLEAN'],
    ['followers', 'DOUBLE'],
    ['following', 'DOUBLE'],
    ['posts', 'DOUBLE'],
    ...SOURCE,
  ],
  stage_posts: [
    ...ROW,
    ['platform', 'VARCHAR'],
    ['id', 'VARCHAR'],
    ['author_id', 'VARCHAR'],
    ['created_ms', 'DOUBLE'],
    ['time_is_local', 'BOOLEAN'],
    ['kind', 'VARCHAR'],
    ['root_id', 'VARCHAR'],
    ['parent_id', 'VARCHAR'],
    ['parent_is_comment', 'BOOLEAN'],
    ['title', 'VARCHAR'],
    ['text', 'VARCHAR'],
    ['hashtags', 'VARCHAR'],
    ['links', 'VARCHAR'],
    ['language', 'VARCHAR'],
    ['visibility', 'VARCHAR'],
    ['venue', 'VARCHAR'],
    ['like_count', 'DOUBLE'],
    ['repost_count', 'DOUBLE'],
    ['reply_count', 'DOUBLE'],
    ['view_count', 'DOUBLE'],
    ...SOURCE,
  ],
  stage_interactions: [
    ...ROW,
    ['platform', 'VARCHAR'],
    ['key', 'VARCHAR'],
    ['kind', 'VARCHAR'],
    ['actor_id', 'VARCHAR'],
    ['target_account_id', 'VARCHAR'],
    ['target_post_id', 'VARCHAR'],
    ['at_ms', 'DOUBLE'],
    ['time_is_local', 'BOOLEAN'],
    ...SOURCE,
  ],
  stage_quarantine: [
    ...ROW,
    ['platform', 'VARCHAR'],
    ['file', 'VARCHAR'],
    ['line', 'INTEGER'],
    ['byte_offset', 'DOUBLE'],
    ['reason', 'VARCHAR'],
    ['content_hash', 'VARCHAR'],
  ],
} as const satisfies Record<string, readonly Column[]>;

export type StagingTable = keyof typeof STAGING;
export const STAGING_TABLES = Object.keys(STAGING) as StagingTable[];

/** The `columns` argument of `read_csv` for one staging table. */
export function stagingCsvColumns(table: StagingTable): string {
  return STAGING[table].map(([name, type]) => `'${name}': '${type}'`).join(', ');
}

/** One table's staging file, as the merge reads it. */
export interface StagedFile {
  readonly file: string;
  /** Bytes of the longest row (`read_csv`'s `max_line_size` must cover it). */
  readonly longest: number;
}

/**
 * The rows of a staging table's files as a `read_csv` table expression; `param` is the bound
 * parameter (e.g. `$2`) that holds the list of their paths, so no path is ever written into SQL.
 */
export function stagedRows(
  table: StagingTable,
  param: string,
  files: readonly StagedFile[],
): string {
  const longest = files.reduce((most, f) => Math.max(most, f.longest), 0);
  const maxLine = Math.max(2 ** 21, longest + 16);
  return `read_csv(${param}, columns = {${stagingCsvColumns(table)}}, header = false,
    delim = ',', quote = '"', escape = '"', nullstr = '', allow_quoted_nulls = false,
    auto_detect = false, new_line = '\\n', max_line_size = ${maxLine},
    buffer_size = ${Math.max(maxLine * 4, 2 ** 24)})`;
}
