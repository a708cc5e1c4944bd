import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { ImportUnit, Visibility } from '../../model/index.js';
import { jsonOf, rapport, tempDir } from '../../testing/cli.js';
import { fixture, fixturesSkip } from '../../testing/fixtures.js';
import { writeZip } from '../../testing/zip-writer.js';
import { tallyImport } from '../meta/tally-units.js';
import { xImporter } from './index.js';
import { ownerVisibility, parseProtectionChange } from './protected-history.js';

/**
 * `protected-history.js` decides the visibility of the owner's archive tweets. None of the
 * shared fixture archives holds one, so the files here are written by hand in the layout X's
 * archive `README.txt` documents ("protectedAt: Date and time the 'Protect your Tweets'
 * setting was used…; action: Whether the account is protected or unprotected"), in the shape
 * published archives have: `window.YTD.protected_history.part0 = [ { "protectedHistory": {
 * "protectedAt": "2022-11-25T06:40:16.000Z", "action": "Protect" } }, … ]`. The tweets are
 * the real `archive-andreruffert-2022/tweets.js` and `manifest.js`, copied to a temporary
 * folder beside the written history.
 */
const { dir: work, cleanup } = tempDir('rapport-x-protected-');
after(cleanup);

type Change = readonly [protectedAt: string, action: 'Protect' | 'Unprotect'];

const historyJs = (changes: readonly Change[]) =>
  `window.YTD.protected_history.part0 = ${JSON.stringify(
    changes.map(([protectedAt, action]) => ({ protectedHistory: { protectedAt, action } })),
    null,
    2,
  )}`;

const at = (iso: string) => ({ ms: Date.parse(iso), isLocal: false });

function visibilities(units: readonly ImportUnit[]): Record<Visibility, number> {
  const counts: Record<Visibility, number> = { public: 0, unlisted: 0, followers: 0 };
  for (const unit of units) {
    if (unit.outcome !== 'record') continue;
    for (const item of unit.items) if (item.type === 'post') counts[item.visibility] += 1;
  }
  return counts;
}

describe('ownerVisibility(history)', () => {
  const changes = (...list: Change[]) => ({
    kind: 'changes' as const,
    changes: list.map(([iso, action]) => ({
      atMs: Date.parse(iso),
      protect: action === 'Protect',
    })),
  });

  it('ownerVisibility is public without a history and followers for an unreadable one', () => {
    assert.equal(ownerVisibility({ kind: 'absent' })(at('2020-01-01T00:00:00Z')), 'public');
    assert.equal(ownerVisibility({ kind: 'unreadable' })(at('2020-01-01T00:00:00Z')), 'followers');
  });

  it('ownerVisibility is followers from a Protect (inclusive) to the next Unprotect', () => {
    const rule = ownerVisibility(
      changes(['2022-06-01T00:00:00.000Z', 'Unprotect'], ['2022-03-01T00:00:00.000Z', 'Protect']),
    );
    assert.equal(rule(at('2022-02-28T23:59:59Z')), 'public');
    assert.equal(rule(at('2022-03-01T00:00:00Z')), 'followers');
    assert.equal(rule(at('2022-05-31T23:59:59Z')), 'followers');
    assert.equal(rule(at('2022-06-01T00:00:00Z')), 'public');
  });

  it('ownerVisibility before a first Unprotect is followers (the account was protected then)', () => {
    const rule = ownerVisibility(changes(['2022-06-01T00:00:00.000Z', 'Unprotect']));
    assert.equal(rule(at('2010-01-01T00:00:00Z')), 'followers');
    assert.equal(rule(at('2022-06-02T00:00:00Z')), 'public');
  });

  it('ownerVisibility is followers for every tweet when the latest change is Protect', () => {
    const rule = ownerVisibility(
      changes(['2022-03-01T00:00:00.000Z', 'Unprotect'], ['2022-06-01T00:00:00.000Z', 'Protect']),
    );
    assert.equal(rule(at('2010-01-01T00:00:00Z')), 'followers');
    assert.equal(rule(at('2022-04-01T00:00:00Z')), 'followers');
  });

  it('parseProtectionChange(element) reads protectedAt and action, or says why not', () => {
    assert.deepEqual(
      parseProtectionChange({
        protectedHistory: { protectedAt: '2022-11-25T06:40:16.000Z', action: 'Protect' },
      }),
      { atMs: Date.parse('2022-11-25T06:40:16.000Z'), protect: true },
    );
    assert.equal(
      parseProtectionChange({ protectedHistory: { protectedAt: 'yesterday', action: 'Protect' } }),
      'bad timestamp',
    );
    assert.match(
      String(parseProtectionChange({ protectedHistory: { protectedAt: '2022-11-25T06:40:16Z' } })),
      /^invalid action/,
    );
  });
});

