import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { nodeOrder, outDegreeOrder } from './gather-order.js';

describe('gather-order', () => {
  const sources = Int32Array.from([2, 2, 0, 2, 1, 0]);

  it('outDegreeOrder places nodes by decreasing out-degree, ties in node order', () => {
    // Out-degrees: 0 → 2, 1 → 1, 2 → 3, 3 → 0 (and 4 → 0, after 3).
    const { place, slots } = outDegreeOrder(sources, 5);
    assert.deepEqual([...place], [1, 2, 0, 3, 4]);
    assert.deepEqual([...slots], [0, 0, 1, 0, 2, 1]);
  });

  it('nodeOrder keeps every node in its place and the sources as they are', () => {
    const { place, slots } = nodeOrder(sources, 5);
    assert.deepEqual([...place], [0, 1, 2, 3, 4]);
    assert.equal(slots, sources);
  });
});
