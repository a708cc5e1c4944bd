import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fixture, fixturesSkip } from '../../testing/fixtures.js';
import { REPO_ROOT } from '../../testing/repo-root.js';
import { expectTally, type ExpectedTally } from '../meta/expect-tally.js';
import { tallyImport } from '../meta/tally-units.js';
import { youtubeImporter } from './index.js';

const zero = { rootPosts: 0, comments: 0, threaded: 0, skipped: {}, quarantined: 0 };
const comments = (n: number, accounts: number, threaded = 0): ExpectedTally => ({
  ...zero,
  records: n,
  comments: n,
  threaded,
  interactions: { reply: n },
  accounts,
});

/**
 * Every page under `fixtures/youtube/api-v3/`, verified in that folder with
 *   for f in *.json; do echo "$f $(jq -c '[(.items|length),
 *     ([.items[]|.snippet.topLevelComment.snippet.authorChannelId.value // .snippet.authorChannelId.value // empty]|unique|length),
 *     ([.items[]|.snippet.parentId // empty]|length)]' $f)"; done
 * → items, distinct comment authors, items with parentId. None of these pages embeds replies.
 */
const CASES: readonly { file: string; expected: ExpectedTally }[] = [
  { file: 'comment_threads_comment_thread_single.json', expected: comments(1, 1) },
  { file: 'comment_threads_comment_threads_all_to_me.json', expected: comments(4, 2) },
  { file: 'comment_threads_comment_threads_by_channel.json', expected: comments(2, 2) },
  { file: 'comment_threads_comment_threads_by_video_paged_1.json', expected: comments(5, 5) },
  { file: 'comment_threads_comment_threads_by_video_paged_2.json', expected: comments(5, 5) },
  { file: 'comment_threads_comment_threads_with_search.json', expected: comments(1, 1) },
  { file: 'comments_comments_by_parent_paged_1.json', expected: comments(2, 1, 2) },
  { file: 'comments_comments_by_parent_paged_2.json', expected: comments(1, 1, 1) },
  {
    file: 'comments_comments_multi.json',
    // Fetched by id, these two top-level comments name no video and no channel: skipped.
    expected: {
      ...zero,
      records: 2,
      interactions: {},
      accounts: 0,
      skipped: { 'top-level comment without video or channel': 2 },
    },
  },
  {
    file: 'subscriptions_by_channel_p1.json',
    // jq -c '[(.items|length), ([.items[].snippet.channelId]+[.items[].snippet.resourceId.channelId]|unique|length)]' → [5,6]
    expected: { ...zero, records: 5, interactions: { follow: 5 }, accounts: 6 },
  },
  {
    file: 'videos_info_single.json',
    // jq '.items|length' → 1; the video's channel is its one account. This page has no statistics.
    expected: { ...zero, records: 1, rootPosts: 1, interactions: {}, accounts: 1 },
  },
];

