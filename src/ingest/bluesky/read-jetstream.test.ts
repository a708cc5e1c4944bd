import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { Interaction, Post } from '../../model/index.js';
import { openSource } from '../source.js';
import { DEFAULT_LIMITS } from '../limits.js';
import { blueskyImporter } from './index.js';
import { handlesBefore } from './read-jetstream.js';
import { collect, json, rapport, tally, testContext } from './test-support.js';

const tmp = mkdtempSync(join(tmpdir(), 'rapport-jetstream-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

/**
 * No Jetstream capture exists in the shared fixtures, so this one is written from the published
 * documentation: lines 1–4 are the README's "Example events" verbatim (a like, a deleted
 * follow, an identity update, an account event; github.com/bluesky-social/jetstream, README at
 * commit b5b059ce), compacted to one line each; line 5 is its heartbeat response. Lines 6–8 are
 * commit events of the same shape whose records follow the `app.bsky.feed.post`,
 * `app.bsky.feed.repost` and `app.bsky.graph.follow` lexicons: a threaded reply with mention,
 * link and tag facets, a repost and a follow. Lines 9–11 are hostile: not JSON, invalid UTF-8,
 * and a truncated last line.
 */
const DOC_EVENTS = [
  {
    did: 'did:plc:eygmaihciaxprqvxpfvl6flk',
    time_us: 1725911162329308,
    kind: 'commit',
    commit: {
      rev: '3l3qo2vutsw2b',
      operation: 'create',
      collection: 'app.bsky.feed.like',
      rkey: '3l3qo2vuowo2b',
      record: {
        $type: 'app.bsky.feed.like',
        createdAt: '2024-09-09T19:46:02.102Z',
        subject: {
          cid: 'bafyreidc6sydkkbchcyg62v77wbhzvb2mvytlmsychqgwf2xojjtirmzj4',
          uri: 'at://did:plc:wa7b35aakoll7hugkrjtf3xf/app.bsky.feed.post/3l3pte3p2e325',
        },
      },
      cid: 'bafyreidwaivazkwu67xztlmuobx35hs2lnfh3kolmgfmucldvhd3sgzcqi',
    },
  },
  {
    did: 'did:plc:rfov6bpyztcnedeyyzgfq42k',
    time_us: 1725516666833633,
    kind: 'commit',
    commit: {
      rev: '3l3f6nzl3cv2s',
      operation: 'delete',
      collection: 'app.bsky.graph.follow',
      rkey: '3l3dn7tku762u',
    },
  },
  {
    did: 'did:plc:ufbl4k27gp6kzas5glhz7fim',
    time_us: 1725516665234703,
    kind: 'identity',
    identity: {
      did: 'did:plc:ufbl4k27gp6kzas5glhz7fim',
      handle: 'yohenrique.bsky.social',
      seq: 1409752997,
      time: '2024-09-05T06:11:04.870Z',
    },
  },
  {
    did: 'did:plc:ufbl4k27gp6kzas5glhz7fim',
    time_us: 1725516665333808,
    kind: 'account',
    account: {
      active: true,
      did: 'did:plc:ufbl4k27gp6kzas5glhz7fim',
      seq: 1409753013,
      time: '2024-09-05T06:11:04.870Z',
    },
  },
  { kind: 'heartbeat', payload: '' },
];
const ROOT = 'at://did:plc:wa7b35aakoll7hugkrjtf3xf/app.bsky.feed.post/3l3pte3p2e325';
const PARENT = 'at://did:plc:eygmaihciaxprqvxpfvl6flk/app.bsky.feed.post/3l3pzzzzzzz2a';
const REPLY = {
  did: 'did:plc:ufbl4k27gp6kzas5glhz7fim',
  time_us: 1725911200000000,
  kind: 'commit',
  commit: {
    rev: '3l3qo3aaaaa2b',
    operation: 'create',
    collection: 'app.bsky.feed.post',
    rkey: '3l3qo3bbbbb2b',
    record: {
      $type: 'app.bsky.feed.post',
      createdAt: '2024-09-09T19:47:00.000Z',
      langs: ['en'],
      text: '@eygm you are not alone — 988lifeline.org #EndTheStigma',
      reply: { root: { uri: ROOT, cid: 'bafyroot' }, parent: { uri: PARENT, cid: 'bafyparent' } },
      facets: [
        {
          index: { byteStart: 0, byteEnd: 5 },
          features: [
            { $type: 'app.bsky.richtext.facet#mention', did: 'did:plc:eygmaihciaxprqvxpfvl6flk' },
          ],
        },
        {
          index: { byteStart: 26, byteEnd: 41 },
          features: [{ $type: 'app.bsky.richtext.facet#link', uri: 'https://988lifeline.org' }],
        },
        {
          index: { byteStart: 42, byteEnd: 55 },
          features: [{ $type: 'app.bsky.richtext.facet#tag', tag: 'EndTheStigma' }],
        },
      ],
    },
    cid: 'bafyreply',
  },
};
const REPOST = {
  did: 'did:plc:rfov6bpyztcnedeyyzgfq42k',
  time_us: 1725911300000000,
  kind: 'commit',
  commit: {
    rev: '3l3qo4aaaaa2b',
    operation: 'create',
    collection: 'app.bsky.feed.repost',
    rkey: '3l3qo4bbbbb2b',
    record: {
      $type: 'app.bsky.feed.repost',
      createdAt: '2024-09-09T19:48:00.000Z',
      subject: { uri: ROOT, cid: 'bafyroot' },
    },
    cid: 'bafyrepost',
  },
};
const FOLLOW = {
  did: 'did:plc:rfov6bpyztcnedeyyzgfq42k',
  time_us: 1725911400000000,
  kind: 'commit',
  commit: {
    rev: '3l3qo5aaaaa2b',
    operation: 'create',
    collection: 'app.bsky.graph.follow',
    rkey: '3l3qo5bbbbb2b',
    record: {
      $type: 'app.bsky.graph.follow',
      createdAt: '2024-09-09T19:49:00.000Z',
      subject: 'did:plc:ufbl4k27gp6kzas5glhz7fim',
    },
    cid: 'bafyfollow',
  },
};

function writeFixture(): string {
  const lines = [...DOC_EVENTS, REPLY, REPOST, FOLLOW].map((e) => Buffer.from(JSON.stringify(e)));
  lines.push(Buffer.from('{"did": "did:plc:x", "kind": '));
  lines.push(Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d])); // {"\xff\xfe"}
  const file = join(tmp, 'jetstream-doc.jsonl');
  writeFileSync(
    file,
    Buffer.concat([
      ...lines.flatMap((l) => [l, Buffer.from('\n')]),
      Buffer.from(JSON.stringify(FOLLOW).slice(0, 60)), // truncated, no newline
    ]),
  );
  return file;
}

