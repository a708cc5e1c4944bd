import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fixture, fixturesSkip } from '../../testing/fixtures.js';
import { REPO_ROOT } from '../../testing/repo-root.js';
import { expectTally } from '../meta/expect-tally.js';
import { tallyImport } from '../meta/tally-units.js';
import { tiktokImporter } from './index.js';

describe(
  'tiktok: readTikTokExport(source) on the shared fixtures',
  { skip: fixturesSkip() },
  () => {
    it('imports user_data_tiktok-beyzaacesur-2025-redacted.json with exact counts', async () => {
      // jq -c '[(.Post.Posts.VideoList|length), ([.Post.Posts.VideoList[]|select(.WhoCanView=="Only You")]|length),
      //   (.Comment.Comments.CommentsList|length), (."Your Activity"."Like List".ItemFavoriteList|length),
      //   ([."Your Activity"."Like List".ItemFavoriteList[].link|capture("/video/(?<id>[0-9]+)").id]|unique|length),
      //   (."Your Activity".Follower.FansList|length), (."Your Activity".Following.Following|length),
      //   ([."Your Activity".Follower.FansList[].UserName, ."Your Activity".Following.Following[].UserName]|unique|length),
      //   (."Your Activity"."Favorite Videos".FavoriteVideoList|length), (."Your Activity"."Watch History".VideoList|length),
      //   (."Your Activity".Searches.SearchList|length), (."Your Activity"."Share History".ShareHistoryList|length),
      //   (.Post."Recently Deleted Posts".PostList|length)]'
      // → [10,7,61,557,557,62,122,124,224,12301,71,63,0]; records = 1 profile + all of those rows.
      const tally = await tallyImport(
        tiktokImporter,
        fixture('tiktok', 'user_data_tiktok-beyzaacesur-2025-redacted.json'),
      );
      assert.equal(tally.format, 'tiktok-export');
      expectTally(
        tally,
        {
          records: 1 + 10 + 61 + 557 + 62 + 122 + 224 + 12301 + 71 + 63,
          rootPosts: 3,
          comments: 61,
          threaded: 0,
          interactions: { reply: 61, like: 557, follow: 184 },
          accounts: 125,
          snapshots: 1,
          skipped: {
            'private post': 7,
            bookmark: 224,
            'watch history': 12301,
            'search history': 71,
            'share history': 63,
          },
          quarantined: 0,
        },
        'beyzaacesur',
      );
      const items = tally.units.flatMap((u) => (u.outcome === 'record' ? u.items : []));
      const snapshot = items.find((i) => i.type === 'snapshot');
      // jq '.Profile."Profile Info".ProfileMap | [.followerCount, .followingCount]' → [62,122]
      assert.deepEqual(
        snapshot?.type === 'snapshot' ? [snapshot.followers, snapshot.following] : null,
        [62, 122],
      );
      const text = JSON.stringify(tally.units);
      for (const never of ['REDACTED', 'SearchTerm', 'ibyteimg'])
        assert.ok(!text.includes(never), never);
    });

    it('imports user_data_tiktok-testaccount-2024.json, whose lists are mostly null', async () => {
      // jq -c '[.Profile."Profile Info".ProfileMap.userName, (."Your Activity"."Like List".ItemFavoriteList|length),
      //   (."Your Activity"."Watch History".VideoList|length), (."Your Activity".Searches.SearchList|length)]' → ["user",1,18,4]
      const tally = await tallyImport(
        tiktokImporter,
        fixture('tiktok', 'user_data_tiktok-testaccount-2024.json'),
      );
      assert.equal(tally.format, 'tiktok-export');
      expectTally(
        tally,
        {
          records: 24,
          rootPosts: 0,
          comments: 0,
          threaded: 0,
          interactions: { like: 1 },
          accounts: 1,
          skipped: { 'watch history': 18, 'search history': 4 },
          quarantined: 0,
        },
        'testaccount',
      );
      assert.ok(!JSON.stringify(tally.units).includes('@gmail'), 'the email is never read');
    });

    it('imports the folder holding both with the sum of their counts', async () => {
      const tally = await tallyImport(tiktokImporter, fixture('tiktok'));
      assert.equal(tally.records, 13472 + 24);
      assert.equal(tally.accounts, 126);
    });
  },
);

describe('tiktok: the older user_data.json layout, written from its documented shape', () => {
  // Written for these tests: the pre-2024 layout (Activity › Follower List / Following List /
  // Like List with VideoLink / Video Browsing History / Search History, Video › Videos,
  // Comment › Comments with capitalised keys, Direct Messages › Chat History), with one comment
  // whose date is the zero date.
  const path = join(REPO_ROOT, 'src/ingest/tiktok/fixtures/user_data.json');

  it('maps the same sections and quarantines the zero date', async () => {
    const tally = await tallyImport(tiktokImporter, path);
    assert.equal(tally.format, 'tiktok-export');
    expectTally(
      tally,
      {
        records: 11,
        rootPosts: 1,
        comments: 1,
        threaded: 0,
        interactions: { reply: 1, like: 1, follow: 2 },
        accounts: 3,
        snapshots: 1,
        skipped: { bookmark: 1, 'watch history': 1, 'search history': 1, 'direct message': 1 },
        quarantined: 1,
      },
      'user_data.json',
    );
    const quarantined = tally.units.find((u) => u.outcome === 'quarantined');
    assert.match(
      quarantined?.outcome === 'quarantined' ? quarantined.reason : '',
      /^bad timestamp at \/Comment/,
    );
    assert.ok(!JSON.stringify(tally.units).includes('never imported'));
  });
});
