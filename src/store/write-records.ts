import { closeSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
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
import {
  STAGING,
  STAGING_TABLES,
  stagingCsvColumns,
  stagingDdl,
  type StagingTable,
} from './staging.js';

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
    await stager.settle();
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

/**
 * Writes model records into the staging tables: rows go to one CSV file per table in a private
 * folder beside the store, and each batch is loaded into the table in bulk.
 */
class Stager {
  private accounts!: CsvAppender;
  private snapshots!: CsvAppender;
  private posts!: CsvAppender;
  private interactions!: CsvAppender;
  private quarantined!: CsvAppender;
  private folder: string | null = null;
  private loading: Promise<void> = Promise.resolve();
  /**
   * Accounts already staged in this run with the same fields: a commenter named on every one of
   * their comments is staged once (the later mentions change nothing, so they cannot change
   * a record's outcome).
   */
  private readonly seenAccounts = new Map<string, Account>();

  constructor(private readonly db: Database) {}

  async create(): Promise<void> {
    for (const table of STAGING_TABLES) await this.db.run(stagingDdl(table));
    this.folder = makeStagingFolder(this.db.path);
    const open = (table: StagingTable) => new CsvAppender(table, this.folder!);
    this.accounts = open('stage_accounts');
    this.snapshots = open('stage_snapshots');
    this.posts = open('stage_posts');
    this.interactions = open('stage_interactions');
    this.quarantined = open('stage_quarantine');
  }

  async drop(): Promise<void> {
    for (const table of STAGING_TABLES) await this.db.run(`DROP TABLE IF EXISTS ${table}`);
  }

  private all(): CsvAppender[] {
    return [this.accounts, this.snapshots, this.posts, this.interactions, this.quarantined];
  }

  /**
   * Hands the rows staged since the last call to DuckDB, which loads them while the importer
   * reads on: DuckDB's loading runs on its own threads, overlapping the parsing in JS. The
   * previous batch's load is awaited first, so one load at a time uses the connection.
   */
  async commit(): Promise<void> {
    await this.loading;
    const segments = this.all()
      .map((appender) => appender.rotate())
      .filter((x): x is Segment => x !== null);
    const loading = loadSegments(this.db, segments);
    loading.catch(() => undefined); // awaited (and so reported) at the next commit or close
    this.loading = loading;
  }

  /** Loads the last rows and removes the staging files. */
  async close(): Promise<void> {
    await this.commit();
    await this.loading;
    this.abandon();
  }

  /** Waits for a load in flight to end, whatever its outcome (the run failed). */
  async settle(): Promise<void> {
    await this.loading.catch(() => undefined);
  }

  /** Removes the staging files (after loading them, or without: the run failed). */
  abandon(): void {
    for (const appender of this.all()) appender?.close();
    if (this.folder !== null) rmSync(this.folder, { recursive: true, force: true });
    this.folder = null;
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

  private head(a: CsvAppender, rec: number, platform: string): void {
    a.put(rec);
    a.put(platform);
  }

  private tail(a: CsvAppender, where: Location): void {
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

function optString(a: CsvAppender, value: string | null | undefined): void {
  if (value === null || value === undefined) a.put(null);
  else a.put(value);
}

function optNumber(a: CsvAppender, value: number | null | undefined): void {
  if (value === null || value === undefined || !Number.isFinite(value)) a.put(null);
  else a.put(value);
}

function optInt(a: CsvAppender, value: number | null | undefined): void {
  if (value === null || value === undefined) a.put(null);
  else a.put(value);
}

function optBool(a: CsvAppender, value: boolean | null | undefined): void {
  if (value === null || value === undefined) a.put(null);
  else a.put(value);
}

const BUFFER_BYTES = 1 << 22;
const COMMA = 0x2c;
const QUOTE = 0x22;
const NEWLINE = 0x0a;
/** Strings up to this length are encoded in JS; longer ones by `Buffer.write` (one native call). */
const SHORT = 48;
const TRUE = Buffer.from('true');
const FALSE = Buffer.from('false');

/** One staging file ready to be loaded into its table. */
interface Segment {
  readonly table: StagingTable;
  readonly file: string;
  /** Bytes of the longest row (DuckDB's `max_line_size` must cover it). */
  readonly longest: number;
}

/**
 * A staging table fed through CSV files that DuckDB reads in bulk (`read_csv`: parallel, in C++).
 * Every string is quoted with `"` doubled inside, so any text survives; an unquoted empty field is
 * NULL and a quoted empty one the empty string. This replaced DuckDB appenders, whose values cross
 * from JS into DuckDB one call at a time: that crossing, not parsing, was the import's largest
 * cost. Rows are encoded straight into one reused buffer, never into intermediate strings.
 */
class CsvAppender {
  private readonly buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  private pos = 0;
  private rowStart = 0;
  private col = 0;
  private longest = 0;
  private rows = 0;
  private sequence = 0;
  private file = '';
  private fd = -1;
  private readonly columnCount: number;

  constructor(
    private readonly table: StagingTable,
    private readonly folder: string,
  ) {
    this.columnCount = STAGING[table].length;
    this.openNext();
  }

  private openNext(): void {
    this.file = join(this.folder, `${this.table}-${this.sequence++}.csv`);
    this.fd = openSync(this.file, 'w');
    this.rows = 0;
    this.longest = 0;
  }

  /** The next column's value of the current row. */
  put(value: string | number | boolean | null): void {
    if (this.col++ > 0) this.byte(COMMA);
    if (value === null) return;
    if (typeof value === 'string') this.string(value);
    else if (typeof value === 'boolean') this.bytes(value ? TRUE : FALSE);
    else if (Number.isSafeInteger(value)) this.integer(value);
    else this.ascii(String(value));
  }

  private string(value: string): void {
    const length = value.length;
    if (length <= SHORT) {
      if (this.pos + 2 * length + 2 > BUFFER_BYTES) this.spill(2 * length + 2);
      const buffer = this.buffer;
      const start = this.pos;
      let pos = start;
      buffer[pos++] = QUOTE;
      let i = 0;
      for (; i < length; i++) {
        const c = value.charCodeAt(i);
        if (c >= 0x80) break;
        buffer[pos++] = c;
        if (c === QUOTE) buffer[pos++] = QUOTE;
      }
      if (i === length) {
        buffer[pos++] = QUOTE;
        this.pos = pos;
        return;
      }
      this.pos = start; // not ASCII: encoded below
    }
    const text = value.indexOf('"') === -1 ? value : value.replaceAll('"', '""');
    const most = text.length * 3 + 2;
    if (this.pos + most > BUFFER_BYTES) this.spill(most);
    if (most <= BUFFER_BYTES) {
      const buffer = this.buffer;
      buffer[this.pos++] = QUOTE;
      this.pos += buffer.write(text, this.pos);
      buffer[this.pos++] = QUOTE;
    } else {
      // a field larger than the buffer is written on its own, after the row so far
      writeSync(this.fd, `"${text}"`);
    }
  }

  private integer(value: number): void {
    if (this.pos + 20 > BUFFER_BYTES) this.spill(20);
    const buffer = this.buffer;
    if (value < 0) {
      buffer[this.pos++] = 0x2d;
      value = -value;
    }
    let digits = 1;
    for (let v = value; v >= 10; v = Math.floor(v / 10)) digits++;
    let pos = this.pos + digits;
    this.pos = pos;
    do {
      const q = Math.floor(value / 10);
      buffer[--pos] = 0x30 + (value - q * 10);
      value = q;
    } while (value > 0);
  }

  private bytes(bytes: Buffer): void {
    if (this.pos + bytes.length > BUFFER_BYTES) this.spill(bytes.length);
    bytes.copy(this.buffer, this.pos);
    this.pos += bytes.length;
  }

  private byte(b: number): void {
    if (this.pos === BUFFER_BYTES) this.spill(1);
    this.buffer[this.pos++] = b;
  }

  private ascii(text: string): void {
    if (this.pos + text.length > BUFFER_BYTES) this.spill(text.length);
    this.pos += this.buffer.write(text, this.pos, 'latin1');
  }

  endRow(): void {
    if (this.col !== this.columnCount)
      throw new Error(`staging row has ${this.col} of ${this.columnCount} columns`);
    this.col = 0;
    this.byte(NEWLINE);
    this.rows += 1;
    const length = this.pos - this.rowStart;
    if (length > this.longest) this.longest = length;
    this.rowStart = this.pos;
  }

  /** Writes the buffer out to make room for `bytes` more. */
  private spill(bytes: number): void {
    writeSync(this.fd, this.buffer, 0, this.pos);
    // the row in progress continues in the next buffer: count what it has so far, and more
    this.longest = Math.max(this.longest, this.pos - this.rowStart + bytes);
    this.pos = 0;
    this.rowStart = 0;
  }

  /** Ends the current file and starts the next: the ended one, if it has rows, to be loaded. */
  rotate(): Segment | null {
    if (this.pos > 0) writeSync(this.fd, this.buffer, 0, this.pos);
    this.pos = 0;
    this.rowStart = 0;
    closeSync(this.fd);
    this.fd = -1;
    const segment =
      this.rows > 0 ? { table: this.table, file: this.file, longest: this.longest } : null;
    if (segment === null) rmSync(this.file, { force: true });
    this.openNext();
    return segment;
  }

  close(): void {
    if (this.fd >= 0) closeSync(this.fd);
    this.fd = -1;
  }
}

/** Loads staging files into their tables, then removes them. */
async function loadSegments(db: Database, segments: readonly Segment[]): Promise<void> {
  for (const { table, file, longest } of segments) {
    const maxLine = Math.max(2 ** 21, longest + 16);
    await db.run(
      `INSERT INTO ${table} SELECT * FROM read_csv($1, columns = {${stagingCsvColumns(table)}},
         header = false, delim = ',', quote = '"', escape = '"', nullstr = '',
         allow_quoted_nulls = false, auto_detect = false, new_line = '\\n',
         max_line_size = ${maxLine}, buffer_size = ${Math.max(maxLine * 4, 2 ** 24)})`,
      [file],
    );
    rmSync(file, { force: true });
  }
}

/**
 * A new private folder for one run's staging files, beside the store (on the disk the user chose
 * for it). Folders of earlier runs of this store that were killed are removed first: the store's
 * file lock means no other import of it is running.
 */
function makeStagingFolder(storePath: string): string {
  const folder = join(dirname(storePath), `${basename(storePath)}.staging`);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { mode: 0o700 });
  return folder;
}
