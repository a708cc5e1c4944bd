import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildDirectedGraph, buildUndirectedGraph, rowSums } from './csr.js';

const edges = {
  src: Int32Array.from([0, 1, 0, 2, 2]),
  dst: Int32Array.from([1, 0, 1, 2, 0]),
  weight: Float64Array.from([1, 2, 3, 4, 5]),
};

describe('csr', () => {
  it('buildDirectedGraph(n, edges) lists in-edges per node and sums out-strengths', () => {
    const g = buildDirectedGraph(3, edges);
    assert.deepEqual([...g.incoming.starts], [0, 2, 4, 5]);
    // node 0 ← 1 (2), 2 (5); node 1 ← 0 (1), 0 (3); node 2 ← 2 (4)
    assert.deepEqual([...g.incoming.targets], [1, 2, 0, 0, 2]);
    assert.deepEqual([...g.incoming.weights], [2, 5, 1, 3, 4]);
    assert.deepEqual([...g.outStrength], [4, 2, 9]);
  });

  it('buildUndirectedGraph(n, edges) sums both directions and stores a self-loop once as 2w', () => {
    const g = buildUndirectedGraph(3, edges);
    const rows = [0, 1, 2].map((i) => {
      const row: [number, number][] = [];
      for (let e = g.starts[i]; e < g.starts[i + 1]; e++) row.push([g.targets[e], g.weights[e]]);
      return row.sort((a, b) => a[0] - b[0]);
    });
    assert.deepEqual(rows, [
      [
        [1, 6],
        [2, 5],
      ],
      [[0, 6]],
      [
        [0, 5],
        [2, 8],
      ],
    ]);
    // strengths: self-loop counted twice; total = 2m = 2 * (1+2+3+4+5)
    assert.deepEqual([...rowSums(g)], [11, 6, 13]);
  });
});
