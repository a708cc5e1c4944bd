import type { DuckDBAppender } from '@duckdb/node-api';
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
  private accounts!: DuckDBAppender;
  private snapshots!: DuckDBAppender;
  private posts!: DuckDBAppender;
  private interactions!: DuckDBAppender;
  private quarantined!: DuckDBAppender;
  /**
   * Accounts already staged in this run with the same fields: a commenter named on every one of
   * their comments is staged once (the later mentions change nothing, so they cannot change
   * a record's outcome).
   */
  private readonly seenAccounts = new Map<string, Account>();

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
    this.accounts = await this.db.appender('stage_accounts');
    this.snapshots = await this.db.appender('stage_snapshots');
    this.posts = await this.db.appender('stage_posts');
    this.interactions = await this.db.appender('stage_interactions');
    this.quarantined = await this.db.appender('stage_quarantine');
  }

  private all(): DuckDBAppender[] {
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
        appender.closeSync();
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

  private head(a: DuckDBAppender, rec: number, platform: string): void {
    a.appendInteger(rec);
    a.appendVarchar(platform);
  }

  private tail(a: DuckDBAppender, where: Location): void {
    a.appendVarchar(where.file);
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
    a.appendVarchar(x.id);
    a.appendVarchar(x.handle);
    optString(a, x.displayName);
    optString(a, x.bio);
    optBool(a, x.isSelfIdentifiedProfessional);
    this.tail(a, where);
  }

  private snapshot(rec: number, where: Location, x: ProfileSnapshot): void {
    const a = this.snapshots;
    this.head(a, rec, x.platform);
    a.appendVarchar(x.account);
    a.appendDouble(x.observedAt.ms);
    a.appendBoolean(x.observedAt.isLocal);
    optNumber(a, x.followers);
    optNumber(a, x.following);
    optNumber(a, x.posts);
    this.tail(a, where);
  }

  private post(rec: number, where: Location, x: Post): void {
    const a = this.posts;
    this.head(a, rec, x.platform);
    a.appendVarchar(x.id);
    optString(a, x.author);
    optNumber(a, x.createdAt?.ms);
    a.appendBoolean(x.createdAt?.isLocal ?? false);
    a.appendVarchar(x.kind);
    optString(a, x.root);
    optString(a, x.parent);
    optBool(a, x.parentIsComment);
    optString(a, x.title);
    a.appendVarchar(x.text);
    optString(a, x.hashtags.length ? x.hashtags.join(LIST_SEPARATOR) : null);
    optString(a, x.links.length ? x.links.join(LIST_SEPARATOR) : null);
    optString(a, x.language);
    a.appendVarchar(x.visibility);
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
    a.appendVarchar(x.key);
    a.appendVarchar(x.kind);
    optString(a, x.actor);
    optString(a, x.targetAccount);
    optString(a, x.targetPost);
    optNumber(a, x.at?.ms);
    a.appendBoolean(x.at?.isLocal ?? false);
    this.tail(a, where);
  }

  quarantine(rec: number, platform: Platform, where: Location, reason: string, hash: string): void {
    const a = this.quarantined;
    this.head(a, rec, platform);
    a.appendVarchar(where.file);
    optInt(a, where.line);
    optNumber(a, where.byteOffset);
    a.appendVarchar(reason);
    a.appendVarchar(hash);
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

function optString(a: DuckDBAppender, value: string | null | undefined): void {
  if (value === null || value === undefined) a.appendNull();
  else a.appendVarchar(value);
}

function optNumber(a: DuckDBAppender, value: number | null | undefined): void {
  if (value === null || value === undefined || !Number.isFinite(value)) a.appendNull();
  else a.appendDouble(value);
}

function optInt(a: DuckDBAppender, value: number | null | undefined): void {
  if (value === null || value === undefined) a.appendNull();
  else a.appendInteger(value);
}

function optBool(a: DuckDBAppender, value: boolean | null | undefined): void {
  if (value === null || value === undefined) a.appendNull();
  else a.appendBoolean(value);
}
