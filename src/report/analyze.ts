// `rapport analyze`: computes every SPEC §3 metric per platform for a window and stores it,
// recomputing only platforms whose import runs changed since their stored results.
import { availableParallelism } from 'node:os';
import {
  computeMetrics,
  QUADRANTS,
  type MetricsOptions,
  type PlatformMetrics,
  type TextSignals,
} from '../engine/metrics/index.js';
import {
  readAnalysis,
  readDataPlatforms,
  readDoneRuns,
  readMetricsInput,
  writeResults,
  type Database,
  type MetricsWindow,
  type ResultValue,
} from '../store/index.js';

export interface AnalyzeOptions {
  /** `[since, until)` in UTC; open ends by default. */
  readonly since?: Date | null;
  readonly until?: Date | null;
  /** Only this platform (default: every platform holding data). */
  readonly platform?: string;
  /** Recompute even when the stored results cover the same import runs. */
  readonly force?: boolean;
  readonly threads?: number;
  /**
   * The seam for the text classifiers: per-account advocacy_focus and self_promotion_rate.
   * Until it is given they are absent (null), never 0.
   */
  readonly textSignals?: (platform: string, accountIds: readonly string[]) => Promise<TextSignals>;
  /**
   * The classifier version of the text results `textSignals` reads (`classifyStore`'s). Stored
   * results computed without text, or with another version, are recomputed when text signals
   * are given: the import runs alone would call them current.
   */
  readonly textVersion?: string;
  /** Progress: called as each platform starts and ends. */
  readonly onStep?: (
    platform: string,
    step: 'reading' | 'computing' | 'writing' | 'unchanged',
  ) => void;
}

/** Counts of one platform's analysis (the `platforms` map of `analyze --json`). */
export interface PlatformCounts {
  readonly accounts: number;
  readonly active_accounts: number;
  readonly comments: number;
  readonly reply_edges: number;
  readonly replies: number;
  readonly dialogues: number;
  readonly communities: number;
  readonly modularity: number | null;
  readonly pagerank_iterations: number;
  readonly spearman_reach_connection: number | null;
  /** Whether this run recomputed the platform (false: its import runs had not changed). */
  readonly recomputed: boolean;
}

/** SPEC §9 `rapport analyze --json`. */
export interface AnalyzeSummary {
  readonly platforms: Record<string, PlatformCounts>;
  readonly spearman_reach_connection: Record<string, number | null>;
  readonly runs_covered: number[];
  readonly elapsed_s: number;
}

/** The key results are stored under: the window's ends as ISO strings, `/`-joined ('' = open). */
export function windowKey(window: MetricsWindow): string {
  return `${window.since?.toISOString() ?? ''}/${window.until?.toISOString() ?? ''}`;
}

export async function analyze(db: Database, options: AnalyzeOptions = {}): Promise<AnalyzeSummary> {
  const started = performance.now();
  const window: MetricsWindow = { since: options.since ?? null, until: options.until ?? null };
  const platforms = options.platform ? [options.platform] : await readDataPlatforms(db);
  const counts: Record<string, PlatformCounts> = {};
  const spearman: Record<string, number | null> = {};
  const runs = new Set<number>();
  for (const platform of platforms) {
    const result = await analyzePlatform(db, platform, window, options);
    counts[platform] = result.counts;
    spearman[platform] = result.counts.spearman_reach_connection;
    for (const run of result.runsCovered) runs.add(run);
  }
  return {
    platforms: counts,
    spearman_reach_connection: spearman,
    runs_covered: [...runs].sort((a, b) => a - b),
    elapsed_s: Math.round(performance.now() - started) / 1000,
  };
}

/**
 * Brings one platform's stored results for a window up to date: recomputes when none are
 * stored, when the platform's finished import runs differ from those covered, or when forced.
 */
