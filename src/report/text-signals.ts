// The seam between the stored text results and the metrics engine: SPEC §3 `advocacy_focus`
// (with top topics) and `self_promotion_rate`, packed by the engine's dense account index.
// Built only from the public text tables; crisis results are never an input (SPEC §4).
import type { TextSignals } from '../engine/metrics/index.js';
import type { AnalyzeOptions } from './analyze.js';
import { classifyStore, type ClassifyStoreOptions } from './classify-store.js';
import {
  readAdvocacyFocus,
  readSelfPromotionRate,
  type Database,
  type MetricsWindow,
} from '../store/index.js';

/**
 * Text signals for `computeMetrics`, in `accountIds` order; NaN (→ null) where an account has
 * no classified text or no outbound reply. Run `classifyStore(db)` first so results are current.
 *
 * @example
 * await analyze(db, { textSignals: (platform, ids) => readTextSignals(db, platform, window, ids) });
 */
export async function readTextSignals(
  db: Database,
  platform: string,
  window: MetricsWindow,
  accountIds: readonly string[],
): Promise<TextSignals> {
  const index = new Map(accountIds.map((id, i) => [id, i]));
  const advocacyFocus = new Float64Array(accountIds.length).fill(NaN);
  const selfPromotionRate = new Float64Array(accountIds.length).fill(NaN);
  const topTopics: string[][] = accountIds.map(() => []);
  for (const row of await readAdvocacyFocus(db, platform, window)) {
    const i = index.get(row.accountId);
    if (i === undefined || row.advocacyFocus === null) continue;
    advocacyFocus[i] = row.advocacyFocus;
    topTopics[i] = row.topTopics;
  }
  for (const row of await readSelfPromotionRate(db, platform, window)) {
    const i = index.get(row.accountId);
    if (i === undefined || row.selfPromotionRate === null) continue;
    selfPromotionRate[i] = row.selfPromotionRate;
  }
  return { advocacyFocus, topTopics, selfPromotionRate };
}

/**
 * Brings the stored text results up to date (`classifyStore`), then gives the analyze options
 * that fill `advocacy_focus` and `self_promotion_rate` from them for a window.
 */
export async function textAnalyzeOptions(
  db: Database,
  window: MetricsWindow,
  onProgress?: ClassifyStoreOptions['onProgress'],
): Promise<Pick<AnalyzeOptions, 'textSignals' | 'textVersion'> & { classified: number }> {
  const classified = await classifyStore(db, onProgress ? { onProgress } : {});
  return {
    classified: classified.classified,
    textSignals: (platform, ids) => readTextSignals(db, platform, window, ids),
    textVersion: classified.classifierVersion,
  };
}