describe(
  'x archive with protected-history.js (real tweets.js, history written per X docs)',
  { skip: fixturesSkip() },
  () => {
    const real = (name: string) => fixture('twitter', 'archive-andreruffert-2022', name);

    function archive(name: string, history: string | null): string {
      const data = join(work, name, 'data');
      mkdirSync(data, { recursive: true });
      copyFileSync(real('manifest.js'), join(data, 'manifest.js'));
      copyFileSync(real('tweets.js'), join(data, 'tweets.js'));
      if (history !== null) writeFileSync(join(data, 'protected-history.js'), history);
      return join(work, name);
    }

    // The archive's 1,343 posts (1,986 tweets less 643 `RT @`) fall in 2022 as
    //   sed '1s/^window[^=]*= //' tweets.js | jq -r '.[].tweet | select(.full_text | startswith("RT @") | not) | .created_at' | grep -c ' 2022$'   # 7
    // 2022-01-27 (root), 2022-02-11 ×2 (comments), 2022-04-07 (root), 2022-11-02 ×2, 2022-11-03.

    it('import <real archive without protected-history.js> keeps all 1,343 posts public', async () => {
      const tally = await tallyImport(xImporter, fixture('twitter', 'archive-andreruffert-2022'));
      assert.deepEqual(visibilities(tally.units), { public: 1343, unlisted: 0, followers: 0 });
    });

    it('import <archive protected 2022-01-01..2022-06-01> has 4 followers-only posts, absent from the profile', async () => {
      const history = historyJs([
        ['2022-01-01T00:00:00.000Z', 'Protect'],
        ['2022-06-01T00:00:00.000Z', 'Unprotect'],
      ]);
      const path = archive('window', history);
      const tally = await tallyImport(xImporter, path);
      assert.deepEqual(visibilities(tally.units), { public: 1339, unlisted: 0, followers: 4 });
      assert.deepEqual(tally.skipped, { 'protection change': 2 });
      assert.equal(tally.records, 1 + 1986 + 2);

      // End to end: the two followers-only root posts are not counted in the owner's profile.
      const store = join(work, 'window.duckdb');
      jsonOf(rapport(['import', 'x', path, '--store', store, '--json']));
      const profile = jsonOf(
        rapport(['profile', 'x:andreruffert', '--store', store, '--json', '--quiet']),
      );
      assert.equal(profile.metrics.posts, 858 - 2);
    });

    it('import <zip listing protected-history.js after tweets.js> decides the same visibility', async () => {
      const history = historyJs([
        ['2022-01-01T00:00:00.000Z', 'Protect'],
        ['2022-06-01T00:00:00.000Z', 'Unprotect'],
      ]);
      const zip = join(work, 'late-history.zip');
      writeFileSync(
        zip,
        writeZip([
          { name: 'data/tweets.js', data: readFileSync(real('tweets.js')) },
          { name: 'data/manifest.js', data: readFileSync(real('manifest.js')) },
          { name: 'data/protected-history.js', data: Buffer.from(history) },
        ]),
      );
      const tally = await tallyImport(xImporter, zip);
      assert.deepEqual(visibilities(tally.units), { public: 1339, unlisted: 0, followers: 4 });
    });

    it('import <archive whose history starts with Unprotect 2022-03-01> keeps only the 4 later posts public', async () => {
      const path = archive(
        'first-unprotect',
        historyJs([['2022-03-01T00:00:00.000Z', 'Unprotect']]),
      );
      const tally = await tallyImport(xImporter, path);
      assert.deepEqual(visibilities(tally.units), { public: 4, unlisted: 0, followers: 1339 });
    });

    it('import <archive protected at its generation date> makes every post followers-only', async () => {
      const path = archive(
        'protected-now',
        historyJs([
          ['2022-06-01T00:00:00.000Z', 'Unprotect'],
          ['2022-10-01T00:00:00.000Z', 'Protect'],
        ]),
      );
      const tally = await tallyImport(xImporter, path);
      assert.deepEqual(visibilities(tally.units), { public: 0, unlisted: 0, followers: 1343 });
    });

    it('import <archive with an unreadable protected-history.js> quarantines it and fails closed', async () => {
      const broken = archive(
        'broken',
        'window.YTD.protected_history.part0 = [ {"protectedHistory"',
      );
      const tally = await tallyImport(xImporter, broken);
      assert.equal(tally.quarantined, 1);
      assert.deepEqual(visibilities(tally.units), { public: 0, unlisted: 0, followers: 1343 });

      const badElement = archive(
        'bad-element',
        historyJs([['not a time', 'Protect'] as unknown as Change]),
      );
      const again = await tallyImport(xImporter, badElement);
      assert.equal(again.quarantined, 1);
      assert.deepEqual(visibilities(again.units), { public: 0, unlisted: 0, followers: 1343 });
    });

    it('import <the same archive twice> is a no-op, and adding the history later updates visibility', () => {
      const store = join(work, 'later.duckdb');
      const plain = archive('plain', null);
      const first = jsonOf(rapport(['import', 'x', plain, '--store', store, '--json']));
      assert.equal(first.records, 1987);
      const stats = jsonOf(rapport(['stats', '--store', store, '--json']));
      const withHistory = archive(
        'plain',
        historyJs([
          ['2022-01-01T00:00:00.000Z', 'Protect'],
          ['2022-06-01T00:00:00.000Z', 'Unprotect'],
        ]),
      );
      const second = jsonOf(rapport(['import', 'x', withHistory, '--store', store, '--json']));
      assert.equal(second.updated, 4);
      assert.deepEqual(second.skipped, { 'protection change': 2 });
      const third = jsonOf(rapport(['import', 'x', withHistory, '--store', store, '--json']));
      assert.equal(third.updated, 0);
      assert.equal(third.duplicates, third.records - 2);
      assert.deepEqual(jsonOf(rapport(['stats', '--store', store, '--json'])), stats);
    });
  },
);
