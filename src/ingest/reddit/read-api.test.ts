import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InputError } from '../errors.js';
import { detectEntryFormat } from './detect-format.js';
import { readApi } from './read-api.js';
import { collect, memoryEntry, postOf, testContext } from './test-support.js';

const comment = {
  id: 'ha12j2a',
  author: 'Septic-Mist',
  body: 'text',
  created_utc: 1629724933,
  link_id: 't3_p9iqk3',
  parent_id: 37608457292,
  subreddit: 'science',
};

describe('readApi(entry, context)', () => {
  it('readApi() reads data[] with integer and null parent ids, positions by index', async () => {
    const page = JSON.stringify({
      data: [
        comment,
        { ...comment, id: 'ha10szg', parent_id: null },
        'oops',
        { ...comment, id: null },
      ],
      metadata: {},
    });
    const units = await collect(readApi(memoryEntry('page.json', page), testContext()));
    const first = postOf(units[0]!);
    assert.equal(first.parent, 't1_h9z3rd8');
    assert.equal(first.parentIsComment, true);
    const second = postOf(units[1]!);
    assert.equal(second.parent, 't3_p9iqk3');
    assert.equal(second.parentIsComment, false);
    assert.deepEqual(
      units.slice(2).map((u) => [u.outcome === 'quarantined' && u.reason, u.where.line]),
      [
        ['not a JSON object', 3],
        ['missing id', 4],
      ],
    );
  });

  it('readApi() throws an InputError for a cut-off page or one without data[]', async () => {
    const page = JSON.stringify({ data: [comment] });
    for (const text of [page.slice(0, -5), '{"error": "rate limited"}']) {
      await assert.rejects(
        collect(readApi(memoryEntry('bad.json', text), testContext())),
        (error: unknown) => error instanceof InputError && error.file === 'bad.json',
      );
    }
  });
});

describe('detectEntryFormat(entry)', () => {
  it('detectEntryFormat() tells the three layouts apart and passes over other files', async () => {
    const cases: [string, string | null][] = [
      [JSON.stringify({ data: [comment] }), 'pushshift-api'],
      [`${JSON.stringify(comment)}\n${JSON.stringify(comment)}\n`, 'pushshift-ndjson'],
      [
        ',author,body,created_utc,id,link_id,parent_id,subreddit\n0,a,b,1,c,d,e,f\n',
        'pushshift-csv',
      ],
      ['\ufeffid,subreddit,created_utc,title\n', 'pushshift-csv'],
      [JSON.stringify({ data: [{ id: 1, text: 'a toot' }] }), null],
      ['{"did": "did:plc:x", "kind": "commit"}\n', null],
      ['src,dst\na,b\n', null],
      ['hello', null],
    ];
    for (const [text, format] of cases)
      assert.equal(await detectEntryFormat(memoryEntry('x', text)), format, text.slice(0, 40));
  });
});
