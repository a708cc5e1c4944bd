import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { commentsOf } from './comments.js';
import { replyProfile } from './reciprocity.js';
import { replyEdges } from './reply-edges.js';

/** One reply from `from` to a comment by `to`, per pair. */
function replies(pairs: readonly (readonly [number, number])[]) {
  return commentsOf(pairs.map(([from, to]) => ({ author: from, parentAuthor: to })));
}

describe('replyProfile', () => {
  it('reciprocity of a star (leaves reply to the hub, the hub never answers) is 0 everywhere', () => {
    const p = replyProfile(
      4,
      replyEdges(
        4,
        replies([
          [1, 0],
          [2, 0],
          [3, 0],
        ]),
      ),
    );
    assert.deepEqual([...p.reciprocity], [0, 0, 0, 0]);
    assert.deepEqual([...p.inboundReplies], [3, 0, 0, 0]);
    assert.deepEqual([...p.outboundReach], [0, 1, 1, 1]);
  });

  it('reciprocity of a clique (everyone replies to everyone) is 1 everywhere', () => {
    const pairs: [number, number][] = [];
    for (let a = 0; a < 4; a++) for (let b = 0; b < 4; b++) if (a !== b) pairs.push([a, b]);
    const p = replyProfile(4, replyEdges(4, replies(pairs)));
    assert.deepEqual([...p.reciprocity], [1, 1, 1, 1]);
    assert.deepEqual([...p.outboundReach], [3, 3, 3, 3]);
  });

  it('reciprocity is |out ∩ in| / |out ∪ in| and null without any reply', () => {
    // 0 replies to 1 and 2; 1 and 3 reply to 0: out {1,2}, in {1,3}: ∩ {1}, ∪ {1,2,3} → 1/3
    const p = replyProfile(
      5,
      replyEdges(
        5,
        replies([
          [0, 1],
          [0, 2],
          [1, 0],
          [3, 0],
          [0, 1],
        ]),
      ),
    );
    assert.equal(p.reciprocity[0], 1 / 3);
    assert.equal(p.outboundReplies[0], 3);
    assert.equal(p.outboundReach[0], 2);
    assert.ok(Number.isNaN(p.reciprocity[4]));
  });

  it('replyEdges drops self-replies and unknown authors and sums repeats', () => {
    const e = replyEdges(
      3,
      replies([
        [0, 0],
        [-1, 1],
        [1, -1],
        [2, 1],
        [2, 1],
      ]),
    );
    assert.equal(e.count, 1);
    assert.deepEqual([e.src[0], e.dst[0], e.weight[0]], [2, 1, 2]);
  });
});
