import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { tempDir } from '../../testing/cli.js';
import { fixture, fixturesSkip } from '../../testing/fixtures.js';
import { REPO_ROOT } from '../../testing/repo-root.js';
import { fixturePaths, importAutoTwice } from '../meta/import-auto-round-trip.js';

describe('rapport import auto (CLI) on every TikTok fixture', { skip: fixturesSkip() }, () => {
  const { dir, cleanup } = tempDir('rapport-tiktok-cli-');
  after(cleanup);

  it('detects tiktok-export for each file; importing again changes nothing', () => {
    const paths = [
      ...fixturePaths(fixture('tiktok')),
      join(REPO_ROOT, 'src/ingest/tiktok/fixtures/user_data.json'),
    ];
    const stats = importAutoTwice(paths, join(dir, 's.duckdb'), {
      platform: 'tiktok',
      format: () => 'tiktok-export',
    });
    // read-export.test.ts: beyzaacesur 125 accounts, 3 public videos, 61 comments, 557 likes,
    // 184 follows; testaccount 1 account ('user'), 1 like; the older-layout fixture 3 accounts,
    // 1 video, 1 comment, 1 like, 2 follows, 1 quarantined.
    assert.deepEqual(stats, {
      tiktok: {
        accounts: 125 + 1 + 3,
        comments: 61 + 1,
        interactions: {
          follow: 184 + 2,
          like: 557 + 1 + 1,
          mention: 0,
          quote: 0,
          reply: 62,
          repost: 0,
        },
        quarantined: 1,
        root_posts: 3 + 1,
        threaded_replies: 0,
      },
    });
  });
});
