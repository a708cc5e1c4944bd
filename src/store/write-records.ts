import {
  DuckDBDataChunk,
  type DuckDBAppender,
  type DuckDBType,
  type DuckDBValue,
  type DuckDBVector,
} from '@duckdb/node-api';
import type {
  Account,
  ImportUnit,
  Interaction,
  Location,
  Platform,
  Post,
  ProfileSnapshot,
} from '../model/index.js';
import type { Database } from './database.js';
import { mergeRun } from './merge-run.js';
import { STAGING_DDL, STAGING_TABLES } from './staging.js';

/** What an import run is, for `import_runs`. */
export interface RunInfo {
  readonly platform: Platform;
  readonly format: string;
  readonly path: string;
  /** Runs of the demo generator: their data is synthetic and labelled so. */
  readonly synthetic: boolean;
}

/** The summary of SPEC §9 `rapport import --json` (without `elapsed_s`, which the CLI adds). */
export interface ImportSummary {
  readonly platform: Platform;
  readonly format: string;
  readonly records: number;
  readonly imported: {
    readonly accounts: number;
    readonly posts: number;
    readonly interactions: number;
  };
  readonly updated: number;
  readonly duplicates: number;
  readonly skipped: Readonly<Record<string, number>>;
  readonly quarantined: number;
}

export interface WriteOptions {
  /** Records per staged batch. */
  readonly batchRecords?: number;
  /** Called after each batch is flushed into staging, with the records read so far. */
  readonly onBatch?: (records: number) => void;
  /** Called every 4,096 records and once at the end of the input, with the records read. */
  readonly onRecords?: (records: number) => void;
  /** Called when the input is read to its end, before the merge. */
  readonly onReadDone?: () => void;
}

const DEFAULT_BATCH_RECORDS = 50_000;
/** Separates list items (hashtags, links) in staging; a control character no tag contains. */
export const LIST_SEPARATOR = '\u001f';

/**
 * Writes one import run. Records are appended batch by batch to TEMP staging tables, then merged
 * into the model in one transaction: the store is unchanged unless the whole run succeeds (an
 * error, a kill or a power cut before the commit leaves it as it was), and re-running ends in
 * the same state as one clean run.
 */
export async function writeImport(
  db: Database,
  run: RunInfo,
  units: AsyncIterable<ImportUnit>,
  options: WriteOptions = {},
): Promise<ImportSummary> {
  await clearInterruptedRuns(db);
  const runId = Number(
    (await db.value(`SELECT coalesce(max(run_id), 0) + 1 FROM import_runs`)) ?? 1,
  );
  await db.run(
    `INSERT INTO import_runs (run_id, platform, format, path, synthetic, status, started_at)
     VALUES ($1, $2, $3, $4, $5, 'running', now()::TIMESTAMP)`,
    [runId, run.platform, run.format, run.path, run.synthetic],
  );
  const batchRecords = options.batchRecords ?? DEFAULT_BATCH_RECORDS;
  const stager = new Stager(db);
  let records = 0;
  let quarantined = 0;
  const skipped: Record<string, number> = {};
  try {
    await stager.create();
    for await (const unit of units) {
      records += 1;
      switch (unit.outcome) {
        case 'skipped':
          skipped[unit.reason] = (skipped[unit.reason] ?? 0) + 1;
          break;
        case 'quarantined':
          quarantined += 1;
          stager.quarantine(records, run.platform, unit.where, unit.reason, unit.contentHash);
          break;
        case 'record':
          for (const item of unit.items) stager.item(records, unit.where, item);
          break;
      }
      if ((records & 4095) === 0) options.onRecords?.(records);
      if (records % batchRecords === 0) {
        await stager.commit();
        options.onBatch?.(records);
      }
    }
    options.onRecords?.(records);
    options.onReadDone?.();
    await stager.close();
    const merged = await mergeRun(db, runId);
    await stager.drop();
    const summary: ImportSummary = {
      platform: run.platform,
      format: run.format,
      records,
      imported: merged.imported,
      updated: merged.updated,
      duplicates: records - merged.importedRecords - merged.updated - quarantined - sum(skipped),
      skipped,
      quarantined,
    };
    await db.run(
      `UPDATE import_runs SET status = 'done', finished_at = now()::TIMESTAMP, summary = $2 WHERE run_id = $1`,
      [runId, JSON.stringify(summary)],
    );
    return summary;
  } catch (error) {
    stager.abandon();
    await db
      .run(
        `UPDATE import_runs SET status = 'failed', finished_at = now()::TIMESTAMP WHERE run_id = $1`,
        [runId],
      )
      .catch(() => undefined);
    await stager.drop().catch(() => undefined);
    throw error;
  }
}

