import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { tempDir } from '../../testing/cli.js';
import { fixture, fixturesSkip } from '../../testing/fixtures.js';
import { REPO_ROOT } from '../../testing/repo-root.js';
import { fixturePaths, importAutoTwice } from '../meta/import-auto-round-trip.js';

describe('rapport import auto (CLI) on every Facebook fixture', { skip: fixturesSkip() }, () => {
  const { dir, cleanup } = tempDir('rapport-facebook-cli-');
  after(cleanup);

  it('detects facebook-export for each file; importing again changes nothing', () => {
    const paths = [
      ...fixturePaths(fixture('facebook')),
      join(REPO_ROOT, 'src/ingest/facebook/fixtures/connections'),
    ];
    const stats = importAutoTwice(paths, join(dir, 's.duckdb'), {
      platform: 'facebook',
      format: () => 'facebook-export',
    });
    // waultar-2022 as counted in read-export.test.ts (17 distinct posts, 11 comments, 17
    // reactions, owner only) plus the connections fixture (4 people, 6 follows, 1 quarantined).
    assert.deepEqual(stats, {
      facebook: {
        accounts: 1 + 4,
        comments: 11,
        interactions: { follow: 6, like: 17, mention: 0, quote: 0, reply: 11, repost: 0 },
        quarantined: 1,
        root_posts: 17,
        threaded_replies: 0,
      },
    });
  });
});
