import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fixture, fixturesSkip } from '../../testing/fixtures.js';
import { InputError } from '../errors.js';
import { DEFAULT_LIMITS } from '../limits.js';
import { openSource } from '../source.js';
import { blueskyImporter } from './index.js';
import { collect, rapport, testContext } from './test-support.js';

const skip = fixturesSkip();
const tmp = mkdtempSync(join(tmpdir(), 'rapport-car-'));
after(() => rmSync(tmp, { recursive: true, force: true }));
const CAR = 'indigo/repo-bnewbold.robocracy.org-20250310.car';

describe('readCar', { skip }, () => {
  it('readCar(truncated CAR) is an InputError naming the file, before any record', async () => {
    const bytes = readFileSync(fixture('bluesky', CAR));
    for (const cut of [200, Math.floor(bytes.length / 2), bytes.length - 10]) {
      const file = join(tmp, `truncated-${cut}.car`);
      writeFileSync(file, bytes.subarray(0, cut));
      const source = await openSource(file, DEFAULT_LIMITS);
      assert.equal(await blueskyImporter.detect(source), 'bluesky-car');
      let units = 0;
      await assert.rejects(
        async () => {
          for await (const _ of blueskyImporter.read(source, 'bluesky-car', testContext())) units++;
        },
        (error: unknown) => error instanceof InputError && error.message.includes(file),
      );
      assert.equal(units, 0);
    }
  });

  it('rapport import bluesky truncated.car exits 1 and leaves no model rows', () => {
    const bytes = readFileSync(fixture('bluesky', CAR));
    const file = join(tmp, 'cut.car');
    writeFileSync(file, bytes.subarray(0, bytes.length - 100));
    const store = join(tmp, 'cut.duckdb');
    const result = rapport(['import', 'bluesky', file, '--store', store, '--json']);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /cut\.car is not a readable CAR file/);
    // a failed first import leaves no store at all
    assert.equal(existsSync(store), false);
  });

  it('readCar locates each record by the byte offset of its block', async () => {
    const source = await openSource(fixture('bluesky', CAR), DEFAULT_LIMITS);
    const units = await collect(blueskyImporter.read(source, 'bluesky-car', testContext()));
    const offsets = units.map((u) => u.where.byteOffset);
    assert.ok(offsets.every((o) => typeof o === 'number' && o > 0));
    assert.equal(new Set(offsets).size, units.length);
  });
});