describe('readJetstream', () => {
  it('blueskyImporter.read(jetstream) gives one unit per line: creates, skips, quarantine', async () => {
    const file = writeFixture();
    const source = await openSource(file, DEFAULT_LIMITS);
    const format = await blueskyImporter.detect(source);
    assert.equal(format, 'bluesky-jetstream');
    const units = await collect(blueskyImporter.read(source, format!, testContext()));
    assert.deepEqual(tally(units), {
      records: 11,
      like: 1,
      'skipped:deleted record': 1,
      account: 1,
      'skipped:account status event': 1,
      'skipped:heartbeat': 1,
      comments: 1,
      reply: 1,
      mention: 1,
      repost: 1,
      follow: 1,
      quarantined: 3,
    });
    const reasons = units.flatMap((u) => (u.outcome === 'quarantined' ? [u.reason] : []));
    assert.deepEqual(reasons, ['not valid JSON', 'invalid UTF-8', 'truncated last line']);
    const bad = units.filter((u) => u.outcome === 'quarantined');
    assert.deepEqual(
      bad.map((u) => u.where.line),
      [9, 10, 11],
    );

    const reply = units.flatMap((u) => (u.outcome === 'record' ? u.items : []));
    const post = reply.find((i): i is Post => i.type === 'post')!;
    assert.equal(post.id, 'at://did:plc:ufbl4k27gp6kzas5glhz7fim/app.bsky.feed.post/3l3qo3bbbbb2b');
    assert.equal(post.parent, PARENT);
    assert.equal(post.root, ROOT);
    assert.equal(post.parentIsComment, true);
    assert.deepEqual(post.hashtags, ['EndTheStigma']);
    assert.deepEqual(post.links, ['https://988lifeline.org']);
    const replyEdge = reply.find(
      (i): i is Interaction => i.type === 'interaction' && i.kind === 'reply',
    )!;
    assert.equal(replyEdge.targetAccount, 'did:plc:eygmaihciaxprqvxpfvl6flk');
  });

  it('rapport import bluesky FILE stores it and a re-import is a no-op', () => {
    const file = writeFixture();
    const store = join(tmp, 's.duckdb');
    const first = json(rapport(['import', 'bluesky', file, '--store', store, '--json']));
    assert.equal(first.format, 'bluesky-jetstream');
    assert.equal(first.records, 11);
    assert.equal(first.quarantined, 3);
    assert.deepEqual(first.skipped, {
      'deleted record': 1,
      'account status event': 1,
      heartbeat: 1,
    });
    assert.deepEqual(first.imported, { accounts: 1, posts: 1, interactions: 5 });
    const stats = json(rapport(['stats', '--store', store, '--json'])).bluesky;
    assert.deepEqual(stats, {
      accounts: 1,
      root_posts: 0,
      comments: 1,
      threaded_replies: 1,
      interactions: { follow: 1, like: 1, mention: 1, quote: 0, reply: 1, repost: 1 },
      quarantined: 3,
    });
    const again = json(rapport(['import', 'bluesky', file, '--store', store, '--json']));
    assert.deepEqual(again.imported, { accounts: 0, posts: 0, interactions: 0 });
    assert.equal(again.duplicates, 5);
    assert.equal(again.updated, 0);
    assert.deepEqual(json(rapport(['stats', '--store', store, '--json'])).bluesky, stats);
  });
});

