import type { Database, MetricsWindow } from '../store/index.js';
import { withCountProgress } from './count-progress.js';
import type { Output } from './output.js';

/**
 * For the commands that report topics (analyze, profile, top --topic): classifies the posts
 * new since the last run, with a progress bar on a terminal and a note of how many, and gives
 * the analyze options that fill advocacy_focus and self_promotion_rate from the results.
 */
export async function classifiedTextOptions(
  out: Output,
  db: Database,
  window: MetricsWindow,
  verb: string,
) {
  const { textAnalyzeOptions } = await import('../report/text-signals.js');
  const { classified, ...options } = await withCountProgress(
    out,
    `${verb}: classifying new posts`,
    (onProgress) => textAnalyzeOptions(db, window, onProgress),
  );
  if (classified > 0) out.note(`${verb}: classified ${classified} posts`);
  return options;
}
