import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import {
  accountId,
  postId,
  type ImportUnit,
  type Interaction,
  type Platform,
} from '../model/index.js';
import { importerFor } from '../ingest/registry.js';
import { collect, testContext } from '../ingest/reddit/test-support.js';
import { DEFAULT_LIMITS } from '../ingest/limits.js';
import { openSource } from '../ingest/source.js';
import { importData } from '../report/import-data.js';
import { tempDir } from '../testing/cli.js';
import { fixture, fixturesSkip } from '../testing/fixtures.js';
import { Database } from './database.js';
import { HASH } from './merge-run.js';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations.js';
import { readStats } from './queries/stats.js';
import { writeImport } from './write-records.js';

/**
 * A Reddit or Bluesky comment's reply interaction is read from the comment (the `interactions`
 * view of migration 4), not stored beside it: the same rows, fewer to write.
 */

/** The reply interactions a platform's importer yields for a file, as the view's rows. */
async function replyItems(platform: Platform, path: string): Promise<Record<string, unknown>[]> {
  const importer = await importerFor(platform);
  assert.ok(importer);
  const source = await openSource(path, DEFAULT_LIMITS);
  try {
    const format = await importer.detect(source);
    assert.ok(format, `${path} is detected`);
    const units = await collect(importer.read(source, format, testContext()));
    const rows: Record<string, unknown>[] = [];
    for (const unit of units) {
      if (unit.outcome !== 'record') continue;
      for (const item of unit.items) {
        if (item.type !== 'interaction' || item.kind !== 'reply') continue;
        rows.push({
          key: item.key,
          actor_id: item.actor ?? null,
          target_account_id: item.targetAccount ?? null,
          target_post_id: item.targetPost ?? null,
          at_ms: item.at?.ms ?? null,
          time_is_local: item.at?.isLocal ?? false,
          source_line: unit.where.line ?? null,
        });
      }
    }
    return byKey(rows);
  } finally {
    source.close();
  }
}

function byKey(rows: Record<string, unknown>[]): Record<string, unknown>[] {
  return rows.sort((a, b) => (String(a.key) < String(b.key) ? -1 : 1));
}

const VIEW_ROWS = `SELECT key, actor_id, target_account_id, target_post_id,
    epoch_ms(occurred_at)::DOUBLE AS at_ms, time_is_local, source_line
  FROM interactions WHERE platform = $1 AND kind = 'reply'`;

/**
 * Real inputs with comments: their reply counts are verified independently in the importers'
 * fixture tests (jq for the Reddit sample; Python for the Bluesky capture and repository).
 */
const INPUTS = [
  {
    platform: 'reddit',
    file: ['reddit', 'gkotsis-2015dump-depression-sample.ndjson'],
    replies: 4056,
  },
  {
    platform: 'bluesky',
    file: ['bluesky', 'indigo', 'automod-capture-atproto.com-2023.json'],
    replies: 8,
  },
  {
    platform: 'bluesky',
    file: ['bluesky', 'indigo', 'repo-bnewbold.robocracy.org-20250310.car'],
    replies: 2,
  },
] as const;

