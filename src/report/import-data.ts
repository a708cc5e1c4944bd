import { existsSync, rmSync } from 'node:fs';
import {
  DEFAULT_LIMITS,
  detectFormat,
  openSource,
  type Detected,
  type ImportSource,
  type InputLimits,
} from '../ingest/index.js';
import type { Platform } from '../model/index.js';
import { Database, writeImport, type ImportSummary, type WriteOptions } from '../store/index.js';
import { planParts, stageParts } from './import-parallel.js';

export interface ImportRequest {
  readonly storePath: string;
  readonly platform: Platform | 'auto';
  readonly path: string;
  readonly memoryLimit?: string;
  readonly limits?: InputLimits;
  readonly subreddits?: readonly string[];
  /** Demo data: the run is marked synthetic. */
  readonly synthetic?: boolean;
  /** Told that the input is a tar archive of `bytes` bytes, read through once to list it. */
  readonly onTarListing?: (bytes: number) => void;
  /** Told which importer and format were chosen, before reading starts. */
  readonly onDetected?: (detected: Detected, source: ImportSource) => void;
  /** Called after each committed staging batch. */
  readonly onBatch?: (records: number) => void;
  /** Called every few thousand records with the bytes and records read so far. */
  readonly onTick?: (bytesRead: number, records: number) => void;
  /** Called when reading ends (before the merge), to stop a progress display. */
  readonly onReadDone?: () => void;
  /** Called as each step of the merge into the store begins (see `WriteOptions`). */
  readonly onMergeStep?: WriteOptions['onMergeStep'];
  /** Whether `onMergeStep` is to be told how far each statement is (see `WriteOptions`). */
  readonly trackStatements?: boolean;
  /**
   * Most readers of one large plain line-oriented file (default: the cores, at most 4); 1 reads
   * every input with one reader.
   */
  readonly readers?: number;
  /** Files below this size are read by one reader (default `PARALLEL.minBytes`). */
  readonly parallelMinBytes?: number;
  /** Told how many readers share the input, when it is more than one. */
  readonly onReaders?: (readers: number) => void;
}

export interface ImportResult extends ImportSummary {
  readonly elapsed_s: number;
}

/**
 * Imports one file, folder or archive into the store: opens the source (before touching the
 * store, so a missing or unreadable input leaves no store behind), detects its format, streams
 * its records into the store and returns the SPEC §9 summary.
 */
export async function importData(request: ImportRequest): Promise<ImportResult> {
  const started = performance.now();
  const limits = request.limits ?? DEFAULT_LIMITS;
  const source = await openSource(request.path, limits, { onTarListing: request.onTarListing });
  try {
    const detected = await detectFormat(source, request.platform);
    request.onDetected?.(detected, source);
    const created = !existsSync(request.storePath);
    const db = await Database.open(request.storePath, {
      create: true,
      memoryLimit: request.memoryLimit,
    });
    let ok = false;
    try {
      const salt = await db.salt();
      const subreddits = request.subreddits
        ? request.subreddits.map((s) =>
            s
              .trim()
              .replace(/^\/?r\//i, '')
              .toLowerCase(),
          )
        : null;
      const observedAtMs = Date.now();
      const plan = await planParts(source, detected.importer.platform, detected.format, {
        readers: request.readers,
        minBytes: request.parallelMinBytes,
      });
      if (plan !== null) request.onReaders?.(plan.readers);
      // the records as one stream, or a staging by parallel readers of parts of the file
      const input =
        plan !== null
          ? stageParts({
              path: source.path,
              format: detected.format,
              plan,
              limits,
              salt,
              subreddits,
              observedAtMs,
              onTick: request.onTick,
              onBatch: request.onBatch,
            })
          : detected.importer.read(source, detected.format, {
              limits,
              salt,
              observedAtMs,
              subreddits: subreddits ? new Set(subreddits) : undefined,
            });
      const summary = await writeImport(
        db,
        {
          platform: detected.importer.platform,
          format: detected.format,
          path: request.path,
          synthetic: request.synthetic ?? false,
        },
        input,
        {
          onBatch: request.onBatch,
          // progress is read off the writer's loop: no generator layered over every record
          onRecords: request.onTick
            ? (records) => request.onTick!(source.progress.bytesRead, records)
            : undefined,
          onReadDone: request.onReadDone,
          onMergeStep: request.onMergeStep,
          trackStatements: request.trackStatements,
        },
      );
      ok = true;
      return { ...summary, elapsed_s: round3((performance.now() - started) / 1000) };
    } finally {
      db.close();
      // A failed first import leaves no store behind: the run changed nothing, not even that.
      if (!ok && created) removeStore(request.storePath);
    }
  } finally {
    source.close();
  }
}

function removeStore(path: string): void {
  for (const file of [path, `${path}.wal`]) rmSync(file, { force: true });
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
