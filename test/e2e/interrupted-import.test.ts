import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateRedditDump } from '../../bench/reddit-generator.js';
import { jsonOf, rapport, rapportAsync, tempDir } from '../../src/testing/cli.js';
import { MERGE_STEPS } from '../../src/store/index.js';
import { writeTar } from '../../src/testing/tar-writer.js';

const RECORDS = 200_000;
/** Generous: the runs must finish, however loaded the machine. */
const TIMEOUT_MS = 900_000;

describe('an import killed midway', () => {
  it(`re-running an import SIGKILLed after its first committed batch (${RECORDS} records) ends with the stats of one clean run`, async () => {
    const { dir, cleanup } = tempDir();
    try {
      const file = join(dir, 'dump.ndjson');
      await generateRedditDump(file, RECORDS, 7);
      const store = join(dir, 'killed.duckdb');

      // Start the import as the node process itself and kill it once its first batch is
      // staged. The merge into the model is one transaction at the
      // end, so a kill at any earlier point must leave the store as it was.
      const child = rapportAsync(['import', 'reddit', file, '--store', store, '--json']);
      let stdout = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d));
      const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>(
        (resolve) => child.on('exit', (code, signal) => resolve({ code, signal })),
      );
      await new Promise<void>((resolve, reject) => {
        let stderr = '';
        child.stderr.on('data', (d: Buffer) => {
          stderr += d;
          if (/batch staged/.test(stderr)) resolve();
        });
        child.on('exit', () =>
          reject(new Error(`import ended before its first batch:\n${stderr}`)),
        );
      });
      child.kill('SIGKILL');
      const { signal } = await exited;
      assert.equal(signal, 'SIGKILL');
      assert.equal(stdout, '', 'the import had not finished: no summary was printed');
      // The killed run left its staging folder behind; the next import of the store removes it.
      assert.ok(existsSync(`${store}.staging`), 'the killed run was staging');

      const rerunRun = rapport(['import', 'reddit', file, '--store', store, '--json'], {
        timeoutMs: TIMEOUT_MS,
      });
      const rerun = jsonOf(rerunRun);
      assert.equal(rerun.records, RECORDS);
      // without a terminal, progress is a line per batch, one saying the merge follows, then
      // a line per step of the merge
      assert.match(rerunRun.stderr, /batch staged/);
      const steps = MERGE_STEPS.map(
        (step, i) => `import reddit: merging: ${step} \\(${i + 1}/8\\)\\n`,
      );
      assert.match(
        rerunRun.stderr,
        new RegExp(`: ${RECORDS} records read; merging them into the store\\n${steps.join('')}$`),
      );
      assert.ok(!existsSync(`${store}.staging`), 'the re-run removed the staging folder');
      const clean = join(dir, 'clean.duckdb');
      const once = jsonOf(
        rapport(['import', 'reddit', file, '--store', clean, '--json'], { timeoutMs: TIMEOUT_MS }),
      );
      assert.deepEqual(rerun.imported, once.imported);
      assert.deepEqual(
        jsonOf(rapport(['stats', '--store', store, '--json'])),
        jsonOf(rapport(['stats', '--store', clean, '--json'])),
      );
    } finally {
      cleanup();
    }
  });

  it('an import of a tar archive stopped by Ctrl-C (SIGINT) removes the files it kept from it', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const temp = join(dir, 'tmp');
      mkdirSync(temp);
      const file = join(dir, 'dump.tar.gz');
      const plain = join(dir, 'dump.ndjson');
      await generateRedditDump(plain, 1_000, 11);
      const lines = readFileSync(plain);
      // many files, so that the listing takes a while
      const entries = Array.from({ length: 400 }, (_, i) => ({
        name: `RC_${String(i).padStart(3, '0')}.ndjson`,
        data: lines,
      }));
      writeFileSync(file, await writeTar(entries, { gzip: true }));
      const store = join(dir, 's.duckdb');
      const child = rapportAsync(['import', 'reddit', file, '--store', store], {
        env: { ...process.env, TMPDIR: temp },
      });
      const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>(
        (resolve) => child.on('exit', (code, signal) => resolve({ code, signal })),
      );
      // once the archive's files are being kept, stop the run as Ctrl-C would
      let kept = false;
      while (!kept && child.exitCode === null) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        kept = readdirSync(temp).some((name) => readdirSync(join(temp, name)).length > 0);
      }
      assert.ok(kept, 'the run kept files from the archive');
      child.kill('SIGINT');
      const { signal } = await exited;
      assert.equal(signal, 'SIGINT', 'the run ends as Ctrl-C ends it');
      assert.deepEqual(readdirSync(temp), [], 'nothing kept from the archive is left');
    } finally {
      cleanup();
    }
  });
});
