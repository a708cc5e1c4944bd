import { join } from 'node:path';
import type {
  Account,
  ImportUnit,
  Interaction,
  Location,
  ModelRecord,
  Platform,
  Post,
  ProfileSnapshot,
} from '../model/index.js';
import type { UnitSink } from '../ingest/units.js';
import { ParquetAppender } from './parquet-appender.js';
import {
  STAGING,
  derivesReply,
  isDerivedInteraction,
  type StagedFile,
  type StagingTable,
} from './staging.js';

/**
 * Progress callbacks of staging (see `writeImport`).
 */
export interface StageProgress {
  /** Records per staged batch. */
  readonly batchRecords?: number;
  /** Called after each batch of records is staged, with the records read so far. */
  readonly onBatch?: (records: number) => void;
  /** Called every 4,096 records and once at the end of the input, with the records read. */
  readonly onRecords?: (records: number) => void;
}

/** What staging a run's records produced: the staging files and the counts of the input. */
export interface Staged {
  readonly files: Readonly<Record<StagingTable, readonly StagedFile[]>>;
  /** Input records read. */
  readonly records: number;
  readonly quarantined: number;
  readonly skipped: Readonly<Record<string, number>>;
}

const DEFAULT_BATCH_RECORDS = 50_000;
/**
 * Record and row numbers of part k start at k × this (a part holds fewer records). The stager
 * counts within the part and the appender adds the part's base as it writes: the numbers JS
 * keeps stay small integers (numbers above 2^31 are heap doubles in V8, and made a later part's
 * reader about 15% slower per byte, measured with `node --cpu-prof`).
 */
const PART_STRIDE = 10 ** 12;
/** Separates list items (hashtags, links) in staging; a control character no tag contains. */
export const LIST_SEPARATOR = '\u001f';

export interface StageOptions extends StageProgress {
  /** Added to the names of the staging files: readers staging side by side need distinct names. */
  readonly tag?: string;
}

/** One part of the input and its records. */
export interface UnitPart {
  /**
   * The part's number (parts in input order): its record and row numbers are
   * `part × PART_STRIDE` + their number within the part, so a later part's are above every
   * earlier one's.
   */
  readonly part: number;
  /** Reads the part, pushing its records into `sink` in input order. */
  readonly read: (sink: UnitSink) => Promise<void>;
}

/** Stages a stream of import units into `folder` (see `writeImport`). */
export function stageUnits(
  folder: string,
  platform: Platform,
  units: AsyncIterable<ImportUnit>,
  options: StageOptions = {},
): Promise<Staged> {
  const read = async (sink: UnitSink) => {
    for await (const unit of units) sink(unit);
  };
  return stageUnitParts(folder, platform, [{ part: 0, read }], options);
}

/**
 * Stages parts of the input one after another into one set of staging files (a reader that
 * takes the next part of a file whenever it is done with one). Each part's records and rows are
 * numbered as its own (`UnitPart.part`); progress counts the records of all parts.
 */
export async function stageUnitParts(
  folder: string,
  platform: Platform,
  parts: Iterable<UnitPart> | AsyncIterable<UnitPart>,
  options: StageOptions = {},
): Promise<Staged> {
  const batchRecords = options.batchRecords ?? DEFAULT_BATCH_RECORDS;
  const stager = new Stager(folder, options.tag ?? '');
  let records = 0;
  let quarantined = 0;
  const skipped: Record<string, number> = {};
  try {
    let rec = 0; // the record's number within its part
    const take = (unit: ImportUnit) => {
      rec += 1;
      records += 1;
      switch (unit.outcome) {
        case 'skipped':
          skipped[unit.reason] = (skipped[unit.reason] ?? 0) + 1;
          break;
        case 'quarantined':
          quarantined += 1;
          stager.quarantine(rec, platform, unit.where, unit.reason, unit.contentHash);
          break;
        case 'record':
          stager.record(rec, unit.where, unit.items);
          break;
      }
      if ((records & 4095) === 0) options.onRecords?.(records);
      if (records % batchRecords === 0) options.onBatch?.(records);
    };
    for await (const { part, read } of parts) {
      stager.startPart(part);
      rec = 0;
      await read(take);
    }
    options.onRecords?.(records);
    return { files: stager.close(), records, quarantined, skipped };
  } finally {
    stager.closeFiles();
  }
}

/**
 * Writes model records into the staging files: one Parquet file per staging table, read by the
 * merge.
 */