describe('youtube: Data API pages from the shared fixtures', { skip: fixturesSkip() }, () => {
  for (const { file, expected } of CASES) {
    it(`imports youtube/api-v3/${file} with exact counts (jq, see above)`, async () => {
      const tally = await tallyImport(youtubeImporter, fixture('youtube', 'api-v3', file));
      assert.equal(tally.format, 'youtube-api');
      expectTally(tally, expected, file);
    });
  }

  it('imports the api-v3 folder: pages overlap, so comments are distinct ids', async () => {
    // jq -s -c '[.[].items[]|(.snippet.topLevelComment.id // .id)] as $i | [($i|length), ($i|unique|length)]' comment*.json → [23,15]
    // jq -s '[.[].items[]|select(.kind!="youtube#subscription")|(.snippet.topLevelComment.snippet.authorChannelId.value
    //   // .snippet.authorChannelId.value // .snippet.channelId)] + [.[].items[]|select(.kind=="youtube#subscription")
    //   |.snippet.channelId, .snippet.resourceId.channelId] | unique | length' *.json → 17
    const tally = await tallyImport(youtubeImporter, fixture('youtube', 'api-v3'));
    expectTally(
      tally,
      {
        ...zero,
        records: 29,
        rootPosts: 1,
        comments: 15,
        threaded: 3,
        interactions: { reply: 15, follow: 5 },
        accounts: 17,
        skipped: { 'top-level comment without video or channel': 2 },
      },
      'api-v3',
    );
  });

  it('threads replies under their parent comment and hangs top-level comments on the video', async () => {
    const tally = await tallyImport(
      youtubeImporter,
      fixture('youtube', 'api-v3', 'comments_comments_by_parent_paged_1.json'),
    );
    const posts = tally.units
      .flatMap((u) => (u.outcome === 'record' ? u.items : []))
      .filter((i) => i.type === 'post');
    for (const post of posts) {
      assert.equal(post.type === 'post' && post.parent, 'Ugw5zYU6n9pmIgAZWvN4AaABAg');
      assert.equal(post.type === 'post' && post.parentIsComment, true);
    }
    const threads = await tallyImport(
      youtubeImporter,
      fixture('youtube', 'api-v3', 'comment_threads_comment_thread_single.json'),
    );
    const top = threads.units
      .flatMap((u) => (u.outcome === 'record' ? u.items : []))
      .find((i) => i.type === 'post');
    assert.match(top?.type === 'post' ? String(top.parent) : '', /^video\//);
  });
});

describe('youtube: pages written from the Data API reference', () => {
  // Written for these tests from the documented resources (no real fixture has them):
  // a commentThread embedding `replies.comments` with `parentId`, plus one thread whose
  // top-level comment lacks `publishedAt` (malformed); a channels page with `statistics`;
  // a videos page with `statistics` and `status.privacyStatus` (one public, one private).
  const dir = join(REPO_ROOT, 'src/ingest/youtube/fixtures');

  it('commentThreads with embedded replies: threaded under the top comment; malformed quarantined', async () => {
    const tally = await tallyImport(
      youtubeImporter,
      join(dir, 'comment-threads-with-replies.json'),
    );
    expectTally(
      tally,
      {
        ...zero,
        records: 2,
        comments: 3,
        threaded: 2,
        interactions: { reply: 3 },
        accounts: 2,
        quarantined: 1,
      },
      'threads',
    );
    const items = tally.units.flatMap((u) => (u.outcome === 'record' ? u.items : []));
    const reply = items.find(
      (i) => i.type === 'post' && i.id === 'UgxEXAMPLEthread0000000001.AAAAexampleReply1',
    );
    assert.deepEqual(
      reply?.type === 'post' ? [reply.parent, reply.root, reply.parentIsComment] : null,
      ['UgxEXAMPLEthread0000000001', 'video/exVideo0001', true],
    );
    const account = items.find((i) => i.type === 'account' && i.id === 'UCexampleFan0000000000001');
    assert.deepEqual(account?.type === 'account' ? [account.handle, account.displayName] : null, [
      'UCexampleFan0000000000001',
      null,
    ]);
  });

  it('channels: the account and a subscriber snapshot', async () => {
    const tally = await tallyImport(youtubeImporter, join(dir, 'channels.json'));
    expectTally(
      tally,
      { ...zero, records: 1, interactions: {}, accounts: 1, snapshots: 1 },
      'channels',
    );
    const items = tally.units.flatMap((u) => (u.outcome === 'record' ? u.items : []));
    const snapshot = items.find((i) => i.type === 'snapshot');
    assert.deepEqual(
      snapshot?.type === 'snapshot' ? [snapshot.followers, snapshot.posts] : null,
      [1200, 42],
    );
  });

  it('videos: statistics become reported counts; a private video is skipped', async () => {
    const tally = await tallyImport(youtubeImporter, join(dir, 'videos-statistics.json'));
    expectTally(
      tally,
      {
        ...zero,
        records: 2,
        rootPosts: 1,
        interactions: {},
        accounts: 1,
        skipped: { 'private post': 1 },
      },
      'videos',
    );
    const post = tally.units
      .flatMap((u) => (u.outcome === 'record' ? u.items : []))
      .find((i) => i.type === 'post');
    assert.deepEqual(post?.type === 'post' ? post.counts : null, {
      views: 5400,
      likes: 310,
      replies: 27,
    });
    assert.deepEqual(post?.type === 'post' ? post.hashtags : null, ['EndTheStigma']);
  });
});
