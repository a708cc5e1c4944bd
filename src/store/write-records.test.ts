import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { accountId, postId, type ImportUnit, type ModelRecord } from '../model/index.js';
import { Database } from './database.js';
import { readStats } from './queries/stats.js';
import { writeImport } from './write-records.js';

const run = { platform: 'reddit', format: 'test', path: 'test.ndjson', synthetic: false } as const;

function comment(id: string, author: string, parent: string, text = 'hello'): ImportUnit {
  const items: ModelRecord[] = [
    { type: 'account', platform: 'reddit', id: accountId(author), handle: author },
    {
      type: 'post',
      platform: 'reddit',
      id: postId(id),
      author: accountId(author),
      createdAt: { ms: 1_400_000_000_000, isLocal: false },
      kind: 'comment',
      root: postId('t3_root'),
      parent: postId(parent),
      parentIsComment: parent.startsWith('t1_') ? true : parent.startsWith('t3_') ? false : null,
      text,
      hashtags: [],
      links: [],
      visibility: 'public',
    },
    {
      type: 'interaction',
      platform: 'reddit',
      kind: 'reply',
      key: `reply:${id}`,
      actor: accountId(author),
      targetAccount: null,
      targetPost: postId(parent),
      at: { ms: 1_400_000_000_000, isLocal: false },
    },
  ];
  return { outcome: 'record', where: { file: 'test.ndjson', line: 1 }, items };
}

const root: ImportUnit = {
  outcome: 'record',
  where: { file: 'test.ndjson', line: 0 },
  items: [
    { type: 'account', platform: 'reddit', id: accountId('op'), handle: 'op' },
    {
      type: 'post',
      platform: 'reddit',
      id: postId('t3_root'),
      author: accountId('op'),
      createdAt: null,
      kind: 'post',
      root: null,
      parent: null,
      parentIsComment: null,
      title: 'A title',
      text: 'body',
      hashtags: ['EndTheStigma'],
      links: ['https://example.org'],
      visibility: 'public',
    },
  ],
};

const bad: ImportUnit = {
  outcome: 'quarantined',
  where: { file: 'test.ndjson', line: 9 },
  reason: 'bad JSON',
  contentHash: 'abc',
};

async function* units(list: readonly ImportUnit[]): AsyncIterable<ImportUnit> {
  yield* list;
}

