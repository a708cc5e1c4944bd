import { mkdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { ImportUnit, Platform } from '../model/index.js';
import type { Database } from './database.js';
import { MERGE_STEPS, mergeRun, type MergeStep } from './merge-run.js';
import { stageUnits, type StageProgress, type Staged } from './stage-units.js';

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

export interface WriteOptions extends StageProgress {
  /** Called when the input is read to its end, before the merge. */
  readonly onReadDone?: () => void;
  /**
   * Called as each step of the merge begins: its name, its index among the `total` steps
   * (`MERGE_STEPS`), and a function that tells how far its statement is (0–100, or null when
   * DuckDB cannot tell), for a progress display.
   */
  readonly onMergeStep?: (
    step: MergeStep,
    index: number,
    total: number,
    statementProgress: () => number | null,
  ) => void;
  /**
   * Whether DuckDB tracks how far each merge statement is, for `onMergeStep`'s
   * `statementProgress` (a bar on a terminal); otherwise that tells null.
   */
  readonly trackStatements?: boolean;
}

/**
 * Stages a run's records into the given private folder by other means than one stream of
 * units: parallel readers, each staging its part of the input with `stageUnits`.
 */
export type Staging = (folder: string, platform: Platform) => Promise<Staged>;

/**
 * Writes one import run. Records are written to staging files beside the store, then merged
 * into the model in one transaction: the store is unchanged unless the whole run succeeds (an
 * error, a kill or a power cut before the commit leaves it as it was), and re-running ends in
 * the same state as one clean run. `input` is the run's records, or a `Staging` that stages
 * them itself.
 */
export async function writeImport(
  db: Database,
  run: RunInfo,
  input: AsyncIterable<ImportUnit> | Staging,
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
  let folder: string | null = null;
  try {
    folder = makeStagingFolder(db.path);
    const staged =
      typeof input === 'function'
        ? await input(folder, run.platform)
        : await stageUnits(folder, run.platform, input, options);
    options.onReadDone?.();
    const onMergeStep = options.onMergeStep;
    const tracked = onMergeStep !== undefined && options.trackStatements === true;
    if (tracked) await db.trackProgress();
    const merged = await mergeRun(
      db,
      runId,
      run.platform,
      staged.files,
      onMergeStep &&
        ((step) =>
          onMergeStep(step, MERGE_STEPS.indexOf(step), MERGE_STEPS.length, () =>
            tracked ? db.statementProgress() : null,
          )),
    );
    const { records, quarantined, skipped } = staged;
    const summary: ImportSummary = {
      platform: run.platform,
      format: run.format,
      records,
      imported: merged.imported,
      updated: merged.updated,
      duplicates: records - merged.importedRecords - merged.updated - quarantined - sum(skipped),
      skipped: { ...skipped },
      quarantined,
    };
    await db.run(
      `UPDATE import_runs SET status = 'done', finished_at = now()::TIMESTAMP, summary = $2 WHERE run_id = $1`,
      [runId, JSON.stringify(summary)],
    );
    return summary;
  } catch (error) {
    await db
      .run(
        `UPDATE import_runs SET status = 'failed', finished_at = now()::TIMESTAMP WHERE run_id = $1`,
        [runId],
      )
      .catch(() => undefined);
    throw error;
  } finally {
    if (folder !== null) rmSync(folder, { recursive: true, force: true });
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
