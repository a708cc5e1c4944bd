import type { Database, MetricsWindow } from '../store/index.js';
import { createCountProgress } from './count-progress.js';
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
  const progress = createCountProgress(out, `${verb}: classifying new posts`);
  let result;
  try {
    result = await textAnalyzeOptions(db, window, (done, total) => progress.update(done, total));
  } finally {
    progress.stop();
  }
  const { classified, ...options } = result;
  if (classified > 0) out.note(`${verb}: classified ${classified} posts`);
  return options;
}
