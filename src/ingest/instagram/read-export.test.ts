import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { tempDir } from '../../testing/cli.js';
import { fixture, fixturesSkip } from '../../testing/fixtures.js';
import { REPO_ROOT } from '../../testing/repo-root.js';
import { expectTally, type ExpectedTally } from '../meta/expect-tally.js';
import { tallyImport } from '../meta/tally-units.js';
import { instagramImporter } from './index.js';

const F = 'export-2024-lampros-m/connections/followers_and_following';
const Y = 'export-2024-yummyhopper';

/**
 * Every file and folder under `fixtures/instagram/`, with counts verified independently (run in
 * that folder). Accounts = distinct usernames named + the owner (`~self`: no
 * personal_information.json in these exports); interactions are distinct natural keys.
 */
const CASES: readonly { path: string; expected: ExpectedTally; verifiedBy: string }[] = [
  {
    path: `${F}/followers_1.json`,
    // jq 'length, ([.[].string_list_data[0].value]|unique|length)' → 3477, 3477
    verifiedBy: 'jq length; distinct values + owner',
    expected: {
      records: 3477,
      rootPosts: 0,
      comments: 0,
      threaded: 0,
      interactions: { follow: 3477 },
      accounts: 3478,
      skipped: {},
      quarantined: 0,
    },
  },
  {
    path: `${F}/following.json`,
    // jq '(.relationships_following|length), ([.relationships_following[].string_list_data[0].value]|unique|length)' → 477, 477
    verifiedBy: 'jq .relationships_following|length',
    expected: {
      records: 477,
      rootPosts: 0,
      comments: 0,
      threaded: 0,
      interactions: { follow: 477 },
      accounts: 478,
      skipped: {},
      quarantined: 0,
    },
  },
  ...['export-2024-lampros-m', 'export-2024-lampros-m/connections', F].map((path) => ({
    path,
    // jq -s '[.[0][].string_list_data[0].value, .[1].relationships_following[].string_list_data[0].value]|unique|length' followers_1.json following.json → 3484
    // jq -s '[.[0][].string_list_data[0].value+">self", "self>"+.[1].relationships_following[].string_list_data[0].value]|unique|length' → 3954
    verifiedBy: 'jq -s union of both lists',
    expected: {
      records: 3954,
      rootPosts: 0,
      comments: 0,
      threaded: 0,
      interactions: { follow: 3954 },
      accounts: 3485,
      skipped: {},
      quarantined: 0,
    },
  })),
  ...[`${Y}/content/posts_1.json`, `${Y}/content`].map((path) => ({
    path,
    // jq 'length' content/posts_1.json → 4
    verifiedBy: 'jq length',
    expected: {
      records: 4,
      rootPosts: 4,
      comments: 0,
      threaded: 0,
      interactions: {},
      accounts: 1,
      skipped: {},
      quarantined: 0,
    },
  })),
  ...[`${Y}/comments/post_comments_1.json`, `${Y}/comments`].map((path) => ({
    path,
    // jq 'length, ([.[].string_map_data."Media Owner".value]|unique|length)' → 3, 3
    verifiedBy: 'jq length; distinct Media Owner + owner',
    expected: {
      records: 3,
      rootPosts: 0,
      comments: 3,
      threaded: 0,
      interactions: { reply: 3 },
      accounts: 4,
      skipped: {},
      quarantined: 0,
    },
  })),
  {
    path: `${Y}/likes/liked_posts.json`,
    // jq '(.likes_media_likes|length), ([.likes_media_likes[].title|select(.)]|unique|length), ([.likes_media_likes[].string_list_data[0].href]|unique|length)'
    // → 75, 60 (one entry has no title), 75
    verifiedBy: 'jq likes_media_likes',
    expected: {
      records: 75,
      rootPosts: 0,
      comments: 0,
      threaded: 0,
      interactions: { like: 75 },
      accounts: 61,
      skipped: {},
      quarantined: 0,
    },
  },
  {
    path: `${Y}/likes/liked_comments.json`,
    // jq '(.likes_comment_likes|length), ([.likes_comment_likes[].title]|unique|length),
    //     ([.likes_comment_likes[]|[.title,.string_list_data[0].href,.string_list_data[0].timestamp]]|unique|length)' → 26, 24, 26
    verifiedBy: 'jq likes_comment_likes',
    expected: {
      records: 26,
      rootPosts: 0,
      comments: 0,
      threaded: 0,
      interactions: { like: 26 },
      accounts: 25,
      skipped: {},
      quarantined: 0,
    },
  },
  {
    path: `${Y}/likes`,
    // jq -s '[.[0].likes_media_likes[].title, .[1].likes_comment_likes[].title|select(.)]|unique|length' → 81
    verifiedBy: 'jq -s distinct titles of both files',
    expected: {
      records: 101,
      rootPosts: 0,
      comments: 0,
      threaded: 0,
      interactions: { like: 101 },
      accounts: 82,
      skipped: {},
      quarantined: 0,
    },
  },
  {
    path: Y,
    // jq -s '[.[0].likes_media_likes[].title, .[1].likes_comment_likes[].title, .[2][].string_map_data."Media Owner".value|select(.)]|unique|length'
    //   likes/liked_posts.json likes/liked_comments.json comments/post_comments_1.json → 82
    verifiedBy: 'jq -s distinct accounts over the three files',
    expected: {
      records: 108,
      rootPosts: 4,
      comments: 3,
      threaded: 0,
      interactions: { like: 101, reply: 3 },
      accounts: 83,
      skipped: {},
      quarantined: 0,
    },
  },
  {
    path: 'waultar-2022/instagram_post.json',
    // jq 'length' → 5
    verifiedBy: 'jq length',
    expected: {
      records: 5,
      rootPosts: 5,
      comments: 0,
      threaded: 0,
      interactions: {},
      accounts: 1,
      skipped: {},
      quarantined: 0,
    },
  },
  {
    path: 'waultar-2022/post_comments.json',
    // jq '.comments_media_comments|length, ([.[].title]|unique)' → 2, ["username"]
    verifiedBy: 'jq comments_media_comments',
    expected: {
      records: 2,
      rootPosts: 0,
      comments: 2,
      threaded: 0,
      interactions: { reply: 2 },
      accounts: 2,
      skipped: {},
      quarantined: 0,
    },
  },
  {
    path: 'waultar-2022',
    verifiedBy: 'sum of the two files above',
    expected: {
      records: 7,
      rootPosts: 5,
      comments: 2,
      threaded: 0,
      interactions: { reply: 2 },
      accounts: 2,
      skipped: {},
      quarantined: 0,
    },
  },
];

