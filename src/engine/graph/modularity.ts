// Newman–Girvan modularity of a partition of a weighted undirected graph (Newman 2006), with
// igraph's conventions: a self-loop adds 2w to its node's strength and to its community.
import type { UndirectedGraph } from './csr.js';

/**
 * Q = Σ_c [ in_c / 2m − γ (tot_c / 2m)² ], in_c = sum of entries inside c, tot_c = strengths.
 * Null for a graph without weight.
 */
export function modularity(
  graph: UndirectedGraph,
  membership: Int32Array,
  resolution = 1,
): number | null {
  const { n, starts, targets, weights } = graph;
  let count = 0;
  for (let i = 0; i < n; i++) if (membership[i] + 1 > count) count = membership[i] + 1;
  const inside = new Float64Array(count);
  const total = new Float64Array(count);
  let twoM = 0;
  for (let i = 0; i < n; i++) {
    const c = membership[i];
    for (let e = starts[i]; e < starts[i + 1]; e++) {
      const w = weights[e];
      twoM += w;
      total[c] += w;
      if (membership[targets[e]] === c) inside[c] += w;
    }
  }
  if (twoM === 0) return null;
  let q = 0;
  for (let c = 0; c < count; c++) q += inside[c] / twoM - resolution * (total[c] / twoM) ** 2;
  return q;
}
