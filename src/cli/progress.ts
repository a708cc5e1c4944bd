import cliProgress from 'cli-progress';
import type { Output } from './output.js';

/** Progress of a long import: a bar on a terminal, a line per batch and step elsewhere. */
export interface Progress {
  update(bytesRead: number, records: number): void;
  batch(records: number): void;
  /** Reading has ended; the merge follows. */
  stop(): void;
  /**
   * A step of the merge begins (`index` of `total`); `statementProgress` tells how far its
   * statement is, 0–100 or null.
   */
  merge(step: string, index: number, total: number, statementProgress: () => number | null): void;
  /** The import has ended, or failed: takes down whatever is shown. Safe to call again. */
  finish(): void;
}

/** How often a merge bar asks DuckDB how far its statement is. */
const MERGE_POLL_MS = 200;

const MB = 1024 * 1024;

/**
 * Shows bytes read, records/s and ETA. The bar appears only on a terminal and only once the
 * work has taken more than a second; without a terminal (and without --quiet) each committed
 * batch is reported as one line on stderr, so logs show that work goes on. When reading ends
 * after either was shown, one line says that the merge into the store follows (on large inputs
 * it takes about as long as the reading); then a second bar shows the merge's steps and how far
 * DuckDB is in each, once the merge has taken a second, or, in a log, a line per step.
 * `stream` is stderr but in tests.
 */
export function createProgress(
  out: Output,
  label: string,
  totalBytes: number,
  stream: NodeJS.WriteStream = process.stderr,
): Progress {
  const started = Date.now();
  let bar: cliProgress.SingleBar | null = null;
  let lastRecords = 0;
  // whether anything was shown: the bar, or a batch line
  let shown = false;
  // the merge's bar (once it has taken a second) and the timer that updates it
  let merging: {
    readonly started: number;
    bar: cliProgress.SingleBar | null;
    timer: NodeJS.Timeout | null;
  } | null = null;
  return {
    update(bytesRead, records) {
      lastRecords = records;
      if (!out.interactive) return;
      const elapsed = (Date.now() - started) / 1000;
      if (!bar && elapsed < 1) return;
      if (!bar) {
        bar = new cliProgress.SingleBar(
          {
            format: `${label} [{bar}] {percentage}% | {readMB}/{totalMB} MB | {records} records | {rate} rec/s | ETA {eta_formatted}`,
            stream,
            hideCursor: true,
            etaBuffer: 50,
          },
          cliProgress.Presets.shades_classic,
        );
        shown = true;
        bar.start(Math.max(totalBytes, 1), 0, {
          readMB: '0',
          totalMB: (totalBytes / MB).toFixed(0),
          records: 0,
          rate: 0,
        });
      }
      bar.update(Math.min(bytesRead, totalBytes), {
        readMB: (bytesRead / MB).toFixed(0),
        totalMB: (totalBytes / MB).toFixed(0),
        records,
        rate: Math.round(records / Math.max(elapsed, 0.001)),
      });
    },
    batch(records) {
      if (out.interactive || out.options.quiet) return;
      const elapsed = (Date.now() - started) / 1000;
      shown = true;
      stream.write(
        `${label}: batch staged, ${records} records read (${Math.round(records / Math.max(elapsed, 0.001))} records/s)\n`,
      );
    },
    stop() {
      if (bar) {
        bar.update({ records: lastRecords });
        bar.stop();
        bar = null;
      }
      if (shown) {
        stream.write(`${label}: ${lastRecords} records read; merging them into the store\n`);
      }
    },
    merge(step, index, total, statementProgress) {
      if (out.options.quiet) return;
      if (!out.interactive) {
        // in a log, each step of a merge that follows a long read
        if (shown) stream.write(`${label}: merging: ${step} (${index + 1}/${total})\n`);
        return;
      }
      merging ??= { started: Date.now(), bar: null, timer: null };
      const m = merging;
      const show = () => {
        const elapsed = Date.now() - m.started;
        if (!m.bar && elapsed < 1000) return;
        if (!m.bar) {
          m.bar = new cliProgress.SingleBar(
            {
              format: `${label}: merging [{bar}] {percentage}% | {step} ({n}/{total}) | {elapsed}s`,
              stream,
              hideCursor: true,
            },
            cliProgress.Presets.shades_classic,
          );
          m.bar.start(total, 0, { step, n: index + 1, total, elapsed: 0 });
        }
        const done = (statementProgress() ?? 0) / 100;
        m.bar.update(index + done, {
          step,
          n: index + 1,
          total,
          elapsed: Math.round(elapsed / 1000),
        });
      };
      if (m.timer) clearInterval(m.timer);
      m.timer = setInterval(show, MERGE_POLL_MS);
      // never what keeps the process alive
      m.timer.unref();
      show();
    },
    finish() {
      if (bar) {
        bar.stop();
        bar = null;
      }
      if (merging) {
        if (merging.timer) clearInterval(merging.timer);
        merging.bar?.stop();
        merging = null;
      }
    },
  };
}