describe(
  'instagram: readInstagramExport(source) on the shared fixtures',
  { skip: fixturesSkip() },
  () => {
    for (const { path, expected, verifiedBy } of CASES) {
      it(`imports instagram/${path} with exact counts (${verifiedBy})`, async () => {
        const tally = await tallyImport(instagramImporter, fixture('instagram', path));
        assert.equal(tally.format, 'instagram-export');
        expectTally(tally, expected, path);
      });
    }

    it('quarantines a comment whose timestamp is beyond any date, keeping the others', async () => {
      // waultar-2022/post_comments.json with its second comment's time made 1.2e19 seconds
      // (year ~391 billion): once staged as is, it failed the whole run with a DuckDB
      // conversion error.
      const json = JSON.parse(
        readFileSync(fixture('instagram', 'waultar-2022/post_comments.json'), 'utf8'),
      ) as { comments_media_comments: { string_list_data: { timestamp: number }[] }[] };
      json.comments_media_comments[1]!.string_list_data[0]!.timestamp = 12345678901234567000;
      const { dir, cleanup } = tempDir('rapport-instagram-');
      try {
        const file = join(dir, 'post_comments.json');
        writeFileSync(file, JSON.stringify(json));
        const tally = await tallyImport(instagramImporter, file);
        assert.deepEqual([tally.records, tally.comments, tally.quarantined], [2, 1, 1]);
        const bad = tally.units.find((u) => u.outcome === 'quarantined');
        assert.equal(
          bad?.outcome === 'quarantined' ? bad.reason : null,
          'bad timestamp at /comments_media_comments/1',
        );
      } finally {
        cleanup();
      }
    });

    it("keeps the owner's post text, repaired, and never EXIF or GPS", async () => {
      const tally = await tallyImport(
        instagramImporter,
        fixture('instagram', 'waultar-2022/instagram_post.json'),
      );
      const posts = tally.units
        .flatMap((u) => (u.outcome === 'record' ? u.items : []))
        .filter((i) => i.type === 'post');
      assert.ok(posts.some((p) => p.type === 'post' && p.text.endsWith('🙌')));
      assert.ok(!JSON.stringify(tally.units).includes('latitude'));
      // The media id at the end of the first media file name is the post id.
      assert.ok(posts.some((p) => p.id === '17851964128264437'));
    });
  },
);

describe('instagram: a fixture written from the documented export layout', () => {
  // Written for these tests from Instagram's documented "Download your information" layout:
  // personal_information.json names the owner; a follower row with an empty string_list_data is
  // malformed; a message thread is skipped unread.
  const path = join(REPO_ROOT, 'src/ingest/instagram/fixtures/export-with-owner');

  it('derives the owner from personal_information.json, quarantines, skips direct messages', async () => {
    const tally = await tallyImport(instagramImporter, path);
    expectTally(
      tally,
      {
        records: 5,
        rootPosts: 0,
        comments: 0,
        threaded: 0,
        interactions: { follow: 2 },
        accounts: 3,
        skipped: { 'direct message': 1 },
        quarantined: 1,
      },
      'export-with-owner',
    );
    const items = tally.units.flatMap((u) => (u.outcome === 'record' ? u.items : []));
    const names = items.flatMap((i) =>
      i.type === 'account' && i.displayName ? [[i.id, i.displayName]] : [],
    );
    assert.deepEqual(names, [['example.advocate', 'Renée Example']]);
    assert.ok(
      items.some(
        (i) => i.type === 'interaction' && i.key === 'follow:example.fan:example.advocate',
      ),
    );
    assert.ok(
      items.some(
        (i) => i.type === 'interaction' && i.key === 'follow:example.advocate:example.creator',
      ),
    );
    assert.ok(!JSON.stringify(tally.units).includes('never'), 'no email, no message text');
  });
});
