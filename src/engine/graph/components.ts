// Connected pieces of each community of a partition, by breadth-first search restricted to edges
// inside a community. Splitting a community into its pieces never lowers modularity.
import type { UndirectedGraph } from './csr.js';

export interface Pieces {
  /** Piece id per node, 0..count-1 in order of each piece's first node. */
  readonly membership: Int32Array;
  readonly count: number;
}

/** Splits every community of `membership` into its connected pieces. */
export function splitDisconnected(graph: UndirectedGraph, membership: Int32Array): Pieces {
  const { n, starts, targets } = graph;
  const piece = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  let count = 0;
  for (let root = 0; root < n; root++) {
    if (piece[root] >= 0) continue;
    const c = membership[root];
    piece[root] = count;
    let head = 0;
    let tail = 0;
    queue[tail++] = root;
    while (head < tail) {
      const i = queue[head++];
      for (let e = starts[i]; e < starts[i + 1]; e++) {
        const j = targets[e];
        if (piece[j] < 0 && membership[j] === c) {
          piece[j] = count;
          queue[tail++] = j;
        }
      }
    }
    count++;
  }
  return { membership: piece, count };
}

/** Connected components of the whole graph. */
export function connectedComponents(graph: UndirectedGraph): Pieces {
  return splitDisconnected(graph, new Int32Array(graph.n));
}

/** True when the nodes of every community induce a connected subgraph. */
export function isEveryCommunityConnected(graph: UndirectedGraph, membership: Int32Array): boolean {
  let communities = 0;
  let size = 0;
  for (let i = 0; i < graph.n; i++) size = Math.max(size, membership[i] + 1);
  const seen = new Uint8Array(size);
  for (let i = 0; i < graph.n; i++) {
    if (!seen[membership[i]]) {
      seen[membership[i]] = 1;
      communities++;
    }
  }
  return splitDisconnected(graph, membership).count === communities;
}