function sum(counts: Readonly<Record<string, number>>): number {
  return Object.values(counts).reduce((a, b) => a + b, 0);
}

/** A run still marked running when a new one starts was killed before its merge committed. */
async function clearInterruptedRuns(db: Database): Promise<void> {
  await db.run(`UPDATE import_runs SET status = 'interrupted' WHERE status = 'running'`);
}

/** Appends model records to the staging tables through DuckDB appenders, batch by batch. */
class Stager {
  private accounts!: ChunkAppender;
  private snapshots!: ChunkAppender;
  private posts!: ChunkAppender;
  private interactions!: ChunkAppender;
  private quarantined!: ChunkAppender;
  /**
   * Accounts already staged in this run with the same fields: a commenter named on every one of
   * their comments is staged once (the later mentions change nothing, so they cannot change
   * a record's outcome).
   */
  private readonly seenAccounts = new Map<string, Account>();
  private readonly columnTypes = new Map<string, DuckDBType[]>();

  constructor(private readonly db: Database) {}

  async create(): Promise<void> {
    for (const statement of STAGING_DDL.split(';')
      .map((x) => x.trim())
      .filter(Boolean)) {
      await this.db.run(statement);
    }
    await this.open();
  }

  async drop(): Promise<void> {
    for (const table of STAGING_TABLES) await this.db.run(`DROP TABLE IF EXISTS ${table}`);
  }

  async open(): Promise<void> {
    this.accounts = await this.appender('stage_accounts');
    this.snapshots = await this.appender('stage_snapshots');
    this.posts = await this.appender('stage_posts');
    this.interactions = await this.appender('stage_interactions');
    this.quarantined = await this.appender('stage_quarantine');
  }

  /** An appender on a staging table; its column types are read once per run, not per batch. */
  private async appender(table: string): Promise<ChunkAppender> {
    const appender = await this.db.appender(table);
    let types = this.columnTypes.get(table);
    if (types === undefined) {
      types = [];
      for (let i = 0; i < appender.columnCount; i++) types.push(appender.columnType(i));
      this.columnTypes.set(table, types);
    }
    return new ChunkAppender(appender, types);
  }

  private all(): ChunkAppender[] {
    return [this.accounts, this.snapshots, this.posts, this.interactions, this.quarantined];
  }

  async commit(): Promise<void> {
    await this.close();
    await this.open();
  }

  async close(): Promise<void> {
    for (const appender of this.all()) appender.closeSync();
  }

  abandon(): void {
    for (const appender of this.all()) {
      try {
        appender.abandon();
      } catch {
        // already closed or failed: staging is cleared by the caller
      }
    }
  }

  item(rec: number, where: Location, item: Account | ProfileSnapshot | Post | Interaction): void {
    switch (item.type) {
      case 'account':
        return this.account(rec, where, item);
      case 'snapshot':
        return this.snapshot(rec, where, item);
      case 'post':
        return this.post(rec, where, item);
      case 'interaction':
        return this.interaction(rec, where, item);
    }
  }

  private head(a: ChunkAppender, rec: number, platform: string): void {
    a.put(rec);
    a.put(platform);
  }

  private tail(a: ChunkAppender, where: Location): void {
    a.put(where.file);
    optInt(a, where.line);
    optNumber(a, where.byteOffset);
    a.endRow();
  }

  private account(rec: number, where: Location, x: Account): void {
    // keyed by id: a run reads one platform, and `sameAccount` checks it too
    const seen = this.seenAccounts.get(x.id);
    if (seen !== undefined && sameAccount(seen, x)) return;
    this.seenAccounts.set(x.id, x);
    const a = this.accounts;
    this.head(a, rec, x.platform);
    a.put(x.id);
    a.put(x.handle);
    optString(a, x.displayName);
    optString(a, x.bio);
    optBool(a, x.isSelfIdentifiedProfessional);
    this.tail(a, where);
  }

  private snapshot(rec: number, where: Location, x: ProfileSnapshot): void {
    const a = this.snapshots;
    this.head(a, rec, x.platform);
    a.put(x.account);
    a.put(x.observedAt.ms);
    a.put(x.observedAt.isLocal);
    optNumber(a, x.followers);
    optNumber(a, x.following);
    optNumber(a, x.posts);
    this.tail(a, where);
  }

