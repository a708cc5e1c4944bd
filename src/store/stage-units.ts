import { closeSync, openSync, writeSync } from 'node:fs';
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
import {
  STAGING,
  derivesReply,
  hasDerivedReply,
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
  /** Called after each batch is written to staging, with the records read so far. */
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

/** Digits of a record or row number within a part (a part holds fewer than 10^12 records). */
const PART_DIGITS = 12;
const DEFAULT_BATCH_RECORDS = 50_000;
/**
 * Record and row numbers of part k start at k × this. A power of ten, so that they are written
 * as the part's digits followed by the number within the part, padded: the numbers JS handles
 * stay small integers (numbers above 2^31 are heap doubles in V8, and made a later part's reader
 * about 15% slower per byte, measured with `node --cpu-prof`).
 */
const PART_STRIDE = 10 ** PART_DIGITS;
/** Separates list items (hashtags, links) in staging; a control character no tag contains. */
export const LIST_SEPARATOR = '\u001f';

export interface StageOptions extends StageProgress {
  /** Added to the names of the staging files: parts staged side by side need distinct names. */
  readonly tag?: string;
  /**
   * The part of the input these records are (parts staged side by side, in input order): its
   * record and row numbers are `part × PART_STRIDE` + their number within the part, so a later
   * part's are above every earlier one's. Default 0.
   */
  readonly part?: number;
}

/** Stages a stream of import units into `folder` (see `writeImport`). */
export async function stageUnits(
  folder: string,
  platform: Platform,
  units: AsyncIterable<ImportUnit>,
  options: StageOptions = {},
): Promise<Staged> {
  const batchRecords = options.batchRecords ?? DEFAULT_BATCH_RECORDS;
  const stager = new Stager(folder, options.tag ?? '', options.part ?? 0);
  let records = 0;
  let quarantined = 0;
  const skipped: Record<string, number> = {};
  try {
    for await (const unit of units) {
      // the record's number within the part
      const rec = ++records;
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
      if (records % batchRecords === 0) {
        stager.flush();
        options.onBatch?.(records);
      }
    }
    options.onRecords?.(records);
    const closed = stager.close();
    const files = Object.fromEntries(
      Object.entries(closed).map(([table, file]) => [table, [file]]),
    ) as Record<StagingTable, StagedFile[]>;
    return { files, records, quarantined, skipped };
  } finally {
    stager.closeFiles();
  }
}

/**
 * Writes model records into the staging files: one CSV file per staging table, read by the
 * merge.
 */
class Stager {
  private readonly accounts: CsvAppender;
  private readonly snapshots: CsvAppender;
  private readonly posts: CsvAppender;
  private readonly postKeys: CsvAppender;
  private readonly interactions: CsvAppender;
  private readonly quarantined: CsvAppender;
  /**
   * Accounts already staged in this run with the same fields: a commenter named on every one of
   * their comments is staged once (the later mentions change nothing, so they cannot change
   * a record's outcome).
   */
  private readonly seenAccounts = new Map<string, Account>();

  constructor(folder: string, tag: string, part: number) {
    const open = (table: StagingTable) => new CsvAppender(table, folder, tag, part);
    this.accounts = open('stage_accounts');
    this.snapshots = open('stage_snapshots');
    this.posts = open('stage_posts');
    this.postKeys = open('stage_post_keys');
    this.interactions = open('stage_interactions');
    this.quarantined = open('stage_quarantine');
  }

  private all(): CsvAppender[] {
    return [
      this.accounts,
      this.snapshots,
      this.posts,
      this.postKeys,
      this.interactions,
      this.quarantined,
    ];
  }

  /** Writes the rows gathered so far to their files. */
  flush(): void {
    for (const appender of this.all()) appender.flush();
  }

  /** Ends every file: what the merge reads. */
  close(): Record<StagingTable, StagedFile> {
    return {
      stage_accounts: this.accounts.close(),
      stage_snapshots: this.snapshots.close(),
      stage_posts: this.posts.close(),
      stage_post_keys: this.postKeys.close(),
      stage_interactions: this.interactions.close(),
      stage_quarantine: this.quarantined.close(),
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
        let found = false;
        for (const post of items)
          if (post.type === 'post' && derivesReply(post, item)) found = true;
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
  private head(a: CsvAppender, rec: number, platform: string): void {
    a.number(a.rowNumber());
    a.number(rec);
    a.put(platform);
  }

  private tail(a: CsvAppender, where: Location): void {
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
    const k = this.postKeys;
    k.number(this.posts.rowNumber());
    k.number(rec);
    k.put(x.platform);
    k.put(x.id);
    k.put(hasDerivedReply(x) ? 1 : 0);
    k.endRow();
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
function optNumber(a: CsvAppender, value: number | null | undefined): void {
  if (value === null || value === undefined || !Number.isFinite(value)) a.put(null);
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

/**
 * A staging table's CSV file, which DuckDB reads in bulk (`read_csv`: parallel, in C++).
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
  private readonly file: string;
  private fd: number;
  private readonly columnCount: number;
  /** The part's number in ASCII digits, or null for part 0 (numbers are written as they are). */
  private readonly partDigits: Buffer | null;

  constructor(table: StagingTable, folder: string, tag: string, part: number) {
    this.partDigits = part > 0 ? Buffer.from(String(part), 'latin1') : null;
    this.columnCount = STAGING[table].length;
    this.file = join(folder, `${table}${tag}.csv`);
    this.fd = openSync(this.file, 'wx', 0o600);
  }

  /** The next row's number within the part: rows are numbered in the order they are written. */
  rowNumber(): number {
    return this.rows;
  }

  /** The next column: a record or row number within the part, written as the part's number. */
  number(value: number): void {
    if (this.partDigits === null) return this.put(value);
    if (!(value >= 0 && value < PART_STRIDE)) throw new Error(`part holds too many records`);
    if (this.col++ > 0) this.byte(COMMA);
    this.bytes(this.partDigits);
    if (this.pos + PART_DIGITS > BUFFER_BYTES) this.spill(PART_DIGITS);
    const buffer = this.buffer;
    let pos = this.pos + PART_DIGITS;
    this.pos = pos;
    for (let i = 0; i < PART_DIGITS; i++) {
      const q = Math.floor(value / 10);
      buffer[--pos] = 0x30 + (value - q * 10);
      value = q;
    }
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

  /** Writes the rows gathered so far to the file. */
  flush(): void {
    if (this.pos > 0) writeSync(this.fd, this.buffer, 0, this.pos);
    this.pos = 0;
    this.rowStart = 0;
  }

  /** Ends the file: what the merge reads. */
  close(): StagedFile {
    if (this.fd >= 0) this.flush();
    this.closeFile();
    return { file: this.file, longest: this.longest };
  }

  /** Closes the file as it is (again: no-op). */
  closeFile(): void {
    if (this.fd >= 0) closeSync(this.fd);
    this.fd = -1;
  }
}
