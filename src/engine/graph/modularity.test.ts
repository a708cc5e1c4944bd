import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildUndirectedGraph } from './csr.js';
import { modularity } from './modularity.js';

/** Two triangles 0-1-2 and 3-4-5 joined by the bridge 2-3, unit weights. */
function twoTriangles() {
  return buildUndirectedGraph(6, {
    src: Int32Array.from([0, 1, 2, 3, 4, 5, 2]),
    dst: Int32Array.from([1, 2, 0, 4, 5, 3, 3]),
  });
}

describe('modularity', () => {
  it('modularity(two triangles, split at the bridge) is 2 * (6/14 - (7/14)^2) = 5/14', () => {
    const q = modularity(twoTriangles(), Int32Array.from([0, 0, 0, 1, 1, 1]));
    assert.ok(Math.abs(q! - 5 / 14) < 1e-15);
  });

  it('modularity(graph, one community) is 0', () => {
    assert.ok(Math.abs(modularity(twoTriangles(), new Int32Array(6))!) < 1e-15);
  });

  it('modularity counts a self-loop twice in its community, as igraph does', () => {
    // edges 0-1 (1), self-loop 1-1 (1): 2m = 4; communities {0}, {1}
    const g = buildUndirectedGraph(2, {
      src: Int32Array.from([0, 1]),
      dst: Int32Array.from([1, 1]),
    });
    const q = modularity(g, Int32Array.from([0, 1]));
    assert.ok(Math.abs(q! - (0 - (1 / 4) ** 2 + 2 / 4 - (3 / 4) ** 2)) < 1e-15);
  });

  it('modularity(graph without weight) is null', () => {
    const g = buildUndirectedGraph(2, { src: new Int32Array(0), dst: new Int32Array(0) });
    assert.equal(modularity(g, new Int32Array(2)), null);
  });
});