  private post(rec: number, where: Location, x: Post): void {
    const a = this.posts;
    this.head(a, rec, x.platform);
    a.put(x.id);
    optString(a, x.author);
    optNumber(a, x.createdAt?.ms);
    a.put(x.createdAt?.isLocal ?? false);
    a.put(x.kind);
    optString(a, x.root);
    optString(a, x.parent);
    optBool(a, x.parentIsComment);
    optString(a, x.title);
    a.put(x.text);
    optString(a, x.hashtags.length ? x.hashtags.join(LIST_SEPARATOR) : null);
    optString(a, x.links.length ? x.links.join(LIST_SEPARATOR) : null);
    optString(a, x.language);
    a.put(x.visibility);
    optString(a, x.venue);
    optNumber(a, x.counts?.likes);
    optNumber(a, x.counts?.reposts);
    optNumber(a, x.counts?.replies);
    optNumber(a, x.counts?.views);
    this.tail(a, where);
  }

  private interaction(rec: number, where: Location, x: Interaction): void {
    const a = this.interactions;
    this.head(a, rec, x.platform);
    a.put(x.key);
    a.put(x.kind);
    optString(a, x.actor);
    optString(a, x.targetAccount);
    optString(a, x.targetPost);
    optNumber(a, x.at?.ms);
    a.put(x.at?.isLocal ?? false);
    this.tail(a, where);
  }

  quarantine(rec: number, platform: Platform, where: Location, reason: string, hash: string): void {
    const a = this.quarantined;
    this.head(a, rec, platform);
    a.put(where.file);
    optInt(a, where.line);
    optNumber(a, where.byteOffset);
    a.put(reason);
    a.put(hash);
    a.endRow();
  }
}

/** Whether two observations of one account carry the same fields (nothing to stage again). */
function sameAccount(a: Account, b: Account): boolean {
  return (
    a.platform === b.platform &&
    a.handle === b.handle &&
    (a.displayName ?? null) === (b.displayName ?? null) &&
    (a.bio ?? null) === (b.bio ?? null) &&
    (a.isSelfIdentifiedProfessional ?? null) === (b.isSelfIdentifiedProfessional ?? null)
  );
}

function optString(a: ChunkAppender, value: string | null | undefined): void {
  if (value === null || value === undefined) a.put(null);
  else a.put(value);
}

function optNumber(a: ChunkAppender, value: number | null | undefined): void {
  if (value === null || value === undefined || !Number.isFinite(value)) a.put(null);
  else a.put(value);
}

function optInt(a: ChunkAppender, value: number | null | undefined): void {
  if (value === null || value === undefined) a.put(null);
  else a.put(value);
}

function optBool(a: ChunkAppender, value: boolean | null | undefined): void {
  if (value === null || value === undefined) a.put(null);
  else a.put(value);
}

/** Rows per data chunk: DuckDB's vector size. */
const CHUNK_ROWS = 2048;

/**
 * An appender fed column by column through data chunks: numbers and booleans are written into
 * the chunk's typed arrays in JS, and only strings cross into DuckDB one value at a time. The
 * appender's own `append*` calls cross once per value, which made them the import's largest cost.
 */
class ChunkAppender {
  private readonly chunk: DuckDBDataChunk;
  private vectors!: DuckDBVector[];
  private row = 0;
  private col = 0;

  constructor(
    private readonly appender: DuckDBAppender,
    private readonly types: readonly DuckDBType[],
  ) {
    this.chunk = DuckDBDataChunk.create(this.types);
    this.fresh();
  }

  /** Empties the chunk for the next rows: one chunk per appender, reused (the appender copies). */
  private fresh(): void {
    this.chunk.reset();
    this.chunk.rowCount = CHUNK_ROWS;
    this.vectors = this.types.map((_, i) => this.chunk.getColumnVector(i));
    this.row = 0;
  }

  /** The next column's value of the current row. */
  put(value: DuckDBValue): void {
    this.vectors[this.col++]!.setItem(this.row, value);
  }

  endRow(): void {
    if (this.col !== this.types.length)
      throw new Error(`staging row has ${this.col} of ${this.types.length} columns`);
    this.col = 0;
    if (++this.row === CHUNK_ROWS) this.flushChunk();
  }

  private flushChunk(): void {
    if (this.row === 0) return;
    for (const vector of this.vectors) vector.flush();
    this.chunk.rowCount = this.row;
    this.appender.appendDataChunk(this.chunk);
    this.fresh();
  }

  closeSync(): void {
    this.flushChunk();
    this.appender.closeSync();
  }

  /** Closes without flushing the rows not yet appended (the run failed). */
  abandon(): void {
    this.appender.closeSync();
  }
}
