// Compressed sparse row graphs built in one counting-sort pass from parallel edge arrays. Arrays
// live in SharedArrayBuffers so PageRank workers can read them without copies.

/** Rows of a sparse matrix: row i holds entries `starts[i] .. starts[i + 1] - 1`. */
export interface Csr {
  readonly n: number;
  readonly starts: Uint32Array;
  readonly targets: Int32Array;
  readonly weights: Float64Array;
}

/**
 * A directed weighted graph kept for pulling: `incoming` has one row per node listing the
 * sources of its in-edges (duplicates kept; they add), `outStrength` the summed out-weights.
 */
export interface DirectedGraph {
  readonly n: number;
  readonly incoming: Csr;
  readonly outStrength: Float64Array;
}

/**
 * An undirected weighted graph: every pair appears once in each endpoint's row with the summed
 * weight; a self-loop of weight w is one entry of weight 2w, so the row sums are the strengths
 * and the sum of all entries is 2m (the convention of igraph's modularity).
 */
export type UndirectedGraph = Csr;

/** Parallel edge arrays; `weight` may be omitted (every edge weighs 1). */
export interface EdgeArrays {
  readonly src: Int32Array;
  readonly dst: Int32Array;
  readonly weight?: Float64Array;
  /** How many entries of the arrays are edges (they may be longer); default their length. */
  readonly count?: number;
}

export function sharedFloat64(length: number): Float64Array {
  return new Float64Array(new SharedArrayBuffer(Math.max(1, length) * 8), 0, length);
}

export function sharedInt32(length: number): Int32Array {
  return new Int32Array(new SharedArrayBuffer(Math.max(1, length) * 4), 0, length);
}

export function sharedUint32(length: number): Uint32Array {
  return new Uint32Array(new SharedArrayBuffer(Math.max(1, length) * 4), 0, length);
}

function edgeCount(edges: EdgeArrays): number {
  return edges.count ?? edges.src.length;
}

/** Builds the pull form of a directed graph on nodes 0..n-1 (self-loops kept, duplicates add). */
export function buildDirectedGraph(n: number, edges: EdgeArrays): DirectedGraph {
  const { src, dst, weight } = edges;
  const m = edgeCount(edges);
  const starts = sharedUint32(n + 1);
  const outStrength = sharedFloat64(n);
  for (let e = 0; e < m; e++) {
    starts[dst[e] + 1]++;
    outStrength[src[e]] += weight ? weight[e] : 1;
  }
  for (let i = 0; i < n; i++) starts[i + 1] += starts[i];
  const fill = starts.slice(0, n);
  const targets = sharedInt32(m);
  const weights = sharedFloat64(m);
  for (let e = 0; e < m; e++) {
    const at = fill[dst[e]]++;
    targets[at] = src[e];
    weights[at] = weight ? weight[e] : 1;
  }
  return { n, incoming: { n, starts, targets, weights }, outStrength };
}

/**
 * Builds an undirected graph on nodes 0..n-1 from directed rows: a pair's weight is the sum over
 * both directions and over duplicates.
 */
export function buildUndirectedGraph(n: number, edges: EdgeArrays): UndirectedGraph {
  const { src, dst, weight } = edges;
  const m = edgeCount(edges);
  const counts = new Uint32Array(n + 1);
  for (let e = 0; e < m; e++) {
    counts[src[e] + 1]++;
    if (src[e] !== dst[e]) counts[dst[e] + 1]++;
  }
  for (let i = 0; i < n; i++) counts[i + 1] += counts[i];
  const total = counts[n];
  const fill = counts.slice(0, n);
  const rawTargets = new Int32Array(total);
  const rawWeights = new Float64Array(total);
  for (let e = 0; e < m; e++) {
    const s = src[e];
    const d = dst[e];
    const w = weight ? weight[e] : 1;
    if (s === d) {
      const at = fill[s]++;
      rawTargets[at] = s;
      rawWeights[at] = 2 * w;
    } else {
      let at = fill[s]++;
      rawTargets[at] = d;
      rawWeights[at] = w;
      at = fill[d]++;
      rawTargets[at] = s;
      rawWeights[at] = w;
    }
  }
  return mergeRows(n, counts, rawTargets, rawWeights);
}

/** Merges repeated targets within each row (weights add) into a compact shared CSR. */
export function mergeRows(
  n: number,
  rawStarts: Uint32Array,
  rawTargets: Int32Array,
  rawWeights: Float64Array,
): Csr {
  const slot = new Int32Array(n).fill(-1);
  const starts = sharedUint32(n + 1);
  let out = 0;
  for (let i = 0; i < n; i++) {
    const rowStart = out;
    for (let e = rawStarts[i]; e < rawStarts[i + 1]; e++) {
      const t = rawTargets[e];
      const at = slot[t];
      if (at < 0) {
        slot[t] = out;
        rawTargets[out] = t;
        rawWeights[out] = rawWeights[e];
        out++;
      } else rawWeights[at] += rawWeights[e];
    }
    for (let e = rowStart; e < out; e++) slot[rawTargets[e]] = -1;
    starts[i + 1] = out;
  }
  const targets = sharedInt32(out);
  targets.set(rawTargets.subarray(0, out));
  const weights = sharedFloat64(out);
  weights.set(rawWeights.subarray(0, out));
  return { n, starts, targets, weights };
}

/** Sum of a row's weights for every node (an undirected graph's strengths). */
export function rowSums(graph: Csr): Float64Array {
  const sums = new Float64Array(graph.n);
  const { starts, weights } = graph;
  for (let i = 0; i < graph.n; i++) {
    let s = 0;
    for (let e = starts[i]; e < starts[i + 1]; e++) s += weights[e];
    sums[i] = s;
  }
  return sums;
}
