import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { Interaction } from '../../model/index.js';
import { DEFAULT_LIMITS } from '../limits.js';
import { openSource } from '../source.js';
import { topLevelKeys } from './detect.js';
import { blueskyImporter } from './index.js';
import { collect, tally, testContext } from './test-support.js';

const tmp = mkdtempSync(join(tmpdir(), 'rapport-xrpc-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

const DID = (n: number) => `did:plc:user${String(n).padStart(20, '0')}`;
const view = (n: number, parent?: number) => ({
  uri: `at://${DID(n % 7)}/app.bsky.feed.post/p${n}`,
  cid: 'bafy',
  author: { did: DID(n % 7), handle: `user${n % 7}.bsky.social` },
  record: {
    $type: 'app.bsky.feed.post',
    text: `post ${n}`,
    createdAt: '2024-01-01T00:00:00.000Z',
    ...(parent === undefined
      ? {}
      : {
          reply: {
            root: { uri: `at://${DID(0)}/app.bsky.feed.post/p0`, cid: 'bafy' },
            parent: { uri: `at://${DID(parent % 7)}/app.bsky.feed.post/p${parent}`, cid: 'bafy' },
          },
        }),
  },
  likeCount: 1,
  repostCount: 0,
  replyCount: 1,
});

async function read(doc: string) {
  const file = join(tmp, `doc-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, doc);
  const source = await openSource(file, DEFAULT_LIMITS);
  const format = await blueskyImporter.detect(source);
  assert.equal(format, 'bluesky-xrpc');
  return collect(blueskyImporter.read(source, format!, testContext()));
}

describe('readXrpc', () => {
  it('readXrpc(getPostThread) walks a 30,000-deep reply chain without recursion', async () => {
    const depth = 30_000;
    // Built as text: the nesting is deeper than a recursive JSON.stringify could go.
    const open: string[] = [];
    for (let n = 0; n < depth; n++) {
      const node = JSON.stringify({
        $type: 'app.bsky.feed.defs#threadViewPost',
        post: view(n, n === 0 ? undefined : n - 1),
      });
      open.push(`${node.slice(0, -1)},"replies":[`);
    }
    const doc = `{"thread":${open.join('')}${']}'.repeat(depth)}}`;
    const units = await read(doc);
    const t = tally(units);
    assert.equal(t.records, depth);
    assert.equal(t.root_posts, 1);
    assert.equal(t.comments, depth - 1);
    assert.equal(t.reply, depth - 1);
    assert.equal(t.quarantined, undefined);
  });

  it('readXrpc(getPostThread) skips notFound and blocked nodes and quarantines bad views', async () => {
    const doc = JSON.stringify({
      thread: {
        $type: 'app.bsky.feed.defs#threadViewPost',
        post: view(1, 0),
        parent: { $type: 'app.bsky.feed.defs#notFoundPost', uri: 'at://x', notFound: true },
        replies: [
          { $type: 'app.bsky.feed.defs#blockedPost', uri: 'at://y', blocked: true },
          { $type: 'app.bsky.feed.defs#threadViewPost', post: { ...view(2, 1), author: {} } },
        ],
      },
    });
    const t = tally(await read(doc));
    assert.deepEqual(t, {
      records: 4,
      comments: 1,
      reply: 1,
      account: 1,
      'skipped:post not found': 1,
      'skipped:blocked post': 1,
      quarantined: 1,
    });
  });

  it('readXrpc(getAuthorFeed) turns a repost reason into a repost, never a post of its own', async () => {
    // Shape of app.bsky.feed.getAuthorFeed (lexicon app.bsky.feed.defs#feedViewPost).
    const doc = JSON.stringify({
      feed: [
        { post: view(3) },
        {
          post: view(4),
          reason: {
            $type: 'app.bsky.feed.defs#reasonRepost',
            by: { did: DID(5), handle: 'five.bsky.social' },
            indexedAt: '2024-01-02T00:00:00.000Z',
          },
        },
      ],
      cursor: 'abc',
    });
    const units = await read(doc);
    const t = tally(units);
    assert.equal(t.records, 2);
    assert.equal(t.root_posts, 2);
    assert.equal(t.repost, 1);
    const repost = units
      .flatMap((u) => (u.outcome === 'record' ? u.items : []))
      .find((i): i is Interaction => i.type === 'interaction' && i.kind === 'repost')!;
    assert.equal(repost.actor, DID(5));
    assert.equal(repost.targetPost, `at://${DID(4)}/app.bsky.feed.post/p4`);
  });

  it('readXrpc(getLikes) yields a like per entry with its time', async () => {
    const doc = JSON.stringify({
      uri: `at://${DID(1)}/app.bsky.feed.post/p1`,
      likes: [
        {
          actor: { did: DID(2), handle: 'two.bsky.social' },
          createdAt: '2024-01-03T00:00:00.000Z',
          indexedAt: '2024-01-03T00:00:01.000Z',
        },
        { actor: { did: DID(3), handle: 'three.bsky.social' }, createdAt: 'yesterday' },
      ],
    });
    assert.deepEqual(tally(await read(doc)), {
      records: 2,
      account: 1,
      like: 1,
      quarantined: 1,
    });
  });

  it('topLevelKeys(text) reads the keys of a cut-off object, skipping nested ones', () => {
    assert.deepEqual(topLevelKeys('{"a": {"x": 1}, "b:\\"": [{"y": "}"}], "c": "'), [
      'a',
      'b:"',
      'c',
    ]);
  });
});