describe('handlesBefore', () => {
  const identity = (did: string, handle: string) =>
    JSON.stringify({ did, time_us: 1, kind: 'identity', identity: { did, handle, seq: 1 } });
  const didA = 'did:plc:aaaaaaaaaaaaaaaaaaaaaaaa';
  const didB = 'did:plc:bbbbbbbbbbbbbbbbbbbbbbbb';
  const didC = 'did:plc:cccccccccccccccccccccccc';
  const maxRecordBytes = 400;
  // The bytes before a part: identity events, a later one for the same DID (it wins), one spelt
  // with a `\u` escape, one after CRLF, one inside an over-long line (not an event), one with
  // invalid UTF-8, and lines that only mention the word.
  const prefix = Buffer.concat([
    Buffer.from(identity(didA, 'first.example.com') + '\n'),
    Buffer.from(JSON.stringify({ did: didB, kind: 'commit', note: 'identity' }) + '\n\n'),
    Buffer.from(identity(didB, 'bee.example.com') + '\r\n'),
    Buffer.from(
      identity(didA, 'second.example.com').replace('"identity"', '"\\u0069dentity"') + '\n',
    ),
    Buffer.from(identity(didC, 'never.example.com') + ' '.repeat(maxRecordBytes) + '\n'),
    Buffer.concat([
      Buffer.from(identity(didC, 'bad.example.com')),
      Buffer.from([0xff]),
      Buffer.from('\n'),
    ]),
    Buffer.from('{"kind":"identity","truncated\n'),
  ]);

  it('reads the same handles and lines however the bytes are chunked', async () => {
    for (const size of [1, 2, 3, 7, 16, 61, 200, prefix.length]) {
      async function* chunks() {
        for (let at = 0; at < prefix.length; at += size) yield prefix.subarray(at, at + size);
      }
      const { handles, lines } = await handlesBefore(chunks(), maxRecordBytes);
      assert.deepEqual(
        Object.fromEntries(handles),
        { [didA]: 'second.example.com', [didB]: 'bee.example.com' },
        `chunks of ${size} bytes`,
      );
      assert.equal(lines, 8, `chunks of ${size} bytes`);
    }
  });
});
