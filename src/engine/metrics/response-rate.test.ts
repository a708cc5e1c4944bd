import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { commentsOf } from './comments.js';
import { median, responseRate } from './response-rate.js';

const H = 3_600_000;

describe('responseRate', () => {
  it('responseRate is 1.0 for an author who answers every comment, 0 for one who never does', () => {
    // Account 0 wrote a post; 2 and 3 commented at t=0 and t=1h; 0 answered them at 2h and 5h.
    // Account 1 wrote a post; 2 and 3 commented; 1 never answered.
    const c = commentsOf([
      { author: 2, parentAuthor: 0, parentIsRoot: true, atMs: 0 },
      { author: 3, parentAuthor: 0, parentIsRoot: true, atMs: 1 * H },
      { author: 0, parent: 0, atMs: 2 * H },
      { author: 0, parent: 1, atMs: 5 * H },
      { author: 0, parent: 1, atMs: 9 * H }, // a second answer: the first one counts
      { author: 2, parentAuthor: 1, parentIsRoot: true, atMs: 0 },
      { author: 3, parentAuthor: 1, parentIsRoot: true, atMs: 0 },
    ]);
    const r = responseRate(4, c);
    assert.equal(r.responseRate[0], 1);
    assert.equal(r.responseRate[1], 0);
    // delays 2h and 4h → median 3h; account 1 answered nothing → null
    assert.equal(r.medianResponseHours[0], 3);
    assert.ok(Number.isNaN(r.medianResponseHours[1]));
    // nobody replied to posts of 2 or 3: a zero denominator is null
    assert.ok(Number.isNaN(r.responseRate[2]));
  });

  it("responseRate ignores the author's own comments and replies to comments", () => {
    const c = commentsOf([
      { author: 0, parentAuthor: 0, parentIsRoot: true },
      { author: 1, parentAuthor: 0, parentIsRoot: true },
      { author: 2, parent: 1 }, // a reply to a comment, not to the post
    ]);
    const r = responseRate(3, c);
    assert.equal(r.repliesToPosts[0], 1);
    assert.equal(r.responseRate[0], 0);
  });

  it('median(values) averages the middle pair and is NaN when empty', () => {
    assert.equal(median(Float64Array.of(4, 1, 3, 2)), 2.5);
    assert.ok(Number.isNaN(median(new Float64Array(0))));
  });
});
