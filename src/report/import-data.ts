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
import { Database, writeImport, type ImportSummary } from '../store/index.js';

export interface ImportRequest {
  readonly storePath: string;
  readonly platform: Platform | 'auto';
  readonly path: string;
  readonly memoryLimit?: string;
  readonly limits?: InputLimits;
  readonly subreddits?: readonly string[];
  /** Demo data: the run is marked synthetic. */
  readonly synthetic?: boolean;
  /** Told which importer and format were chosen, before reading starts. */
  readonly onDetected?: (detected: Detected, source: ImportSource) => void;
  /** Called after each committed staging batch. */
  readonly onBatch?: (records: number) => void;
  /** Called every few thousand records with the bytes and records read so far. */
  readonly onTick?: (bytesRead: number, records: number) => void;
  /** Called when reading ends (before the merge), to stop a progress display. */
  readonly onReadDone?: () => void;
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
  const source = await openSource(request.path, limits);
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
      const units = detected.importer.read(source, detected.format, {
        limits,
        salt,
        observedAtMs: Date.now(),
        subreddits: request.subreddits
          ? new Set(request.subreddits.map((s) => s.trim().replace(/^r\//i, '').toLowerCase()))
          : undefined,
      });
      const summary = await writeImport(
        db,
        {
          platform: detected.importer.platform,
          format: detected.format,
          path: request.path,
          synthetic: request.synthetic ?? false,
        },
        units,
        {
          onBatch: request.onBatch,
          // progress is read off the writer's loop: no generator layered over every record
          onRecords: request.onTick
            ? (records) => request.onTick!(source.progress.bytesRead, records)
            : undefined,
          onReadDone: request.onReadDone,
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
