import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import {
  DuckDBConnection,
  DuckDBInstance,
  type DuckDBDataChunk,
  type DuckDBValue,
} from '@duckdb/node-api';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations.js';

/** No store file where one was expected (only `import` and `demo` create a store). */
export class NoStoreError extends Error {
  override name = 'NoStoreError';
  constructor(readonly path: string) {
    super(`no store at ${path}`);
  }
}

/** The store was written by a newer Rapport. */
export class StoreVersionError extends Error {
  override name = 'StoreVersionError';
}

export interface OpenOptions {
  /** Create the file when it does not exist (import, demo). */
  readonly create?: boolean;
  /** DuckDB `memory_limit`, e.g. `1GB` (SPEC §9 `--memory`). */
  readonly memoryLimit?: string;
  /** DuckDB worker threads; default: every core. */
  readonly threads?: number;
}

export type Row = Record<string, DuckDBValue>;

/**
 * The one owner of the DuckDB file: opens it, migrates it, and runs the SQL of the store
 * modules. Nothing outside `store/` sees the connection; values are always bound parameters.
 */
export class Database {
  private constructor(
    readonly path: string,
    private readonly instance: DuckDBInstance,
    private readonly connection: DuckDBConnection,
  ) {}

  static async open(path: string, options: OpenOptions = {}): Promise<Database> {
    if (!options.create && !existsSync(path)) throw new NoStoreError(path);
    checkStoreFile(path);
    const config: Record<string, string> = { memory_limit: options.memoryLimit ?? '1GB' };
    if (options.threads) config.threads = String(options.threads);
    let instance: DuckDBInstance;
    try {
      instance = await DuckDBInstance.create(path, config);
    } catch (error) {
      const message = (error as Error).message;
      if (/lock/i.test(message))
        throw new Error(`store ${path} is in use by another process`, { cause: error });
      throw new Error(`cannot open store ${path}: ${message.split('\n')[0]}`, { cause: error });
    }
    const connection = await instance.connect();
    const db = new Database(path, instance, connection);
    try {
      await db.migrate();
    } catch (error) {
      db.close();
      throw error;
    }
    return db;
  }

  private async migrate(): Promise<void> {
    await this.run(
      `CREATE TABLE IF NOT EXISTS meta (key VARCHAR NOT NULL, value VARCHAR NOT NULL)`,
    );
    const current = Number(
      (await this.value(`SELECT value FROM meta WHERE key = 'schema_version'`)) ?? 0,
    );
    if (current > SCHEMA_VERSION) {
      throw new StoreVersionError(
        `store ${this.path} has schema version ${current}; this Rapport knows up to ${SCHEMA_VERSION}`,
      );
    }
    for (const migration of MIGRATIONS) {
      if (migration.version <= current) continue;
      await this.transaction(async () => {
        for (const statement of splitStatements(migration.sql)) await this.run(statement);
        await this.run(`DELETE FROM meta WHERE key = 'schema_version'`);
        await this.run(`INSERT INTO meta VALUES ('schema_version', $1)`, [
          String(migration.version),
        ]);
        if (migration.version === 1) {
          // A per-store secret for hashing commenters' emails: never stored in clear (SPEC §9).
          await this.run(`INSERT INTO meta VALUES ('salt', $1)`, [randomBytes(32).toString('hex')]);
        }
      });
    }
  }

  /**
   * Makes DuckDB track how far each statement of this connection is (`statementProgress`), for a
   * progress display; it prints nothing itself.
   */
  async trackProgress(): Promise<void> {
    await this.run(`SET enable_progress_bar = true`);
    await this.run(`SET enable_progress_bar_print = false`);
  }

  /**
   * How far the statement running now is, 0–100, or null when DuckDB cannot tell (no statement,
   * or one it has no estimate for). Read while the statement runs (after `trackProgress`).
   */
  statementProgress(): number | null {
    const { percentage } = this.connection.progress;
    return percentage >= 0 ? Math.min(percentage, 100) : null;
  }

