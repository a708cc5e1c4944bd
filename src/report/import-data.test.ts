import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { join } from 'node:path';
import { MERGE_STEPS } from '../store/index.js';
import { tempDir } from '../testing/cli.js';
import { fixture, fixturesSkip } from '../testing/fixtures.js';
import { importData } from './import-data.js';

describe('importData reports the steps of its merge', { skip: fixturesSkip() }, () => {
  const { dir, cleanup } = tempDir('rapport-merge-steps-');
  after(cleanup);
  const sample = fixture('reddit', 'gkotsis-2015dump-depression-sample.ndjson');

  for (const [name, readers] of [
    ['one reader', 1],
    ['parallel readers', 2],
  ] as const) {
    it(`each step once, in order, with how far DuckDB is (${name})`, async () => {
      const steps: string[] = [];
      const seen: (number | null)[] = [];
      const summary = await importData({
        storePath: join(dir, `${readers}.duckdb`),
        platform: 'reddit',
        path: sample,
        readers,
        parallelMinBytes: 0,
        trackStatements: true,
        onMergeStep: (step, index, total, statementProgress) => {
          assert.equal(index, steps.length);
          assert.equal(total, MERGE_STEPS.length);
          steps.push(step);
          seen.push(statementProgress());
        },
      });
      assert.equal(summary.records, 5000);
      assert.deepEqual(steps, [...MERGE_STEPS]);
      // between statements DuckDB has no estimate; during one, a percentage
      for (const p of seen) assert.ok(p === null || (p >= 0 && p <= 100), String(p));
    });
  }
});
