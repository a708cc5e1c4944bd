import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { commentsOf } from './comments.js';
import { engagedAudience, engagedFollowerRate } from './engaged-audience.js';
import { pairsOf } from './pairs.js';
import { replyEdges } from './reply-edges.js';

describe('engagedAudience', () => {
  it('engagedAudience counts distinct others who replied, liked, reposted or quoted', () => {
    // 1 replied to 0 twice and liked 0; 2 liked 0; 0 liked itself (not counted); 3 follows 0.
    const edges = replyEdges(
      4,
      commentsOf([
        { author: 1, parentAuthor: 0 },
        { author: 1, parentAuthor: 0 },
      ]),
    );
    const audience = engagedAudience(
      4,
      edges,
      pairsOf([
        [0, 1],
        [0, 2],
        [0, 0],
      ]),
      pairsOf([
        [0, 3],
        [0, 1],
      ]),
    );
    assert.equal(audience.engagedAudience[0], 2);
    // follower list {3, 1}: engaged ∩ followers = {1} → 1/2, exact
    const efr = engagedFollowerRate(audience, Float64Array.of(100, 10, NaN, 0));
    assert.equal(efr.rate[0], 0.5);
    assert.equal(efr.estimated[0], 0);
  });

  it('engagedFollowerRate is estimated from the follower count without a list, null at 0', () => {
    const edges = replyEdges(
      3,
      commentsOf([
        { author: 1, parentAuthor: 0 },
        { author: 0, parentAuthor: 2 },
      ]),
    );
    const audience = engagedAudience(3, edges, pairsOf([]), pairsOf([]));
    const efr = engagedFollowerRate(audience, Float64Array.of(4, 0, NaN));
    assert.equal(efr.rate[0], 0.25);
    assert.equal(efr.estimated[0], 1);
    assert.ok(Number.isNaN(efr.rate[1]));
    assert.ok(Number.isNaN(efr.rate[2]));
  });
});