class Stager {
  private readonly accounts: ParquetAppender;
  private readonly snapshots: ParquetAppender;
  private readonly posts: ParquetAppender;
  private readonly interactions: ParquetAppender;
  private readonly quarantined: ParquetAppender;
  /**
   * Accounts already staged in this run with the same fields: a commenter named on every one of
   * their comments is staged once (the later mentions change nothing, so they cannot change
   * a record's outcome).
   */
  private readonly seenAccounts = new Map<string, Account>();

  constructor(folder: string, tag: string) {
    const open = (table: StagingTable) =>
      new ParquetAppender(
        join(folder, `${table}${tag}.parquet`),
        STAGING[table],
        PART_STRIDE,
        true,
      );
    this.accounts = open('stage_accounts');
    this.snapshots = open('stage_snapshots');
    this.posts = open('stage_posts');
    this.interactions = open('stage_interactions');
    this.quarantined = open('stage_quarantine');
  }

  private all(): ParquetAppender[] {
    return [this.accounts, this.snapshots, this.posts, this.interactions, this.quarantined];
  }

  /** The records that follow are of part `part`: numbered from its base up. */
  startPart(part: number): void {
    for (const appender of this.all()) appender.startPart(part * PART_STRIDE);
  }

  /** Ends every file: what the merge reads. */
  close(): Record<StagingTable, StagedFile[]> {
    const files = (a: ParquetAppender) => a.close().map((file, i) => ({ file, tail: i > 0 }));
    return {
      stage_accounts: files(this.accounts),
      stage_snapshots: files(this.snapshots),
      stage_posts: files(this.posts),
      stage_interactions: files(this.interactions),
      stage_quarantine: files(this.quarantined),
    };
  }

  /** Closes the files without writing what is left (the staging failed). */
  closeFiles(): void {
    for (const appender of this.all()) appender.closeFile();
  }

  /**
   * Stages one record's items. A reply the `interactions` view reads from its comment is not
   * staged, and must be exactly its comment's, in the same record: the view would otherwise tell
   * something other than the input. (A comment of such a platform has that reply in the view
   * whether or not its record carried one: SPEC §9, every comment yields one.)
   */
  record(rec: number, where: Location, items: readonly ModelRecord[]): void {
    for (const item of items) {
      if (item.type === 'interaction' && isDerivedInteraction(item)) {
        const found = items.some((post) => post.type === 'post' && derivesReply(post, item));
        if (!found)
          throw new Error(`${item.platform} ${item.key} is not its record's comment's reply`);
        continue;
      }
      this.item(rec, where, item);
    }
  }

  private item(
    rec: number,
    where: Location,
    item: Account | ProfileSnapshot | Post | Interaction,
  ): void {
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

  /** `rec` is the record's number within the part. */
  private head(a: ParquetAppender, rec: number, platform: string): void {
    a.number(a.rowNumber());
    a.number(rec);
    a.put(platform);
  }

  private tail(a: ParquetAppender, where: Location): void {
    a.put(where.file);
    a.put(where.line ?? null);
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
    a.put(x.displayName ?? null);
    a.put(x.bio ?? null);
    a.put(x.isSelfIdentifiedProfessional ?? null);
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
    a.put(x.author ?? null);
    optNumber(a, x.createdAt?.ms);
    a.put(x.createdAt?.isLocal ?? false);
    a.put(x.kind);
    a.put(x.root ?? null);
    a.put(x.parent ?? null);
    a.put(x.parentIsComment ?? null);
    a.put(x.title ?? null);
    a.put(x.text);
    a.put(x.hashtags.length ? x.hashtags.join(LIST_SEPARATOR) : null);
    a.put(x.links.length ? x.links.join(LIST_SEPARATOR) : null);
    a.put(x.language ?? null);
    a.put(x.visibility);
    a.put(x.venue ?? null);
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
    a.put(x.actor ?? null);
    a.put(x.targetAccount ?? null);
    a.put(x.targetPost ?? null);
    optNumber(a, x.at?.ms);
    a.put(x.at?.isLocal ?? false);
    this.tail(a, where);
  }

  quarantine(rec: number, platform: Platform, where: Location, reason: string, hash: string): void {
    const a = this.quarantined;
    this.head(a, rec, platform);
    a.put(where.file);
    a.put(where.line ?? null);
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

/** A number column: absent or not finite (NaN, Infinity) is NULL. */
function optNumber(a: ParquetAppender, value: number | null | undefined): void {
  if (value === null || value === undefined || !Number.isFinite(value)) a.put(null);
  else a.put(value);
}