  /** The store's secret salt for hashing commenters' emails. */
  async salt(): Promise<string> {
    return String(await this.value(`SELECT value FROM meta WHERE key = 'salt'`));
  }

  async run(sql: string, params: DuckDBValue[] = []): Promise<void> {
    const started = TRACE ? performance.now() : 0;
    await this.connection.run(sql, params);
    if (TRACE) trace(started, sql);
  }

  async all(sql: string, params: DuckDBValue[] = []): Promise<Row[]> {
    const reader = await this.connection.runAndReadAll(sql, params);
    return reader.getRowObjects();
  }

  /** Rows with DuckDB values converted to plain JS (BIGINT → number when safe, else bigint). */
  async rows(sql: string, params: DuckDBValue[] = []): Promise<Record<string, unknown>[]> {
    const started = TRACE ? performance.now() : 0;
    const reader = await this.connection.runAndReadAll(sql, params);
    if (TRACE) trace(started, sql);
    return reader.getRowObjectsJS() as Record<string, unknown>[];
  }

  /**
   * Streams a result chunk by chunk (about 2,048 rows each) without materialising it: for scans
   * of millions of rows that the caller packs into typed arrays.
   */
  async *chunks(sql: string, params: DuckDBValue[] = []): AsyncIterable<DuckDBDataChunk> {
    const result = await this.connection.stream(sql, params);
    for (;;) {
      const chunk = await result.fetchChunk();
      if (!chunk || chunk.rowCount === 0) return;
      yield chunk;
    }
  }

  async value(sql: string, params: DuckDBValue[] = []): Promise<DuckDBValue | undefined> {
    const started = TRACE ? performance.now() : 0;
    const reader = await this.connection.runAndReadAll(sql, params);
    if (TRACE) trace(started, sql);
    const rows = reader.getRows();
    return rows[0]?.[0];
  }

  async transaction<T>(body: () => Promise<T>): Promise<T> {
    await this.run('BEGIN TRANSACTION');
    try {
      const result = await body();
      await this.run('COMMIT');
      return result;
    } catch (error) {
      await this.run('ROLLBACK').catch(() => undefined);
      throw error;
    }
  }

  async appender(table: string) {
    return this.connection.createAppender(table);
  }

  close(): void {
    this.connection.closeSync();
    this.instance.closeSync();
  }
}

/** Bytes 8–11 of every DuckDB database file. */
const DUCKDB_MAGIC = Buffer.from('DUCK', 'latin1');

/**
 * An existing store path must be a DuckDB database file. DuckDB itself refuses most other
 * files, but opens one named like data (`.json`, `.ndjson`, `.csv`) as an empty database in
 * memory: an import into it would report its counts, exit 0 and store nothing.
 */
function checkStoreFile(path: string): void {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new Error(`cannot open store ${path}: it is a folder`);
    size = stat.size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return; // created by DuckDB
    throw error;
  }
  const head = Buffer.alloc(12);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  if (size < head.length || !head.subarray(8, 12).equals(DUCKDB_MAGIC))
    throw new Error(`cannot open store ${path}: it is not a DuckDB database file`);
}

/** `RAPPORT_TRACE_SQL=1` prints each statement's time on stderr (for profiling the store). */
const TRACE = process.env.RAPPORT_TRACE_SQL === '1';

function trace(started: number, sql: string): void {
  const ms = (performance.now() - started).toFixed(0);
  process.stderr.write(`sql ${ms.padStart(6)} ms  ${sql.replace(/\s+/g, ' ').slice(0, 90)}\n`);
}

/** Splits a migration's SQL at semicolons that end a line (no semicolons inside literals). */
function splitStatements(sql: string): string[] {
  return sql
    .split(/;\s*\n/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Double-quotes an SQL identifier: the one way identifiers enter SQL text. */
export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
