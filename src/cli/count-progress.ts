import cliProgress from 'cli-progress';
import type { Output } from './output.js';

/**
 * Progress over a known number of items (posts classified…): a bar on a terminal once the work
 * has taken more than a second, nothing otherwise — the summary line says what was done.
 */
export function createCountProgress(out: Output, label: string) {
  const started = Date.now();
  let bar: cliProgress.SingleBar | null = null;
  return {
    update(done: number, total: number): void {
      if (!out.interactive) return;
      if (!bar && Date.now() - started < 1000) return;
      if (!bar) {
        bar = new cliProgress.SingleBar(
          {
            format: `${label} [{bar}] {percentage}% | {value}/{total} | ETA {eta_formatted}`,
            stream: process.stderr,
            hideCursor: true,
          },
          cliProgress.Presets.shades_classic,
        );
        bar.start(Math.max(total, 1), 0);
      }
      bar.update(done);
    },
    stop(): void {
      bar?.stop();
      bar = null;
    },
  };
}

/**
 * Runs `work` with a count progress bar labelled `label` (see `createCountProgress`), taking the
 * bar down whether the work ends or fails.
 */
export async function withCountProgress<T>(
  out: Output,
  label: string,
  work: (onProgress: (done: number, total: number) => void) => Promise<T>,
): Promise<T> {
  const progress = createCountProgress(out, label);
  try {
    return await work((done, total) => progress.update(done, total));
  } finally {
    progress.stop();
  }
}