describe('Reddit and Bluesky reply interactions are read from their comments', () => {
  const { dir, cleanup } = tempDir('rapport-derived-replies-');
  after(cleanup);

  for (const input of INPUTS) {
    const name = input.file[input.file.length - 1]!;
    it(
      `${name}: the view holds exactly the replies the importer yields, none stored`,
      { skip: fixturesSkip() },
      async () => {
        const path = fixture(...input.file);
        const expected = await replyItems(input.platform, path);
        assert.equal(expected.length, input.replies);
        for (const readers of [1, 2]) {
          const storePath = join(dir, `${name}-${readers}.duckdb`);
          const summary = await importData({
            storePath,
            platform: input.platform,
            path,
            readers,
            parallelMinBytes: 0,
          });
          const db = await Database.open(storePath);
          try {
            const stored = `SELECT count(*) FROM interaction_rows WHERE kind = 'reply'`;
            assert.equal(Number(await db.value(stored)), 0);
            assert.deepEqual(byKey(await db.rows(VIEW_ROWS, [input.platform])), expected);
            const stats = (await readStats(db))[input.platform];
            assert.equal(stats?.interactions.reply, input.replies);
            // the summary counts them among the interactions it imported
            const all = Object.values(stats?.interactions ?? {}).reduce((a, b) => a + b, 0);
            assert.equal(summary.imported.interactions, all);
          } finally {
            db.close();
          }
        }
      },
    );
  }

  it('a comment whose record carries no reply has its reply all the same (SPEC §9)', async () => {
    const db = await Database.open(join(dir, 'bare.duckdb'), { create: true });
    try {
      const at = { ms: 1_400_000_000_000, isLocal: false };
      const summary = await writeImport(
        db,
        { platform: 'bluesky', format: 'test', path: 't.json', synthetic: false },
        (async function* () {
          yield {
            outcome: 'record',
            where: { file: 't.json', line: 1 },
            items: [
              {
                type: 'post',
                platform: 'bluesky',
                id: postId('at://did:plc:b/app.bsky.feed.post/2'),
                author: accountId('did:plc:b'),
                createdAt: at,
                kind: 'comment',
                root: postId('at://did:plc:a/app.bsky.feed.post/1'),
                parent: postId('at://did:plc:a/app.bsky.feed.post/1'),
                parentIsComment: false,
                text: 'hi',
                hashtags: [],
                links: [],
                visibility: 'public',
              },
            ],
          } satisfies ImportUnit;
        })(),
      );
      assert.deepEqual(summary.imported, { accounts: 0, posts: 1, interactions: 1 });
      assert.deepEqual(await db.rows(VIEW_ROWS, ['bluesky']), [
        {
          key: 'reply:at://did:plc:b/app.bsky.feed.post/2',
          actor_id: 'did:plc:b',
          target_account_id: 'did:plc:a',
          target_post_id: 'at://did:plc:a/app.bsky.feed.post/1',
          at_ms: at.ms,
          time_is_local: false,
          source_line: 1,
        },
      ]);
    } finally {
      db.close();
    }
  });

  it('a store of schema version 3 keeps every interaction, its hash and source, once', async () => {
    const storePath = join(dir, 'v3.duckdb');
    // A version-3 store as the merge of that version left it: replies stored, hashed from their
    // staged columns by `HASH.interactions`.
    const instance = await DuckDBInstance.create(storePath);
    const c = await instance.connect();
    await c.run(`CREATE TABLE meta (key VARCHAR NOT NULL, value VARCHAR NOT NULL)`);
    for (const m of MIGRATIONS.filter((m) => m.version <= 3)) await c.run(m.sql);
    await c.run(`INSERT INTO meta VALUES ('schema_version', '3'), ('salt', 'x')`);
    await c.run(`
      CREATE TEMP TABLE staged AS SELECT * FROM (VALUES
        ('reddit', 't3_a', NULL, NULL, 'op', 1400000000000::DOUBLE, false, 'post', 1),
        ('reddit', 't1_b', 't3_a', 't3_a', 'ann', 1400000060000::DOUBLE, false, 'comment', 2),
        ('reddit', 't1_c', 't3_a', 't1_b', NULL, 1400000120000::DOUBLE, false, 'comment', 3),
        ('reddit', 't1_d', 't3_a', 't1_c', 'bo', NULL, false, 'comment', 4),
        ('bluesky', 'at://did:plc:x/app.bsky.feed.post/1', NULL, NULL, 'did:plc:x', 1400000000000::DOUBLE, false, 'post', 5),
        ('bluesky', 'at://did:plc:y/app.bsky.feed.post/2', 'at://did:plc:x/app.bsky.feed.post/1', 'at://did:plc:x/app.bsky.feed.post/1', 'did:plc:y', 1400000000500::DOUBLE, false, 'comment', 7)
      ) t(platform, id, root_id, parent_id, author_id, created_ms, time_is_local, kind, line)`);
    await c.run(`
      INSERT INTO posts (platform, id, author_id, created_at, time_is_local, kind, root_id,
        parent_id, text, visibility, content_hash, run_id, source_file, source_line)
      SELECT platform, id, author_id, epoch_ms(created_ms::BIGINT), time_is_local, kind, root_id,
        parent_id, 'text', 'public', 1, 1, 'dump.ndjson', line FROM staged`);
    await c.run(`
      CREATE TEMP TABLE staged_i AS
      SELECT platform, 'reply:' || id AS key, 'reply' AS kind, author_id AS actor_id,
        NULL::VARCHAR AS target_account_id, parent_id AS target_post_id, created_ms AS at_ms,
        time_is_local, line FROM staged WHERE kind = 'comment' AND platform = 'reddit'
      UNION ALL SELECT 'reddit', 'reply:t1_gone', 'reply', 'cy', NULL, 't3_a', 1400000000000, false, 9
      UNION ALL SELECT 'bluesky', 'like:1', 'like', 'did:plc:y', 'did:plc:x',
        'at://did:plc:x/app.bsky.feed.post/1', 1400000000000, false, 6
      UNION ALL SELECT 'bluesky', 'reply:at://did:plc:y/app.bsky.feed.post/2', 'reply',
        'did:plc:y', 'did:plc:x', 'at://did:plc:x/app.bsky.feed.post/1', 1400000000500, false, 7`);
    await c.run(`
      INSERT INTO interactions SELECT platform, key, kind, actor_id, target_account_id,
        target_post_id, epoch_ms(at_ms::BIGINT), time_is_local, ${HASH.interactions}, 1,
        'dump.ndjson', line, NULL FROM staged_i`);
    const all = `SELECT * FROM interactions ORDER BY platform, key`;
    const before = json((await c.runAndReadAll(all)).getRowObjectsJS());
    assert.equal((before as unknown[]).length, 6);
    c.closeSync();
    instance.closeSync();

    const db = await Database.open(storePath);
    try {
      assert.equal(await db.value(`SELECT value FROM meta WHERE key = 'schema_version'`), '4');
      assert.equal(SCHEMA_VERSION, 4);
      assert.deepEqual(json(await db.rows(all)), before);
      // stored now: the Bluesky like and the reply whose comment is not in the store
      assert.deepEqual(
        (await db.rows(`SELECT key FROM interaction_rows ORDER BY key`)).map((r) => r.key),
        ['like:1', 'reply:t1_gone'],
      );
    } finally {
      db.close();
    }
  });

  it("a Reddit reply that is not its comment's is refused, and the store is unchanged", async () => {
    const storePath = join(dir, 'refused.duckdb');
    const run = { platform: 'reddit', format: 'test', path: 't.ndjson', synthetic: false } as const;
    const at = { ms: 1_400_000_000_000, isLocal: false };
    const reply = (over: Partial<Interaction>): Interaction => ({
      type: 'interaction',
      platform: 'reddit',
      kind: 'reply',
      key: 'reply:t1_b',
      actor: accountId('ann'),
      targetAccount: null,
      targetPost: postId('t3_a'),
      at,
      ...over,
    });
    const where = { file: 't.ndjson', line: 1 };
    const unit = (r: Interaction | null): ImportUnit => ({
      outcome: 'record',
      where,
      items: [
        {
          type: 'post',
          platform: 'reddit',
          id: postId('t1_b'),
          author: accountId('ann'),
          createdAt: at,
          kind: 'comment',
          root: postId('t3_a'),
          parent: postId('t3_a'),
          parentIsComment: false,
          text: 'hi',
          hashtags: [],
          links: [],
          visibility: 'public',
        },
        ...(r ? [r] : []),
      ],
    });
    async function* units(...list: ImportUnit[]) {
      yield* list;
    }
    const db = await Database.open(storePath, { create: true });
    try {
      const ok = await writeImport(db, run, units(unit(reply({}))));
      assert.equal(ok.imported.interactions, 1);
      const stats = JSON.stringify(await readStats(db));
      for (const bad of [
        reply({ targetPost: postId('t3_z') }),
        reply({ actor: accountId('bo') }),
        reply({ targetAccount: accountId('op') }),
        reply({ key: 'reply:t1_x' }),
        reply({ at: { ms: at.ms + 1, isLocal: false } }),
        reply({ at: null }),
      ]) {
        await assert.rejects(
          writeImport(db, run, units(unit(bad))),
          /reddit reply:t1_\w+ is not its record's comment's reply/,
        );
        assert.equal(JSON.stringify(await readStats(db)), stats);
      }
      // a reply in a record of its own: nothing to read it from
      await assert.rejects(
        writeImport(db, run, units({ outcome: 'record', where, items: [reply({})] })),
        /reddit reply:t1_b is not its record's comment's reply/,
      );
      assert.equal(JSON.stringify(await readStats(db)), stats);
    } finally {
      db.close();
    }
  });
});

/** Rows as plain JSON values (a bigint as its digits, a time as its ISO text). */
function json(rows: readonly unknown[]): unknown {
  return JSON.parse(
    JSON.stringify(rows, (_key, value: unknown) =>
      typeof value === 'bigint' ? value.toString() : value,
    ),
  );
}
