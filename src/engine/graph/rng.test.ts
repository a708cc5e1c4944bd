import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createRng, shuffle } from './rng.js';

describe('createRng', () => {
  it('createRng(seed) repeats its stream for the same seed and differs for another', () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const as = Array.from({ length: 5 }, a);
    assert.deepEqual(as, Array.from({ length: 5 }, b));
    assert.notDeepEqual(as, Array.from({ length: 5 }, c));
    for (const x of as) assert.ok(x >= 0 && x < 1);
  });

  it('shuffle(order, rng) is a seeded permutation', () => {
    const order = Int32Array.from({ length: 50 }, (_, i) => i);
    shuffle(order, createRng(1));
    assert.deepEqual(
      [...order].sort((x, y) => x - y),
      Array.from({ length: 50 }, (_, i) => i),
    );
    const again = Int32Array.from({ length: 50 }, (_, i) => i);
    shuffle(again, createRng(1));
    assert.deepEqual(again, order);
  });
});
