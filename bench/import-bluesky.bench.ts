import { join } from 'node:path';
import { REPO_ROOT } from '../src/testing/repo-root.js';
import type { Bench } from './types.js';
import { generateJetstream } from './jetstream-generator.js';
import { importVsDuckdb } from './import-vs-duckdb.js';

const RECORDS = 1_000_000;

/**
 * `import-bluesky-jetstream-1m`: Rapport importing 1,000,000 generated Jetstream events
 * (validating, deduplicating, threading, mentions from facets) against DuckDB's own load.
 */
export const importBlueskyJetstream1m: Bench = {
  name: 'import-bluesky-jetstream-1m',
  description: `rapport import of ${RECORDS} Jetstream events vs DuckDB read_json of the same file`,
  async run(log) {
    const file = join(REPO_ROOT, 'bench', 'data', `jetstream-${RECORDS}.jsonl`);
    const { bytes } = await generateJetstream(file, RECORDS);
    log(`input: ${file.slice(REPO_ROOT.length)} (${(bytes / 1e6).toFixed(0)} MB)`);
    return [await importVsDuckdb(this.name, 'bluesky', file, log)];
  },
};
