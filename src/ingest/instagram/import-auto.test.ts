import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { tempDir } from '../../testing/cli.js';
import { fixture, fixturesSkip } from '../../testing/fixtures.js';
import { REPO_ROOT } from '../../testing/repo-root.js';
import { fixturePaths, importAutoTwice } from '../meta/import-auto-round-trip.js';

describe('rapport import auto (CLI) on every Instagram fixture', { skip: fixturesSkip() }, () => {
  const { dir, cleanup } = tempDir('rapport-instagram-cli-');
  after(cleanup);

  it('detects instagram-export for each file; importing again changes nothing', () => {
    const paths = [
      ...fixturePaths(fixture('instagram')),
      join(REPO_ROOT, 'src/ingest/instagram/fixtures/export-with-owner'),
    ];
    const stats = importAutoTwice(paths, join(dir, 's.duckdb'), {
      platform: 'instagram',
      format: () => 'instagram-export',
    });
    // The three exports' counts (read-export.test.ts) add up, with the fixture written from the
    // docs: posts 4 + 5; comments 3 + 2; likes 101; follows 3954 + 2; accounts: in
    // fixtures/instagram, jq -s '[.[0][].string_list_data[0].value,
    //   .[1].relationships_following[].string_list_data[0].value, .[2].likes_media_likes[].title,
    //   .[3].likes_comment_likes[].title, .[4][].string_map_data."Media Owner".value | select(.)]
    //   | unique | length' on followers_1, following, liked_posts, liked_comments, post_comments_1
    //   → 3566; + ~self + 'username' (waultar-2022) + the 3 accounts of export-with-owner.
    assert.deepEqual(stats, {
      instagram: {
        accounts: 3566 + 1 + 1 + 3,
        comments: 5,
        interactions: { follow: 3956, like: 101, mention: 0, quote: 0, reply: 5, repost: 0 },
        quarantined: 1,
        root_posts: 9,
        threaded_replies: 0,
      },
    });
  });
});
