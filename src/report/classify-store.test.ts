import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { accountId, postId, type ImportUnit } from '../model/index.js';
import { Database, readTextResultCounts, writeImport } from '../store/index.js';
import { tempDir } from '../testing/cli.js';
import { classifierVersion, classifyStore } from './classify-store.js';
import { readTextSignals } from './text-signals.js';

const run = { platform: 'reddit', format: 'test', path: 'test', synthetic: true } as const;

function comment(id: string, text: string): ImportUnit {
  return {
    outcome: 'record',
    where: { file: 'test', line: 1 },
    items: [
      { type: 'account', platform: 'reddit', id: accountId('a'), handle: 'a' },
      {
        type: 'post',
        platform: 'reddit',
        id: postId(id),
        author: accountId('a'),
        createdAt: { ms: 1_700_000_000_000, isLocal: false },
        kind: 'comment',
        root: postId('t3_r'),
        parent: postId('t3_r'),
        parentIsComment: false,
        text,
        hashtags: [],
        links: [],
        visibility: 'public',
      },
    ],
  };
}

async function* units(list: ImportUnit[]): AsyncIterable<ImportUnit> {
  yield* list;
}

describe('classifyStore(db)', () => {
  const { dir, cleanup } = tempDir('rapport-classify-store-');
  after(cleanup);

  it('classifies only posts without a current result, in batches, with progress', async () => {
    const db = await Database.open(join(dir, 's.duckdb'), { create: true });
    try {
      await writeImport(
        db,
        run,
        units([
          comment('t1_a', 'Thank you, this helped my anxiety so much.'),
          comment('t1_b', 'Check out my channel, link in bio https://shop.example'),
          comment('t1_c', 'Joining a peer support group helped my depression.'),
        ]),
      );
      const progress: [number, number][] = [];
      const first = await classifyStore(db, {
        batchSize: 2,
        onProgress: (done, total) => progress.push([done, total]),
      });
      assert.equal(first.classified, 3);
      assert.equal(first.classifierVersion, classifierVersion());
      assert.deepEqual(progress, [
        [2, 3],
        [3, 3],
      ]);
      const counts = await readTextResultCounts(db);
      assert.equal(counts.classified, 3);
      assert.ok(counts.topics >= 2);
      assert.equal(counts.selfPromotion, 1);

      assert.equal((await classifyStore(db)).classified, 0);
      // a new post and a changed text are classified; the rest is kept
      await writeImport(
        db,
        run,
        units([
          comment('t1_d', 'Stigma keeps people quiet.'),
          comment('t1_b', 'See you at the match on Saturday.'),
        ]),
      );
      assert.equal((await classifyStore(db)).classified, 2);
      const again = await readTextResultCounts(db);
      assert.equal(again.classified, 4);
      assert.equal(again.selfPromotion, 0);
      // the metrics seam: dense arrays in the engine's account order, NaN where unknown
      const signals = await readTextSignals(db, 'reddit', { since: null, until: null }, [
        'zz',
        'a',
      ]);
      assert.ok(Number.isNaN(signals.advocacyFocus[0]!));
      assert.equal(signals.advocacyFocus[1], 0.75);
      assert.ok(signals.topTopics[1]!.length > 0);
      // the parent post is not stored (unknown author): no outbound reply to count
      assert.ok(Number.isNaN(signals.selfPromotionRate[1]!));
    } finally {
      db.close();
    }
  });
});
