import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../src/testing/repo-root.js';
import { measureProcess } from './measure.js';
import type { BenchRow } from './types.js';

/**
 * The shape of every import bench: `rapport import <platform> FILE` into a new store against
 * DuckDB loading the same file by itself into a new database file (`read_json`), both as whole
 * processes, in the same run. Returns the SPEC §9 row.
 */
export async function importVsDuckdb(
  name: string,
  platform: string,
  file: string,
  log: (line: string) => void,
): Promise<BenchRow> {
  const work = join(REPO_ROOT, 'bench', 'data', `work-${name}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  try {
    const anchor = await measureProcess(process.execPath, [
      join(REPO_ROOT, 'dist', 'bench', 'duckdb-load.js'),
      file,
      join(work, 'anchor.duckdb'),
    ]);
    if (anchor.code !== 0) throw new Error(`duckdb anchor failed: ${anchor.stderr}`);
    log(`duckdb read_json: ${anchor.seconds.toFixed(2)} s, ${anchor.stdout.trim()}`);
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
    const summary = JSON.parse(rapport.stdout) as {
      records: number;
      imported: { posts: number; interactions: number };
      quarantined: number;
    };
    log(
      `rapport import: ${rapport.seconds.toFixed(2)} s, ${summary.records} records, ${summary.imported.posts} posts, ${summary.imported.interactions} interactions, ${summary.quarantined} quarantined`,
    );
    return {
      name,
      rapport_s: round(rapport.seconds),
      anchor: 'duckdb-read_json',
      anchor_s: round(anchor.seconds),
      ratio: round(rapport.seconds / anchor.seconds),
      rapport_quality: null,
      anchor_quality: null,
      peak_rss_mb: rapport.peakRssMb === null ? null : Math.round(rapport.peakRssMb),
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
