import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../src/testing/repo-root.js';
import type { Bench, BenchRow } from './types.js';
import { measureProcess } from './measure.js';
import { generateJetstream } from './jetstream-generator.js';

const RECORDS = 1_000_000;

/**
 * `import-bluesky-jetstream-1m`: Rapport importing 1,000,000 generated Jetstream events into a
 * new store (validating, deduplicating, threading, mentions from facets) against DuckDB loading
 * the same file by itself into a new database file, both as whole processes, in the same run.
 */
export const importBlueskyJetstream1m: Bench = {
  name: 'import-bluesky-jetstream-1m',
  description: `rapport import of ${RECORDS} Jetstream events vs DuckDB read_json of the same file`,
  async run(log) {
    const dataDir = join(REPO_ROOT, 'bench', 'data');
    const file = join(dataDir, `jetstream-${RECORDS}.jsonl`);
    const { bytes } = await generateJetstream(file, RECORDS);
    log(`input: ${file.slice(REPO_ROOT.length)} (${(bytes / 1e6).toFixed(0)} MB)`);
    const work = join(dataDir, 'work-bluesky');
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
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
      'bluesky',
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
    rmSync(work, { recursive: true, force: true });
    const row: BenchRow = {
      name: 'import-bluesky-jetstream-1m',
      rapport_s: round(rapport.seconds),
      anchor: 'duckdb-read_json',
      anchor_s: round(anchor.seconds),
      ratio: round(rapport.seconds / anchor.seconds),
      rapport_quality: null,
      anchor_quality: null,
      peak_rss_mb: rapport.peakRssMb === null ? null : Math.round(rapport.peakRssMb),
    };
    return [row];
  },
};

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
