import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ImportUnit, Interaction, Post } from '../../model/index.js';
import { parseCreatedUtc, parseRecord, type RawRecord } from './parse-record.js';
import { postOf } from './test-support.js';

const where = { file: 'test.ndjson', line: 1 };
const parse = (raw: RawRecord, subreddits?: ReadonlySet<string>): ImportUnit =>
  parseRecord(raw, JSON.stringify(raw), where, subreddits);

const comment = {
  id: 'cd32j84',
  author: 'scrubbled',
  body: 'I agree &amp; relate. &gt; quoted',
  created_utc: 1383157129,
  link_id: 't3_1pj61i',
  parent_id: 't1_cd3214o',
  score: 3,
  subreddit: 'depression',
};

const submission = {
  id: '1pj61i',
  author: 'someone',
  title: 'Title with #EndTheStigma',
  selftext: 'see https://example.org/a_b. and #mentalhealth, not #1 or /#top',
  created_utc: '1383150000',
  num_comments: 12,
  score: -2,
  is_self: true,
  url: 'https://www.reddit.com/r/depression/comments/1pj61i/title/',
  subreddit: 'depression',
};

function reasonOf(unit: ImportUnit): string {
  assert.notEqual(unit.outcome, 'record');
  return (unit as { reason: string }).reason;
}