export async function analyzePlatform(
  db: Database,
  platform: string,
  window: MetricsWindow,
  options: Omit<AnalyzeOptions, 'since' | 'until' | 'platform'> = {},
): Promise<{ counts: PlatformCounts; runsCovered: number[] }> {
  const key = windowKey(window);
  const runsCovered = await readDoneRuns(db, platform);
  const stored = await readAnalysis(db, platform, key);
  // which text results the stored metrics were computed with (null: none)
  const textVersion = options.textSignals ? (options.textVersion ?? null) : null;
  const { text_version: storedText = null, ...storedCounts } = stored?.summary ?? {};
  const textCurrent = !options.textSignals || storedText === textVersion;
  if (!options.force && stored && sameRuns(stored.runsCovered, runsCovered) && textCurrent) {
    options.onStep?.(platform, 'unchanged');
    return {
      counts: { ...(storedCounts as unknown as PlatformCounts), recomputed: false },
      runsCovered,
    };
  }
  options.onStep?.(platform, 'reading');
  const input = await readMetricsInput(db, platform, window);
  options.onStep?.(platform, 'computing');
  const metricsOptions: MetricsOptions = {
    threads: options.threads ?? Math.min(2, availableParallelism()),
    ...(window.until ? { workload: { asOfMs: window.until.getTime() - 1 } } : {}),
  };
  const text = await options.textSignals?.(platform, input.accountIds);
  const metrics = computeMetrics(
    { n: input.accountIds.length, ...input, ...(text ? { text } : {}) },
    metricsOptions,
  );
  let active = 0;
  for (let i = 0; i < metrics.n; i++) active += input.active[i]!;
  const s = metrics.summary;
  const counts: PlatformCounts = {
    accounts: metrics.n,
    active_accounts: active,
    comments: input.comments.count,
    reply_edges: s.replyEdges,
    replies: s.replies,
    dialogues: s.dialogues,
    communities: s.communities,
    modularity: s.modularity,
    pagerank_iterations: s.pagerankIterations,
    spearman_reach_connection: Number.isNaN(s.spearman) ? null : s.spearman,
    recomputed: true,
  };
  options.onStep?.(platform, 'writing');
  await writeResults(
    db,
    {
      platform,
      windowKey: key,
      since: window.since?.toISOString() ?? null,
      until: window.until?.toISOString() ?? null,
    },
    input.accountIds,
    (i) => resultValues(metrics, input, i),
    runsCovered,
    { ...counts, text_version: textVersion },
  );
  return { counts, runsCovered };
}

function sameRuns(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** One account's values in the order of the store's RESULT_COLUMNS. */
function resultValues(
  m: PlatformMetrics,
  input: {
    followers: Float64Array;
    following: Float64Array;
    posts: Int32Array;
    active: Uint8Array;
  },
  i: number,
): ResultValue[] {
  const q = m.quadrant[i]!;
  const w = m.workload;
  return [
    input.active[i] === 1,
    input.followers[i]!,
    input.following[i]!,
    m.followRatio[i]!,
    input.posts[i]!,
    m.inboundReplies[i]!,
    m.engagedAudience[i]!,
    m.engagedFollowerRate[i]!,
    Number.isNaN(m.engagedFollowerRate[i]!) ? null : m.engagedFollowerRateEstimated[i] === 1,
    m.responseRate[i]!,
    m.medianResponseHours[i]!,
    m.dialogues[i]!,
    m.dialoguePartners[i]!,
    m.outboundReplies[i]!,
    m.outboundReach[i]!,
    m.reciprocity[i]!,
    m.connectionPagerank[i]!,
    m.connectionRank[i]!,
    m.reachRank[i]!,
    m.community[i]! < 0 ? null : m.community[i]!,
    // advocacy_focus and self_promotion_rate: absent (null, never 0) without text signals.
    m.text ? m.text.advocacyFocus[i]! : null,
    m.text ? JSON.stringify(m.text.topTopics[i] ?? []) : null,
    m.text ? m.text.selfPromotionRate[i]! : null,
    m.connectionScore.value[i]!,
    JSON.stringify(m.connectionScore.parts(i)),
    m.reachScore.value[i]!,
    JSON.stringify(m.reachScore.parts(i)),
    q < 0 ? null : QUADRANTS[q]!,
    w.repliesPerDay[i]!,
    w.rollingMean[i]!,
    w.baselineMedian[i]!,
    Number.isNaN(w.asOfMs) ? null : w.flag[i] === 1,
    Number.isNaN(w.asOfMs) ? null : new Date(w.asOfMs).toISOString().slice(0, 10),
  ];
}
