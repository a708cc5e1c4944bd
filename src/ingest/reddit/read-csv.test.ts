import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InputError } from '../errors.js';
import { readCsv } from './read-csv.js';
import { collect, memoryEntry, postOf, testContext } from './test-support.js';

const HEADER =
  ',author,body,created_utc,id,is_self,link_id,num_comments,parent_id,score,subreddit,title';

describe('readCsv(entry, context)', () => {
  it('readCsv() reads pandas cells: index column, dates, floats, True/False, multi-line quotes', async () => {
    const csv = [
      HEADER,
      '0,ann,"first line\n""quoted"" second, with comma",2013-10-30 18:18:49,c1,,t3_s1,,t1_c0,2.0,depression,',
      '1,bob,,2013-10-30 18:00:00,s1,True,,12.0,,-1.0,depression,A title',
      '2,[deleted],gone,1383157129.0,c2,,t3_s1,,37608457292.0,,depression,',
    ].join('\n');
    const units = await collect(readCsv(memoryEntry('a.csv', csv + '\n', 5), testContext()));
    const [c1, s1, c2] = units.map(postOf);
    assert.equal(c1!.id, 't1_c1');
    assert.equal(c1!.text, 'first line\n"quoted" second, with comma');
    assert.deepEqual(c1!.createdAt, { ms: 1383157129000, isLocal: false });
    assert.deepEqual(c1!.counts, { likes: 2 });
    assert.equal(c1!.parentIsComment, true);
    assert.equal(s1!.kind, 'post');
    assert.equal(s1!.title, 'A title');
    assert.deepEqual(s1!.counts, { likes: -1, replies: 12 });
    assert.equal(c2!.author, null);
    assert.equal(c2!.parent, 't1_h9z3rd8');
    assert.deepEqual(c2!.counts, { likes: null });
    // lines: the header is line 1, the two-line row starts on line 2
    assert.deepEqual(
      units.map((u) => u.where.line),
      [2, 4, 5],
    );
    assert.equal(
      units[1]!.where.byteOffset,
      Buffer.byteLength(csv.split('\n').slice(0, 3).join('\n')) + 1,
    );
  });

  it('readCsv() quarantines a short row, invalid UTF-8, a bad timestamp and an oversize row', async () => {
    const rows = Buffer.concat([
      Buffer.from(`${HEADER}\n`),
      Buffer.from('0,ann,too,few\n'),
      Buffer.from('1,ann,'),
      Buffer.from([0xc3, 0x28]),
      Buffer.from(',2013-10-30 18:18:49,c1,,t3_s1,,t3_s1,1,depression,\n'),
      Buffer.from('2,ann,x,2013-13-45 00:00:00,c2,,t3_s1,,t3_s1,1,depression,\n'),
      Buffer.from(
        `3,ann,"${'y'.repeat(2000)}",2013-10-30 18:18:49,c3,,t3_s1,,t3_s1,1,depression,\n`,
      ),
      Buffer.from('4,ann,ok,2013-10-30 18:18:49,c4,,t3_s1,,t3_s1,1,depression,\n'),
    ]);
    const context = testContext({
      limits: { ...testContext().limits, maxRecordBytes: 1000 },
    });
    const units = await collect(readCsv(memoryEntry('b.csv', rows), context));
    assert.deepEqual(
      units.map((u) => (u.outcome === 'record' ? postOf(u).id : u.reason)),
      [
        'bad CSV row: 4 cells, expected 12',
        'invalid UTF-8',
        'bad timestamp',
        'record too large',
        't1_c4',
      ],
    );
  });

  it('readCsv(…, subreddits) skips rows of other subreddits', async () => {
    const csv = `${HEADER}\n0,ann,x,2013-10-30 18:18:49,c1,,t3_s1,,t3_s1,1,science,\n`;
    const units = await collect(
      readCsv(memoryEntry('c.csv', csv), testContext({ subreddits: new Set(['depression']) })),
    );
    assert.deepEqual(
      units.map((u) => u.outcome === 'skipped' && u.reason),
      ['subreddit filter'],
    );
  });

  it('readCsv() throws an InputError naming a file cut off inside a row or a quoted cell', async () => {
    const row = '0,ann,"body text",2013-10-30 18:18:49,c1,,t3_s1,,t3_s1,1,depression,';
    for (const cut of [`${HEADER}\n${row}\n0,ann,"bo`, `${HEADER}\n${row}\n0,ann,body,2013-10`]) {
      await assert.rejects(
        collect(readCsv(memoryEntry('cut.csv', cut), testContext())),
        (error: unknown) =>
          error instanceof InputError &&
          error.file === 'cut.csv' &&
          /truncated/.test(error.message),
      );
    }
    // A complete last row without a newline is fine.
    const units = await collect(readCsv(memoryEntry('ok.csv', `${HEADER}\n${row}`), testContext()));
    assert.equal(units.length, 1);
    assert.equal(units[0]!.outcome, 'record');
  });
});
