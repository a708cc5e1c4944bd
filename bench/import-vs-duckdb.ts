import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { median } from '../src/engine/metrics/response-rate.js';
import { REPO_ROOT } from '../src/testing/repo-root.js';
import { measureProcess } from './measure.js';
import type { BenchRow } from './types.js';

/**
 * Rounds of each side, alternating: the machines these run on vary by ±15% from one run to the
 * next, so one timing of each side can put the ratio anywhere from 1.9 to 2.5. The median of
 * three alternating rounds is reported.
 */
const ROUNDS = 3;

/**
 * The shape of every import bench: `rapport import <platform> FILE` into a new store against
 * DuckDB loading the same file by itself into a new database file (`read_json`), both as whole
 * processes, in the same run, alternating for `ROUNDS` rounds. Returns the SPEC §9 row: median
 * times, their ratio, and the import's highest peak RSS.
 */
export async function importVsDuckdb(
  name: string,
  platform: string,
  file: string,
  log: (line: string) => void,
): Promise<BenchRow> {
  const work = join(REPO_ROOT, 'bench', 'data', `work-${name}`);
  const anchorTimes: number[] = [];
  const rapportTimes: number[] = [];
  let peakRssMb: number | null = null;
  try {
    for (let round = 1; round <= ROUNDS; round++) {
      rmSync(work, { recursive: true, force: true });
      mkdirSync(work, { recursive: true });
      const anchor = await measureProcess(process.execPath, [
        join(REPO_ROOT, 'dist', 'bench', 'duckdb-load.js'),
        file,
        join(work, 'anchor.duckdb'),
      ]);
      if (anchor.code !== 0) throw new Error(`duckdb anchor failed: ${anchor.stderr}`);
      anchorTimes.push(anchor.seconds);
      log(
        `round ${round}: duckdb read_json: ${anchor.seconds.toFixed(2)} s, ${anchor.stdout.trim()}`,
      );
      const rapport = await measureProcess(process.execPath, [
        join(REPO_ROOT, 'bin', 'rapport.js'),
        'import',
        platform,
        file,
        '--store',
        join(work, 'rapport.duckdb'),
        '--json',
        '--quiet',
      ]);
      if (rapport.code !== 0) throw new Error(`rapport import failed: ${rapport.stderr}`);
      rapportTimes.push(rapport.seconds);
      if (rapport.peakRssMb !== null) peakRssMb = Math.max(peakRssMb ?? 0, rapport.peakRssMb);
      const summary = JSON.parse(rapport.stdout) as {
        records: number;
        imported: { posts: number; interactions: number };
        quarantined: number;
      };
      log(
        `round ${round}: rapport import: ${rapport.seconds.toFixed(2)} s, ${summary.records} records, ${summary.imported.posts} posts, ${summary.imported.interactions} interactions, ${summary.quarantined} quarantined`,
      );
    }
    const rapportS = median(Float64Array.from(rapportTimes));
    const anchorS = median(Float64Array.from(anchorTimes));
    log(
      `median of ${ROUNDS} rounds: rapport ${rapportS.toFixed(2)} s, duckdb ${anchorS.toFixed(2)} s`,
    );
    return {
      name,
      rapport_s: round(rapportS),
      anchor: 'duckdb-read_json',
      anchor_s: round(anchorS),
      ratio: round(rapportS / anchorS),
      rapport_quality: null,
      anchor_quality: null,
      peak_rss_mb: peakRssMb === null ? null : Math.round(peakRssMb),
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
