// Orders of PageRank's gather vector: which place each node's entry takes, and the in-edge sources
// renumbered to those places. Shared arrays, so the PageRank workers read them without copies.
import { sharedInt32 } from './csr.js';

export interface GatherOrder {
  /** place[v] = index of node v's entry in the gather vector. */
  readonly place: Int32Array;
  /** The in-edge sources renumbered to places (slots[e] = place[sources[e]]). */
  readonly slots: Int32Array;
}

/** The gather vector in node order: every node in its own place, the sources as they are. */
export function nodeOrder(sources: Int32Array, n: number): GatherOrder {
  const place = sharedInt32(n);
  for (let v = 0; v < n; v++) place[v] = v;
  return { place, slots: sources };
}

/**
 * Places of the nodes in order of decreasing out-degree (ties in node order), and the edge
 * sources renumbered to those places.
 */
export function outDegreeOrder(sources: Int32Array, n: number): GatherOrder {
  const m = sources.length;
  const degree = new Int32Array(n);
  for (let e = 0; e < m; e++) degree[sources[e]]++;
  let max = 0;
  for (let v = 0; v < n; v++) if (degree[v] > max) max = degree[v];
  // Counting sort on max − degree.
  const next = new Int32Array(max + 2);
  for (let v = 0; v < n; v++) next[max - degree[v] + 1]++;
  for (let k = 0; k <= max; k++) next[k + 1] += next[k];
  const place = sharedInt32(n);
  for (let v = 0; v < n; v++) place[v] = next[max - degree[v]]++;
  const slots = sharedInt32(m);
  for (let e = 0; e < m; e++) slots[e] = place[sources[e]];
  return { place, slots };
}
