import cliProgress from 'cli-progress';
import type { Output } from './output.js';

/** Progress of a long read: a bar on a terminal, a line per committed batch elsewhere. */
export interface Progress {
  update(bytesRead: number, records: number): void;
  batch(records: number): void;
  stop(): void;
}

const MB = 1024 * 1024;

/**
 * Shows bytes read, records/s and ETA. The bar appears only on a terminal and only once the
 * work has taken more than a second; without a terminal (and without --quiet) each committed
 * batch is reported as one line on stderr, so logs show that work goes on. When reading ends
 * after either was shown, one line says that the merge into the store follows (on large inputs
 * it takes about as long as the reading).
 */
export function createProgress(out: Output, label: string, totalBytes: number): Progress {
  const started = Date.now();
  let bar: cliProgress.SingleBar | null = null;
  let lastRecords = 0;
  // whether anything was shown: the bar, or a batch line
  let shown = false;
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
            stream: process.stderr,
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
      process.stderr.write(
        `${label}: batch written to staging, ${records} records read (${Math.round(records / Math.max(elapsed, 0.001))} records/s)\n`,
      );
    },
    stop() {
      if (bar) {
        bar.update({ records: lastRecords });
        bar.stop();
        bar = null;
      }
      if (shown) {
        shown = false;
        process.stderr.write(
          `${label}: ${lastRecords} records read; merging them into the store\n`,
        );
      }
    },
  };
}
