import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { jsonOf, rapport, tempDir } from '../../testing/cli.js';
import { fixture, fixturesSkip } from '../../testing/fixtures.js';

// End to end through the real CLI: `rapport import wordpress … --json` and `rapport stats --json`
// on the theme unit test export, whose counts index.test.ts verifies with xmllint.
describe('rapport import wordpress (CLI)', { skip: fixturesSkip() }, () => {
  const { dir, cleanup } = tempDir('rapport-wp-cli-');
  after(cleanup);
  const store = join(dir, 's.duckdb');
  const file = fixture('wordpress', 'wxr-theme-unit-test-data.xml');
  const SKIPPED = {
    'post_type attachment': 37,
    'post_type nav_menu_item': 70,
    'status draft': 1,
    'status future': 1,
    'password protected': 1,
    'comment of skipped item': 1,
    'comment type pingback': 2,
    'comment type trackback': 2,
    'comment not approved': 3,
  };
  const STATS = {
    wordpress: {
      // 2 authors of the kept posts, 1 registered commenter outside the authors, 13 anonymous
      // (name, email) pairs: python3 -c over ElementTree, as in index.test.ts
      accounts: 16,
      comments: 25,
      interactions: { follow: 0, like: 0, mention: 0, quote: 0, reply: 25, repost: 0 },
      quarantined: 0,
      root_posts: 76,
      threaded_replies: 9,
    },
  };
  let firstStats = '';

  it('import --json reports every record once, by SPEC §9 keys', () => {
    const summary = jsonOf(rapport(['import', 'wordpress', file, '--store', store, '--json']));
    assert.deepEqual(Object.keys(summary).sort(), [
      'duplicates',
      'elapsed_s',
      'format',
      'imported',
      'platform',
      'quarantined',
      'records',
      'skipped',
      'updated',
    ]);
    assert.equal(summary.platform, 'wordpress');
    assert.equal(summary.format, 'wxr');
    assert.equal(summary.records, 219);
    assert.deepEqual(summary.imported, { accounts: 16, posts: 101, interactions: 25 });
    assert.equal(summary.updated, 0);
    assert.equal(summary.duplicates, 0);
    assert.equal(summary.quarantined, 0);
    assert.deepEqual(summary.skipped, SKIPPED);
    const stats = rapport(['stats', '--store', store, '--json']);
    assert.deepEqual(jsonOf(stats), STATS);
    firstStats = stats.stdout;
  });

  it('importing the same file again finds every stored record a duplicate, stats unchanged', () => {
    const summary = jsonOf(rapport(['import', 'wordpress', file, '--store', store, '--json']));
    assert.equal(summary.records, 219);
    assert.deepEqual(summary.imported, { accounts: 0, posts: 0, interactions: 0 });
    assert.equal(summary.updated, 0);
    // 101 kept posts and comments; the 118 skipped records stay skipped
    assert.equal(summary.duplicates, 101);
    assert.deepEqual(summary.skipped, SKIPPED);
    const again = rapport(['stats', '--store', store, '--json']);
    assert.deepEqual(jsonOf(again), STATS);
    assert.equal(again.stdout, firstStats);
  });
});