describe('parseRecord(raw)', () => {
  it('parseRecord(comment) yields the author, the comment post and one reply interaction', () => {
    const unit = parse(comment);
    assert.equal(unit.outcome, 'record');
    const items = (unit as { items: readonly unknown[] }).items;
    assert.deepEqual(items[0], {
      type: 'account',
      platform: 'reddit',
      id: 'scrubbled',
      handle: 'scrubbled',
    });
    const post = items[1] as Post;
    assert.equal(post.id, 't1_cd32j84');
    assert.equal(post.kind, 'comment');
    assert.equal(post.root, 't3_1pj61i');
    assert.equal(post.parent, 't1_cd3214o');
    assert.equal(post.parentIsComment, true);
    assert.equal(post.text, 'I agree & relate. > quoted');
    assert.equal(post.venue, 'depression');
    assert.deepEqual(post.counts, { likes: 3 });
    assert.deepEqual(post.createdAt, { ms: 1383157129000, isLocal: false });
    assert.deepEqual(items[2] as Interaction, {
      type: 'interaction',
      platform: 'reddit',
      kind: 'reply',
      key: 'reply:t1_cd32j84',
      actor: 'scrubbled',
      targetAccount: null,
      targetPost: 't1_cd3214o',
      at: { ms: 1383157129000, isLocal: false },
    });
  });

  it('parseRecord(submission) yields a root post with title, counts, hashtags and links', () => {
    const post = postOf(parse(submission));
    assert.equal(post.id, 't3_1pj61i');
    assert.equal(post.kind, 'post');
    assert.equal(post.root, null);
    assert.equal(post.parent, null);
    assert.equal(post.title, 'Title with #EndTheStigma');
    assert.deepEqual(post.hashtags, ['EndTheStigma', 'mentalhealth']);
    // a self post's url is its own permalink, not a link it shares
    assert.deepEqual(post.links, ['https://example.org/a_b']);
    assert.deepEqual(post.counts, { likes: -2, replies: 12 });
    assert.deepEqual(post.createdAt, { ms: 1383150000000, isLocal: false });
  });

  it('parseRecord(link submission) keeps its url as a link', () => {
    const post = postOf(parse({ ...submission, is_self: false, url: 'https://doi.org/x&amp;y' }));
    assert.deepEqual(post.links, ['https://doi.org/x&y', 'https://example.org/a_b']);
  });

  it('parseRecord() threads t1_, t3_, integer and null parent ids', () => {
    const cases: [unknown, string, boolean][] = [
      ['t1_abc', 't1_abc', true],
      ['t3_1pj61i', 't3_1pj61i', false],
      // 2021 Pushshift API: base 10 of the base-36 id h9z3rd8
      [37608457292, 't1_h9z3rd8', true],
      [null, 't3_1pj61i', false],
      [undefined, 't3_1pj61i', false],
    ];
    for (const [parentId, parent, isComment] of cases) {
      const post = postOf(parse({ ...comment, parent_id: parentId }));
      assert.equal(post.parent, parent, String(parentId));
      assert.equal(post.parentIsComment, isComment, String(parentId));
      assert.equal(post.root, 't3_1pj61i');
    }
  });

  it('parseRecord() takes the fullname from name, else from id and kind', () => {
    assert.equal(postOf(parse({ ...comment, name: 't1_cd32j84', id: undefined })).id, 't1_cd32j84');
    assert.equal(postOf(parse({ ...comment, id: 't1_cd32j84' })).id, 't1_cd32j84');
    assert.equal(postOf(parse({ ...submission, name: 't3_1pj61i' })).id, 't3_1pj61i');
  });

  it('parseRecord() decides the kind from name, title, body/parent_id/link_id, then selftext…', () => {
    const kinds: [RawRecord, string][] = [
      [{ id: 'a1', name: 't1_a1', created_utc: 1383157129, link_id: 't3_x' }, 'comment'],
      [{ id: 'a1', name: 't3_a1', created_utc: 1383157129, body: 'odd' }, 'post'],
      [{ id: 'a1', title: 't', created_utc: 1383157129, link_id: 't3_x' }, 'post'],
      [{ id: 'a1', parent_id: null, link_id: 't3_x' }, 'comment'],
      [{ id: 'a1', body: 'b', link_id: 't3_x' }, 'comment'],
      [{ id: 'a1', selftext: '' }, 'post'],
      [{ id: 'a1', num_comments: 0 }, 'post'],
    ];
    for (const [raw, kind] of kinds) assert.equal(postOf(parse(raw)).kind, kind);
    assert.equal(reasonOf(parse({ id: 'a1', subreddit: 'x' })), 'unknown record kind');
  });

  it('parseRecord() keeps [deleted]/[removed] posts with no author and no account', () => {
    for (const author of ['[deleted]', '[removed]', '', undefined]) {
      const unit = parse({ ...comment, author });
      assert.equal(unit.outcome, 'record');
      const items = (unit as { items: readonly { type: string }[] }).items;
      assert.deepEqual(
        items.map((item) => item.type),
        ['post', 'interaction'],
      );
      assert.equal(postOf(unit).author, null);
      assert.equal((items[1] as Interaction).actor, null);
    }
  });

  it('parseRecord(raw, …, subreddits) skips other subreddits, case-insensitively', () => {
    const only = new Set(['depression', 'anxiety']);
    assert.equal(parse({ ...comment, subreddit: 'Depression' }, only).outcome, 'record');
    assert.equal(reasonOf(parse({ ...comment, subreddit: 'science' }, only)), 'subreddit filter');
    assert.equal(reasonOf(parse({ ...comment, subreddit: undefined }, only)), 'subreddit filter');
  });

  it('parseRecord() quarantines a missing or bad id, a bad timestamp and bad thread ids', () => {
    const bad: [RawRecord, string][] = [
      [{ ...comment, id: undefined }, 'missing id'],
      [{ ...comment, id: 'Not An Id' }, 'bad id'],
      [{ ...comment, id: 42 }, 'bad id'],
      [{ ...comment, created_utc: 'yesterday' }, 'bad timestamp'],
      [{ ...comment, created_utc: 0 }, 'bad timestamp'],
      [{ ...comment, created_utc: '0000-00-00 00:00:00' }, 'bad timestamp'],
      [{ ...comment, created_utc: true }, 'bad timestamp'],
      [{ ...comment, link_id: 't1_abc' }, 'bad link_id'],
      [{ ...comment, parent_id: 'abc' }, 'bad parent_id'],
      [{ ...comment, parent_id: -5 }, 'bad parent_id'],
      [{ ...comment, parent_id: 1.5 }, 'bad parent_id'],
      [{ ...comment, parent_id: null, link_id: undefined }, 'missing parent_id and link_id'],
    ];
    for (const [raw, reason] of bad) {
      const unit = parse(raw);
      assert.equal(unit.outcome, 'quarantined', reason);
      assert.equal(reasonOf(unit), reason);
      assert.match((unit as { contentHash: string }).contentHash, /^[0-9a-f]{64}$/);
    }
  });

  it('parseRecord() keeps a missing created_utc as a null time', () => {
    assert.equal(postOf(parse({ ...comment, created_utc: undefined })).createdAt, null);
  });
});

describe('parseCreatedUtc(value)', () => {
  it('parseCreatedUtc() reads epoch seconds and pandas UTC datetimes', () => {
    const ok: [unknown, number | null][] = [
      [1383157129, 1383157129000],
      [1383157129.5, 1383157129500],
      ['1383157129', 1383157129000],
      ['1383157129.0', 1383157129000],
      ['2013-10-30 18:18:49', 1383157129000],
      ['2013-10-30T18:18:49Z', 1383157129000],
      ['2013-10-30 18:18:49+00:00', 1383157129000],
      ['2013-10-30 18:18:49.250', 1383157129250],
      [null, null],
      [undefined, null],
      ['', null],
    ];
    for (const [value, ms] of ok)
      assert.equal(parseCreatedUtc(value)?.ms ?? null, ms, JSON.stringify(value));
  });

  it('parseCreatedUtc() rejects what is not a time in Reddit’s lifetime', () => {
    for (const value of [
      'soon',
      '2013-02-30 00:00:00',
      '2013-10-30 25:00:00',
      '2013-10-30 18:18:49+02:00',
      -1,
      Number.NaN,
      1e12,
      {},
    ])
      assert.equal(parseCreatedUtc(value), undefined, JSON.stringify(value));
  });
});