async function withStore(body: (db: Database) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-store-'));
  const db = await Database.open(join(dir, 'store.duckdb'), { create: true });
  try {
    await body(db);
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('writeImport(db, run, units)', () => {
  it('counts new records, then reports every record as a duplicate on re-import', async () => {
    await withStore(async (db) => {
      const input = [
        root,
        comment('t1_a', 'alice', 't3_root'),
        comment('t1_b', 'bob', 't1_a'),
        bad,
      ];
      const first = await writeImport(db, run, units(input), { batchRecords: 2 });
      assert.deepEqual(first.imported, { accounts: 3, posts: 3, interactions: 2 });
      assert.equal(first.records, 4);
      assert.equal(first.duplicates, 0);
      assert.equal(first.quarantined, 1);
      const stats = await readStats(db);
      assert.deepEqual(stats.reddit, {
        accounts: 3,
        root_posts: 1,
        comments: 2,
        threaded_replies: 1,
        interactions: { reply: 2, like: 0, repost: 0, quote: 0, mention: 0, follow: 0 },
        quarantined: 1,
      });
      const second = await writeImport(db, run, units(input));
      assert.equal(second.duplicates, 3);
      assert.equal(second.quarantined, 1);
      assert.equal(second.updated, 0);
      assert.deepEqual(second.imported, { accounts: 0, posts: 0, interactions: 0 });
      assert.deepEqual(await readStats(db), stats);
    });
  });

  it('reports changed content for an existing key as updated, and the latest wins', async () => {
    await withStore(async (db) => {
      await writeImport(db, run, units([root, comment('t1_a', 'alice', 't3_root', 'first')]));
      const again = await writeImport(
        db,
        run,
        units([comment('t1_a', 'alice', 't3_root', 'edited')]),
      );
      assert.equal(again.updated, 1);
      assert.equal(again.duplicates, 0);
      const rows = await db.rows(`SELECT text FROM posts WHERE id = 't1_a'`);
      assert.deepEqual(rows, [{ text: 'edited' }]);
    });
  });

  it('counts a record repeated inside one run as a duplicate of its first copy', async () => {
    await withStore(async (db) => {
      const once = comment('t1_a', 'alice', 't3_root');
      const summary = await writeImport(db, run, units([once, once]));
      assert.equal(summary.records, 2);
      assert.equal(summary.imported.posts, 1);
      assert.equal(summary.duplicates, 1);
    });
  });

  // A platform's first import is classified by key hash, from the keys alone when no key
  // repeats in the run; a later one by key against what is stored. Each input is imported into a
  // new store, one holding another platform's post, and one holding this platform's.
  const classifiedAlike = async (input: ImportUnit[]) => {
    // an earlier run's post and its reply (without the author's account), on `platform`
    const earlierRun = (platform: 'reddit' | 'bluesky'): ImportUnit => {
      const unit = comment('t1_z', 'zed', 't3_elsewhere');
      assert.equal(unit.outcome, 'record');
      const items = unit.outcome === 'record' ? unit.items.slice(1) : [];
      return {
        outcome: 'record',
        where: { file: 'other.ndjson', line: 0 },
        items: items.map((item) => ({ ...item, platform }) as ModelRecord),
      };
    };
    const results: unknown[] = [];
    for (const before of [[], [{ ...run, platform: 'bluesky' as const }], [run]] as const) {
      await withStore(async (db) => {
        for (const earlier of before) {
          const unit = earlierRun(earlier.platform);
          await writeImport(db, earlier, units([unit]));
        }
        const summary = await writeImport(db, run, units(input));
        const posts = await db.rows(
          `SELECT id, text FROM posts WHERE platform = 'reddit' AND id <> 't1_z' ORDER BY id`,
        );
        const replies = await db.rows(
          `SELECT key, target_post_id FROM interactions
           WHERE platform = 'reddit' AND key <> 'reply:t1_z' ORDER BY key`,
        );
        results.push({ ...summary, elapsed_s: null, posts, replies });
      });
    }
    assert.deepEqual(results[0], results[1]);
    assert.deepEqual(results[0], results[2]);
    return results[0] as {
      updated: number;
      duplicates: number;
      imported: unknown;
      posts: unknown;
      replies: unknown;
    };
  };

  const [a, b, c] = [
    comment('t1_a', 'alice', 't3_root', 'first'),
    comment('t1_b', 'bob', 't1_a'),
    comment('t1_c', 'carol', 't1_b'),
  ];
  for (const { name, input, text, updated, duplicates } of [
    {
      name: 'with repeated keys (the repeated ones windowed)',
      input: [root, a, b, a, comment('t1_a', 'alice', 't3_root', 'edited'), b, c],
      text: 'edited',
      updated: 1,
      duplicates: 2,
    },
    {
      name: 'without a repeated key (from its keys alone)',
      input: [root, a, b, c],
      text: 'first',
      updated: 0,
      duplicates: 0,
    },
  ]) {
    it(`classifies a run ${name} alike whether its platform is new to the store or not`, async () => {
      const summary = await classifiedAlike(input);
      assert.deepEqual(summary.posts, [
        { id: 't1_a', text },
        { id: 't1_b', text: 'hello' },
        { id: 't1_c', text: 'hello' },
        { id: 't3_root', text: 'body' },
      ]);
      assert.deepEqual(summary.replies, [
        { key: 'reply:t1_a', target_post_id: 't3_root' },
        { key: 'reply:t1_b', target_post_id: 't1_a' },
        { key: 'reply:t1_c', target_post_id: 't1_b' },
      ]);
      assert.equal(summary.updated, updated);
      assert.equal(summary.duplicates, duplicates);
      assert.deepEqual(summary.imported, { accounts: 4, posts: 4, interactions: 3 });
    });
  }

  it('keeps stored account fields that a later, thinner observation leaves out', async () => {
    await withStore(async (db) => {
      const full: ImportUnit = {
        outcome: 'record',
        where: { file: 'a' },
        items: [
          {
            type: 'account',
            platform: 'reddit',
            id: accountId('alice'),
            handle: 'alice',
            bio: 'peer supporter',
          },
        ],
      };
      await writeImport(db, run, units([full]));
      const thin = await writeImport(db, run, units([comment('t1_a', 'alice', 't3_root')]));
      assert.equal(thin.imported.accounts, 0);
      const rows = await db.rows(`SELECT handle, bio FROM accounts`);
      assert.deepEqual(rows, [{ handle: 'alice', bio: 'peer supporter' }]);
    });
  });

  it('stores every value exactly as staged: quotes, separators, line breaks, NUL, empty vs absent, numbers', async () => {
    await withStore(async (db) => {
      // Staging goes through files: each of these must come back as it went in.
      const hostile = 'a "quoted", comma\nnew line\r\nCRLF \u0000 NUL \u0001 \u001f é 😀 ""';
      // Far longer than the strings the stager encodes in JS (it hands them to Buffer.write).
      const huge = 'x"'.repeat(1_500_000) + '😀';
      const post = (id: string, text: string, title: string | null, likes: number | null) =>
        ({
          type: 'post',
          platform: 'reddit',
          id: postId(id),
          author: accountId('Ω "op"'),
          createdAt: { ms: 1_400_000_000_123, isLocal: true },
          kind: 'post',
          root: null,
          parent: null,
          parentIsComment: null,
          title,
          text,
          hashtags: ['a,b', 'ü'],
          links: [],
          visibility: 'public',
          venue: '',
          counts: { likes, replies: -3, views: 2 ** 52 + 1, reposts: 0 },
        }) as const;
      const unit: ImportUnit = {
        outcome: 'record',
        where: { file: 'dir "x",\ny.ndjson', line: 7, byteOffset: 2 ** 40 },
        items: [
          {
            type: 'account',
            platform: 'reddit',
            id: accountId('Ω "op"'),
            handle: 'Ω "op"',
            bio: '',
          },
          post('t3_a', hostile, '', -12),
          post('t3_b', '', null, null),
          post('t3_c', huge, hostile, 7),
        ],
      };
      const summary = await writeImport(db, run, units([unit]));
      assert.deepEqual(summary.imported, { accounts: 1, posts: 3, interactions: 0 });
      const rows = await db.rows(
        `SELECT id, author_id, epoch_ms(created_at)::DOUBLE AS ms, time_is_local, title, text,
           hashtags, venue, like_count::DOUBLE AS like_count, repost_count::DOUBLE AS repost_count,
           reply_count::DOUBLE AS reply_count, view_count::DOUBLE AS view_count, source_file,
           source_line, source_offset::DOUBLE AS source_offset
         FROM posts ORDER BY id`,
      );
      const common = {
        author_id: 'Ω "op"',
        ms: 1_400_000_000_123,
        time_is_local: true,
        hashtags: ['a,b', 'ü'],
        venue: '',
        repost_count: 0,
        reply_count: -3,
        view_count: 2 ** 52 + 1,
        source_file: 'dir "x",\ny.ndjson',
        source_line: 7,
        source_offset: 2 ** 40,
      };
      assert.deepEqual(rows, [
        { id: 't3_a', title: '', text: hostile, like_count: -12, ...common },
        { id: 't3_b', title: null, text: '', like_count: null, ...common },
        { id: 't3_c', title: hostile, text: huge, like_count: 7, ...common },
      ]);
      assert.deepEqual(await db.rows(`SELECT handle, bio FROM accounts`), [
        { handle: 'Ω "op"', bio: '' },
      ]);
    });
  });

  it('stores a time or count beyond any date or BIGINT as unknown, never failing the run', async () => {
    await withStore(async (db) => {
      const unit = comment('t1_far', 'alice', 't3_root');
      assert.equal(unit.outcome, 'record');
      const [account, post, reply] = (unit as Extract<ImportUnit, { outcome: 'record' }>).items as [
        ModelRecord,
        ModelRecord & { type: 'post' },
        ModelRecord & { type: 'interaction' },
      ];
      const far: ImportUnit = {
        outcome: 'record',
        where: { file: 'test.ndjson', line: 2 },
        items: [
          account,
          {
            ...post,
            createdAt: { ms: 1.2345678901234568e22, isLocal: false },
            counts: { likes: 1e300 },
          },
          // a Reddit reply is read from its comment, so it has the comment's time
          { ...reply, at: { ms: 1.2345678901234568e22, isLocal: false } },
          // a stored interaction
          { ...reply, kind: 'like', key: 'like:t1_far', at: { ms: -9e15, isLocal: false } },
        ],
      };
      const summary = await writeImport(db, run, units([root, far]));
      assert.deepEqual(summary.imported, { accounts: 2, posts: 2, interactions: 2 });
      assert.deepEqual(
        await db.rows(`SELECT created_at, like_count FROM posts WHERE id = 't1_far'`),
        [{ created_at: null, like_count: null }],
      );
      assert.deepEqual(await db.rows(`SELECT kind, occurred_at FROM interactions ORDER BY kind`), [
        { kind: 'like', occurred_at: null },
        { kind: 'reply', occurred_at: null },
      ]);
    });
  });

  it('leaves the model unchanged when the unit stream fails midway', async () => {
    await withStore(async (db) => {
      async function* failing(): AsyncIterable<ImportUnit> {
        yield root;
        yield comment('t1_a', 'alice', 't3_root');
        throw new Error('truncated input');
      }
      await assert.rejects(writeImport(db, run, failing(), { batchRecords: 1 }), /truncated input/);
      assert.deepEqual(await readStats(db), {});
      const runs = await db.rows(`SELECT status FROM import_runs`);
      assert.deepEqual(runs, [{ status: 'failed' }]);
    });
  });

  it('marks a run that was killed before its merge as interrupted', async () => {
    await withStore(async (db) => {
      await db.run(
        `INSERT INTO import_runs (run_id, platform, status, started_at) VALUES (7, 'reddit', 'running', now()::TIMESTAMP)`,
      );
      await writeImport(db, run, units([root]));
      const ids = await db.rows(`SELECT id FROM posts ORDER BY id`);
      assert.deepEqual(ids, [{ id: 't3_root' }]);
      const status = await db.rows(`SELECT status FROM import_runs WHERE run_id = 7`);
      assert.deepEqual(status, [{ status: 'interrupted' }]);
    });
  });
});

describe('writeImport(db, run, units) and handles', () => {
  it('keeps a real handle when a later observation knows the account only by its id', async () => {
    await withStore(async (db) => {
      const named: ImportUnit = {
        outcome: 'record',
        where: { file: 'a' },
        items: [{ type: 'account', platform: 'reddit', id: accountId('123'), handle: 'calm_fern' }],
      };
      const bare: ImportUnit = {
        outcome: 'record',
        where: { file: 'b' },
        items: [{ type: 'account', platform: 'reddit', id: accountId('123'), handle: '123' }],
      };
      await writeImport(db, run, units([named]));
      const later = await writeImport(db, run, units([bare]));
      assert.equal(later.duplicates, 1);
      assert.deepEqual(await db.rows(`SELECT handle FROM accounts`), [{ handle: 'calm_fern' }]);
      // and within one run, whatever the order
      const again = await writeImport(
        db,
        { ...run, platform: 'x' },
        units([
          {
            ...named,
            items: [{ type: 'account', platform: 'x', id: accountId('9'), handle: 'teal_otter' }],
          },
          { ...bare, items: [{ type: 'account', platform: 'x', id: accountId('9'), handle: '9' }] },
        ]),
      );
      assert.equal(again.imported.accounts, 1);
      assert.deepEqual(await db.rows(`SELECT handle FROM accounts WHERE platform = 'x'`), [
        { handle: 'teal_otter' },
      ]);
    });
  });
});
