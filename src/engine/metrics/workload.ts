// workload (SPEC §3, §9): a's replies per day, the 7-day rolling mean, and a flag when that mean
// exceeds `factor` × a's trailing 90-day median and is at least `minPerDay` replies a day.
import type { CommentArrays } from './comments.js';
import { median } from './response-rate.js';

export interface WorkloadOptions {
  readonly rollingDays?: number;
  readonly baselineDays?: number;
  readonly factor?: number;
  readonly minPerDay?: number;
  /** The day (ms) the rolling window ends on, inclusive; default the last day with a reply. */
  readonly asOfMs?: number;
}

export const DEFAULTS = { rollingDays: 7, baselineDays: 90, factor: 2, minPerDay: 3 } as const;

export interface Workload {
  /** Replies per day over the window, from its first day with data to the as-of day. */
  readonly repliesPerDay: Float64Array;
  /** Mean replies a day over the `rollingDays` ending on the as-of day. */
  readonly rollingMean: Float64Array;
  /** Median replies a day over the `baselineDays` before the rolling window. */
  readonly baselineMedian: Float64Array;
  readonly flag: Uint8Array;
  /** The as-of day as ms since the epoch (UTC midnight); NaN when no reply has a time. */
  readonly asOfMs: number;
}

const DAY_MS = 86_400_000;

export function workload(
  n: number,
  comments: CommentArrays,
  options: WorkloadOptions = {},
): Workload {
  const rollingDays = options.rollingDays ?? DEFAULTS.rollingDays;
  const baselineDays = options.baselineDays ?? DEFAULTS.baselineDays;
  const factor = options.factor ?? DEFAULTS.factor;
  const minPerDay = options.minPerDay ?? DEFAULTS.minPerDay;
  const { author, atMs, count } = comments;
  let firstDay = Infinity;
  let lastDay = -Infinity;
  const starts = new Uint32Array(n + 1);
  for (let c = 0; c < count; c++) {
    if (author[c] < 0 || Number.isNaN(atMs[c])) continue;
    const day = Math.floor(atMs[c] / DAY_MS);
    if (day < firstDay) firstDay = day;
    if (day > lastDay) lastDay = day;
    starts[author[c] + 1]++;
  }
  const asOf = options.asOfMs !== undefined ? Math.floor(options.asOfMs / DAY_MS) : lastDay;
  const repliesPerDay = new Float64Array(n).fill(NaN);
  const rollingMean = new Float64Array(n).fill(NaN);
  const baselineMedian = new Float64Array(n).fill(NaN);
  const flag = new Uint8Array(n);
  if (!Number.isFinite(asOf) || !Number.isFinite(firstDay))
    return { repliesPerDay, rollingMean, baselineMedian, flag, asOfMs: NaN };
  for (let i = 0; i < n; i++) starts[i + 1] += starts[i];
  const fill = starts.slice(0, n);
  const days = new Int32Array(starts[n]);
  for (let c = 0; c < count; c++) {
    if (author[c] < 0 || Number.isNaN(atMs[c])) continue;
    days[fill[author[c]]++] = Math.floor(atMs[c] / DAY_MS);
  }
  const span = rollingDays + baselineDays;
  const daily = new Float64Array(span);
  const baseline = new Float64Array(baselineDays);
  const spanDays = Math.max(1, asOf - firstDay + 1);
  for (let a = 0; a < n; a++) {
    daily.fill(0);
    let total = 0;
    for (let e = starts[a]; e < starts[a + 1]; e++) {
      const back = asOf - days[e];
      if (back < 0) continue;
      total++;
      if (back < span) daily[span - 1 - back]++;
    }
    repliesPerDay[a] = total / spanDays;
    let recent = 0;
    for (let d = baselineDays; d < span; d++) recent += daily[d];
    rollingMean[a] = recent / rollingDays;
    baseline.set(daily.subarray(0, baselineDays));
    baselineMedian[a] = median(baseline);
    flag[a] = rollingMean[a] > factor * baselineMedian[a] && rollingMean[a] >= minPerDay ? 1 : 0;
  }
  return { repliesPerDay, rollingMean, baselineMedian, flag, asOfMs: asOf * DAY_MS };
}
