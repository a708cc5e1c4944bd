/** One row of `bench/results.json`, exactly as SPEC §9 fixes it: one per (bench, anchor). */
export interface BenchRow {
  readonly name: string;
  readonly rapport_s: number;
  readonly anchor: string;
  readonly anchor_s: number | null;
  readonly ratio: number | null;
  readonly rapport_quality: number | null;
  readonly anchor_quality: number | null;
  readonly peak_rss_mb: number | null;
}

/** A benchmark: runs Rapport and its anchors side by side in one process run. */
export interface Bench {
  readonly name: string;
  readonly description: string;
  run(log: (line: string) => void): Promise<BenchRow[]>;
}
