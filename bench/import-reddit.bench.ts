import { join } from 'node:path';
import { REPO_ROOT } from '../src/testing/repo-root.js';
import type { Bench } from './types.js';
import { importVsDuckdb } from './import-vs-duckdb.js';
import { generateRedditDump } from './reddit-generator.js';

const RECORDS = 1_000_000;

/**
 * `import-reddit-1m`: Rapport importing 1,000,000 generated Reddit dump records (validating,
 * deduplicating and threading) against DuckDB's own load of the same file.
 */
export const importReddit1m: Bench = {
  name: 'import-reddit-1m',
  description: `rapport import of ${RECORDS} Reddit dump records vs DuckDB read_json of the same file`,
  async run(log) {
    const file = join(REPO_ROOT, 'bench', 'data', `reddit-${RECORDS}.ndjson`);
    const { bytes } = await generateRedditDump(file, RECORDS);
    log(`input: ${file.slice(REPO_ROOT.length)} (${(bytes / 1e6).toFixed(0)} MB)`);
    return [await importVsDuckdb(this.name, 'reddit', file, log)];
  },
};
