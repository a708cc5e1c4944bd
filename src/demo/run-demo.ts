import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importData, type ImportResult } from '../report/import-data.js';
import { Database, hasRealData, readStats, type StoreStats } from '../store/index.js';
import { buildCommunity, type DemoCommunity } from './community.js';
import { writeJetstream } from './write-jetstream.js';
import { writeRedditNdjson } from './write-reddit.js';
import { writeWxr } from './write-wxr.js';

export class DemoRefusedError extends Error {
  override name = 'DemoRefusedError';
}

export interface DemoResult {
  readonly community: DemoCommunity;
  readonly imports: readonly ImportResult[];
  readonly stats: StoreStats;
}

/**
 * Builds the synthetic demo community, writes it as a real WXR export, a real Reddit dump file
 * and Bluesky Jetstream events (the community's follows and likes), and imports them through
 * the importers (runs marked synthetic), so the demo exercises the same path as real data. Refuses to mix demo data into a store that holds real imports.
 */
export async function runDemo(
  storePath: string,
  options: { seed?: number; memoryLimit?: string } = {},
): Promise<DemoResult> {
  if (await storeHasRealData(storePath, options.memoryLimit)) {
    throw new DemoRefusedError(
      `store ${storePath} already holds imported data; run the demo with --store demo.duckdb`,
    );
  }
  const community = buildCommunity(options.seed);
  const dir = mkdtempSync(join(tmpdir(), 'rapport-demo-'));
  try {
    const wxr = join(dir, 'rapport-demo-blog.wordpress.xml');
    const reddit = join(dir, 'rapport-demo-subreddit.ndjson');
    writeFileSync(wxr, writeWxr(community));
    writeFileSync(reddit, writeRedditNdjson(community));
    const bluesky = join(dir, 'rapport-demo-bluesky.jetstream.jsonl');
    writeFileSync(bluesky, writeJetstream(community));
    const imports: ImportResult[] = [];
    for (const [platform, path] of [
      ['wordpress', wxr],
      ['reddit', reddit],
      ['bluesky', bluesky],
    ] as const) {
      imports.push(
        await importData({
          storePath,
          platform,
          path,
          synthetic: true,
          memoryLimit: options.memoryLimit,
        }),
      );
    }
    const db = await Database.open(storePath, { memoryLimit: options.memoryLimit });
    try {
      return { community, imports, stats: await readStats(db) };
    } finally {
      db.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function storeHasRealData(storePath: string, memoryLimit?: string): Promise<boolean> {
  let db: Database;
  try {
    db = await Database.open(storePath, { memoryLimit });
  } catch {
    return false; // no store yet
  }
  try {
    return await hasRealData(db);
  } finally {
    db.close();
  }
}
