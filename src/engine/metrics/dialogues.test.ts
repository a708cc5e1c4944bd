import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { commentsOf } from './comments.js';
import { dialogues } from './dialogues.js';

// Accounts: 0 = a, 1 = x, 2 = y. Every thread hangs under a root post by a, which is not a turn.
const A = 0;
const X = 1;
const Y = 2;

describe('dialogues', () => {
  it('dialogues(x→a→x) is one dialogue for both, each other one partner', () => {
    const d = dialogues(
      3,
      commentsOf([{ author: X }, { author: A, parent: 0 }, { author: X, parent: 1 }]),
    );
    assert.deepEqual([...d.dialogues], [1, 1, 0]);
    assert.deepEqual([...d.dialoguePartners], [1, 1, 0]);
    assert.equal(d.total, 1);
  });

  it('dialogues(x→a) is none: two turns are not a dialogue', () => {
    const d = dialogues(3, commentsOf([{ author: X }, { author: A, parent: 0 }]));
    assert.deepEqual([...d.dialogues], [0, 0, 0]);
    assert.equal(d.total, 0);
  });

  it('dialogues(a→x→a→x) is one dialogue: a 4-turn exchange is one maximal chain', () => {
    const d = dialogues(
      3,
      commentsOf([
        { author: A },
        { author: X, parent: 0 },
        { author: A, parent: 1 },
        { author: X, parent: 2 },
      ]),
    );
    assert.deepEqual([...d.dialogues], [1, 1, 0]);
    assert.equal(d.total, 1);
  });

  it('dialogues breaks the chain where a third account steps in (x→a→y→a is no dialogue)', () => {
    const d = dialogues(
      3,
      commentsOf([
        { author: X },
        { author: A, parent: 0 },
        { author: Y, parent: 1 },
        { author: A, parent: 2 },
      ]),
    );
    // x→a is two turns of (x, a); y breaks it, but a→y→a alternates a and y: one dialogue a–y
    assert.deepEqual([...d.dialogues], [1, 0, 1]);
    assert.deepEqual([...d.dialoguePartners], [1, 0, 1]);
  });

  it('dialogues counts two dialogues with the same partner once as a partner', () => {
    const d = dialogues(
      3,
      commentsOf([
        { author: X },
        { author: A, parent: 0 },
        { author: X, parent: 1 },
        { author: X },
        { author: A, parent: 3 },
        { author: X, parent: 4 },
      ]),
    );
    assert.deepEqual([...d.dialogues], [2, 2, 0]);
    assert.deepEqual([...d.dialoguePartners], [1, 1, 0]);
  });

  it('dialogues ignores self-replies and unknown authors', () => {
    const d = dialogues(
      3,
      commentsOf([
        { author: X },
        { author: X, parent: 0 },
        { author: -1, parent: 1 },
        { author: X, parent: 2 },
      ]),
    );
    assert.equal(d.total, 0);
  });

  it('dialogues resolves chains listed child before parent', () => {
    // comment 0 replies to 1, which replies to 2: the array order is not the thread order.
    const d = dialogues(
      2,
      commentsOf([
        { author: X, parent: 1, parentAuthor: A },
        { author: A, parent: 2, parentAuthor: X },
        { author: X },
      ]),
    );
    assert.deepEqual([...d.dialogues], [1, 1]);
  });
});
