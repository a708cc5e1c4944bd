import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildUndirectedGraph } from './csr.js';
import { connectedComponents, isEveryCommunityConnected, splitDisconnected } from './components.js';

// 0-1, 2-3, 3-4 : components {0,1}, {2,3,4}
const graph = buildUndirectedGraph(5, {
  src: Int32Array.from([0, 2, 3]),
  dst: Int32Array.from([1, 3, 4]),
});

describe('components', () => {
  it('connectedComponents(graph) labels pieces in order of their first node', () => {
    assert.deepEqual([...connectedComponents(graph).membership], [0, 0, 1, 1, 1]);
  });

  it('splitDisconnected(graph, membership) splits a community whose nodes are not linked', () => {
    const membership = Int32Array.from([0, 0, 0, 1, 1]); // {0,1,2}: 2 is cut off
    assert.equal(isEveryCommunityConnected(graph, membership), false);
    const pieces = splitDisconnected(graph, membership);
    assert.equal(pieces.count, 3);
    assert.deepEqual([...pieces.membership], [0, 0, 1, 2, 2]);
    assert.equal(isEveryCommunityConnected(graph, pieces.membership), true);
  });
});
