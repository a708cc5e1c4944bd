import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { after, describe, it } from 'node:test';
import { DEFAULT_LIMITS, openSource, type InputLimits } from '../ingest/index.js';
import type { Platform } from '../model/index.js';
import { Database } from '../store/index.js';
import { fixture, fixturesSkip } from '../testing/fixtures.js';
import { importData } from './import-data.js';
import { planParts } from './import-parallel.js';

const tmp = mkdtempSync(join(tmpdir(), 'rapport-parallel-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

/** Every stored row of the model, in key order, as text (the run id is the same in each). */
async function dump(storePath: string): Promise<Record<string, string[]>> {
  const db = await Database.open(storePath);
  try {
    const tables: Record<string, string> = {
      accounts: 'platform, id',
      posts: 'platform, id',
      interactions: 'platform, key',
      profile_snapshots: 'platform, account_id, observed_at',
      quarantine: 'platform, file, line, byte_offset, content_hash',
    };
    const out: Record<string, string[]> = {};
    for (const [table, order] of Object.entries(tables)) {
      const rows = await db.rows(`SELECT * FROM ${table} ORDER BY ${order}`);
      out[table] = rows.map((row) =>
        JSON.stringify(row, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v)),
      );
    }
    return out;
  } finally {
    db.close();
  }
}

interface Outcome {
  readonly summary: Record<string, unknown>;
  readonly store: Record<string, string[]>;
  readonly readers: number;
}

/** Imports `file` into a new store with at most `readers` readers, splitting even small files. */
async function importWith(
  file: string,
  platform: Platform,
  readers: number,
  limits: InputLimits = DEFAULT_LIMITS,
  subreddits?: readonly string[],
): Promise<Outcome> {
  const storePath = join(tmp, `store-${platform}-${readers}-${Math.random()}.duckdb`);
  let used = 1;
  const { elapsed_s: _elapsed, ...summary } = await importData({
    storePath,
    platform,
    path: file,
    limits,
    subreddits,
    readers,
    parallelMinBytes: 0,
    onReaders: (n) => (used = n),
  });
  return { summary, store: await dump(storePath), readers: used };
}

/** The Jetstream event lines of the handle tests, in the shapes Jetstream documents. */
const jet = {
  post: (did: string, timeUs: number, rev: string, rkey: string, text: string) =>
    JSON.stringify({
      did,
      time_us: timeUs,
      kind: 'commit',
      commit: {
        rev,
        operation: 'create',
        collection: 'app.bsky.feed.post',
        rkey,
        record: { $type: 'app.bsky.feed.post', text, createdAt: '2024-09-09T19:46:02.102Z' },
      },
    }),
  /** `escaped`: "identity" spelled only with `\u` escapes. */
  identity: (did: string, timeUs: number, handle: string, seq: number, escaped: boolean) => {
    const line = JSON.stringify({
      did,
      time_us: timeUs,
      kind: 'identity',
      identity: { did, handle, seq },
    });
    return escaped ? line.replaceAll('identity', '\\u0069dentity') : line;
  },
  profile: (did: string, timeUs: number, rev: string, operation: string, record: object) =>
    JSON.stringify({
      did,
      time_us: timeUs,
      kind: 'commit',
      commit: { rev, operation, collection: 'app.bsky.actor.profile', rkey: 'self', record },
    }),
};

/** The single reader's outcome, and that of 2, 3 and 4 parallel readers: all must be equal. */
async function assertSameAsOneReader(
  file: string,
  platform: Platform,
  limits?: InputLimits,
  subreddits?: readonly string[],
): Promise<Outcome> {
  const one = await importWith(file, platform, 1, limits, subreddits);
  assert.equal(one.readers, 1);
  for (const readers of [2, 3, 4]) {
    const many = await importWith(file, platform, readers, limits, subreddits);
    assert.equal(many.readers, readers, `${readers} readers were used`);
    assert.deepEqual(many.summary, one.summary, `summary with ${readers} readers`);
    for (const table of Object.keys(one.store)) {
      assert.deepEqual(many.store[table], one.store[table], `${table} with ${readers} readers`);
    }
  }
  return one;
}

describe('parallel import of one large line-oriented file', () => {
  it(
    'stores exactly what one reader stores: the real Reddit dump sample (5,000 lines)',
    { skip: fixturesSkip() },
    async () => {
      const file = fixture('reddit', 'gkotsis-2015dump-depression-sample.ndjson');
      const one = await assertSameAsOneReader(file, 'reddit');
      // the sample's counts, as the Reddit importer's own tests verify them (`wc -l`, `jq`)
      assert.equal(one.summary.records, 5000);
      assert.equal(one.store.posts!.length, 5000);
    },
  );

  it(
    'applies --subreddits in every part as one reader does (the real sample, every other record moved to r/Anxiety)',
    { skip: fixturesSkip() },
    async () => {
      const lines = readFileSync(
        fixture('reddit', 'gkotsis-2015dump-depression-sample.ndjson'),
        'utf8',
      )
        .split('\n')
        .filter((line) => line.length > 0)
        .map((line, i) => {
          const record = JSON.parse(line) as Record<string, unknown>;
          if (i % 2 === 1) record.subreddit = 'Anxiety';
          return JSON.stringify(record);
        });
      const file = join(tmp, 'two-subreddits.ndjson');
      writeFileSync(file, lines.join('\n') + '\n');
      const one = await assertSameAsOneReader(file, 'reddit', undefined, ['r/anxiety']);
      assert.deepEqual(one.summary.skipped, { 'subreddit filter': 2500 });
      assert.equal(one.store.posts!.length, 2500);
    },
  );

  it('numbers lines, offsets and records as one reader would, whatever each part holds', async () => {
    // A BOM, CRLF lines, blank lines, a bad JSON line, invalid UTF-8, an over-long line, a
    // record repeated in a later part with other content, and the same record repeated as is.
    const submission = (id: string, title: string) =>
      JSON.stringify({
        id,
        name: `t3_${id}`,
        author: `user_${id}`,
        title,
        selftext: 'body #EndTheStigma https://example.org/x',
        subreddit: 'depression',
        created_utc: 1420070400,
        score: 3,
        num_comments: 1,
      });
    const comment = (id: string, parent: string) =>
      JSON.stringify({
        id,
        name: `t1_${id}`,
        author: `user_${id.length}`,
        body: `reply ${id}`,
        link_id: 't3_a',
        parent_id: parent,
        subreddit: 'depression',
        created_utc: 1420070500,
      });
    const lines: (string | Buffer)[] = ['\ufeff' + submission('a', 'first')];
    for (let i = 0; i < 40; i++) {
      lines.push(
        comment(`c${i}`, i % 2 || i === 0 ? 't3_a' : `t1_c${i - 1}`) + (i % 3 === 0 ? '\r' : ''),
      );
      if (i === 7) lines.push('');
      if (i === 11) lines.push('{"id": broken');
      if (i === 17) lines.push(Buffer.from([0x7b, 0xff, 0xfe, 0x7d]));
      if (i === 23) lines.push(JSON.stringify({ id: 'big', body: 'x'.repeat(3000) }));
      if (i === 29) lines.push(submission('a', 'changed later'));
      if (i === 31) lines.push(comment('c3', 't3_a'));
    }
    const file = join(tmp, 'hostile.ndjson');
    writeFileSync(
      file,
      Buffer.concat(lines.map((l) => Buffer.concat([Buffer.from(l), Buffer.from('\n')]))),
    );
    const one = await assertSameAsOneReader(file, 'reddit', {
      ...DEFAULT_LIMITS,
      maxRecordBytes: 2048,
    });
    assert.deepEqual(
      { records: one.summary.records, quarantined: one.summary.quarantined },
      // 46 lines that are not blank; quarantined: the bad JSON, invalid UTF-8, over-long lines
      { records: 46, quarantined: 3 },
    );
  });

  it('gives a later part the handles of identity events in earlier parts (Bluesky Jetstream)', async () => {
    const did = (n: number) => `did:plc:${String(n).padStart(24, 'a')}`;
    const events: string[] = [];
    for (let i = 0; i < 30; i++) {
      events.push(jet.post(did(i), 1725911162329308 + i, `r${i}`, `3l3qo2vuowo${i}`, `post ${i}`));
      if (i === 3 || i === 5) {
        // identity events early in the file; the second spells "identity" only with escapes
        events.push(
          jet.identity(did(i), 1725516665234703 + i, `person${i}.bsky.social`, i, i === 5),
        );
      }
    }
    for (const i of [3, 5, 7]) {
      // profile records late in the file: two of them name accounts identified early on; one
      // that names nothing: its account row then differs only by its handle
      events.push(
        jet.profile(
          did(i),
          1725916665234703 + i,
          `p${i}`,
          'create',
          i === 3 || i === 5
            ? { $type: 'app.bsky.actor.profile' }
            : { $type: 'app.bsky.actor.profile', displayName: `Person ${i}` },
        ),
      );
    }
    const file = join(tmp, 'events.jsonl');
    writeFileSync(file, events.join('\n') + '\n');
    const one = await assertSameAsOneReader(file, 'bluesky');
    const handles = one.store.accounts!.map((row) => JSON.parse(row) as { handle: string });
    assert.ok(handles.some((a) => a.handle === 'person5.bsky.social'));
  });

  it('gives each Jetstream part taken in turn the handles of identity events in all parts before it', async () => {
    // About 1.4 MB of events: some 20 parts of 64 KiB, taken in turn by 2, 3 and 4 readers. The
    // handles of 40 accounts change every few parts (some spelled with escapes), and profile
    // records all along name whichever handle is the latest: a reader that brought its handles
    // up to a part wrongly would store another handle than the single reader does.
    const did = (n: number) => `did:plc:${String(n % 40).padStart(24, 'b')}`;
    const time = (i: number) => 1725911162329308 + i;
    const events: string[] = [];
    for (let i = 0; i < 3000; i++) {
      const rkey = `3l3qo2vuow${String(i).padStart(5, '0')}`;
      events.push(jet.post(did(i), time(i), `r${i}`, rkey, `post ${i} `.padEnd(300, 'x')));
      if (i % 37 === 0)
        events.push(jet.identity(did(i), time(i), `person${i}.bsky.social`, i, i % 3 === 0));
      if (i % 29 === 0) {
        const record = { $type: 'app.bsky.actor.profile', displayName: `Person ${i}` };
        events.push(jet.profile(did(i + 1), time(i), `p${i}`, 'update', record));
      }
    }
    // the last events: a profile record of every account, in the file's last part
    for (let n = 0; n < 40; n++) {
      const record = { $type: 'app.bsky.actor.profile', displayName: `Last ${n}` };
      events.push(jet.profile(did(n), 1725999999000000 + n, `last${n}`, 'update', record));
    }
    const file = join(tmp, 'identities.jsonl');
    writeFileSync(file, events.join('\n') + '\n');
    const plan = await planParts(
      await openSource(file, DEFAULT_LIMITS),
      'bluesky',
      'bluesky-jetstream',
      { readers: 2, minBytes: 0 },
    );
    assert.ok(plan && plan.parts.length >= 16, `${plan?.parts.length} parts`);
    const one = await assertSameAsOneReader(file, 'bluesky');
    // each account's handle is that of its last identity event (i = 37k, account i mod 40)
    const expected = new Map<string, string>();
    for (let i = 0; i < 3000; i += 37) expected.set(did(i), `person${i}.bsky.social`);
    const stored = new Map(
      one.store.accounts!.map((row) => {
        const account = JSON.parse(row) as { id: string; handle: string };
        return [account.id, account.handle];
      }),
    );
    assert.equal(expected.size, 40);
    for (const [id, handle] of expected) assert.equal(stored.get(id), handle, id);
  });

  it('fails as one reader fails on a truncated last line, and leaves no store', async () => {
    const file = join(tmp, 'cut.ndjson');
    const source = fixturesSkip()
      ? null
      : fixture('reddit', 'gkotsis-2015dump-depression-sample.ndjson');
    if (source) copyFileSync(source, file);
    else
      writeFileSync(
        file,
        '{"id":"a","name":"t3_a","title":"t","created_utc":1420070400}\n'.repeat(50),
      );
    const bytes = readFileSync(file);
    writeFileSync(file, bytes.subarray(0, bytes.length - 40));
    for (const readers of [1, 3]) {
      const storePath = join(tmp, `cut-${readers}.duckdb`);
      await assert.rejects(
        importData({ storePath, platform: 'reddit', path: file, readers, parallelMinBytes: 0 }),
        /is truncated: its last line/,
      );
      assert.throws(() => readFileSync(storePath), /ENOENT/);
    }
  });
});

describe('planParts(source, platform, format)', () => {
  it('cuts a plain file just after newlines, and leaves other inputs to one reader', async () => {
    const file = join(tmp, 'plan.ndjson');
    writeFileSync(file, Array.from({ length: 100 }, (_, i) => `{"n":${i}}`).join('\n') + '\n');
    const source = await openSource(file, DEFAULT_LIMITS);
    const plan = await planParts(source, 'reddit', 'pushshift-ndjson', {
      readers: 3,
      minBytes: 0,
    });
    assert.ok(plan);
    const parts = plan.parts;
    assert.equal(parts.length, 3);
    assert.equal(plan.readers, 3);
    const bytes = readFileSync(file);
    assert.equal(parts[0]!.start, 0);
    assert.equal(parts[2]!.end, bytes.length);
    for (let k = 1; k < parts.length; k++) {
      assert.equal(parts[k]!.start, parts[k - 1]!.end);
      assert.equal(bytes[parts[k]!.start - 1], 0x0a);
    }
    assert.equal(await planParts(source, 'reddit', 'pushshift-ndjson', { readers: 3 }), null);
    assert.equal(
      await planParts(source, 'reddit', 'pushshift-api', { readers: 3, minBytes: 0 }),
      null,
    );
    assert.equal(
      await planParts(source, 'reddit', 'pushshift-ndjson', { readers: 1, minBytes: 0 }),
      null,
    );
  });

  it('cuts a Reddit dump and Jetstream events into many parts for their readers to take in turn', async () => {
    const line = (i: number) => `{"n":${i},"pad":"${'x'.repeat(i % 50)}"}`;
    const file = join(tmp, 'plan-many.ndjson');
    writeFileSync(file, Array.from({ length: 40_000 }, (_, i) => line(i)).join('\n') + '\n');
    const bytes = readFileSync(file);
    const source = await openSource(file, DEFAULT_LIMITS);
    const reddit = await planParts(source, 'reddit', 'pushshift-ndjson', {
      readers: 2,
      minBytes: 0,
    });
    assert.ok(reddit);
    // about 64 KiB a part: the 2.2 MB file in 34 parts, fewer than 32 per reader
    assert.equal(reddit.parts.length, Math.floor(bytes.length / (64 * 1024)));
    assert.equal(reddit.readers, 2);
    assert.equal(reddit.parts[0]!.start, 0);
    assert.equal(reddit.parts.at(-1)!.end, bytes.length);
    for (let k = 1; k < reddit.parts.length; k++) {
      assert.equal(reddit.parts[k]!.start, reddit.parts[k - 1]!.end);
      assert.equal(bytes[reddit.parts[k]!.start - 1], 0x0a);
    }
    // Jetstream events alike: the same cuts
    const jetstream = await planParts(source, 'bluesky', 'bluesky-jetstream', {
      readers: 2,
      minBytes: 0,
    });
    assert.ok(jetstream);
    assert.deepEqual(jetstream, reddit);
  });

  it('leaves a zstd or gzip file to one reader', { skip: fixturesSkip() }, async () => {
    const gz = join(mkdtempSync(join(tmpdir(), 'rapport-gz-')), 'sample.ndjson.gz');
    writeFileSync(
      gz,
      gzipSync(readFileSync(fixture('reddit', 'gkotsis-2015dump-depression-sample.ndjson'))),
    );
    try {
      for (const path of [fixture('reddit', 'gkotsis-2015dump-depression-sample.ndjson.zst'), gz]) {
        const source = await openSource(path, DEFAULT_LIMITS);
        assert.equal(
          await planParts(source, 'reddit', 'pushshift-ndjson', { readers: 2, minBytes: 0 }),
          null,
          path,
        );
      }
    } finally {
      rmSync(dirname(gz), { recursive: true, force: true });
    }
  });
});
