// Community detection by modularity: Louvain's local moving and aggregation (Blondel, Guillaume,
// Lambiotte & Lefebvre 2008) with the Leiden algorithm's queue-based moving and refinement phase
// (Traag, Waltman & van Eck 2019), so every community is connected. Refinement merges greedily
// (Leiden's θ → 0). After the last level, one more queue-based moving pass on the input graph
// polishes the partition node by node; a last pass splits any community into its connected
// pieces, which never lowers modularity, and computes the modularity on the way.
//
// The hot loops keep per-community data side by side in one Float64Array (link weight at 2c, total
// strength at 2c + 1) and reset only the communities a visit touched, so a visit costs its degree.
import { rowSums, type Csr, type UndirectedGraph } from './csr.js';
import { createRng, shuffle, type Rng } from './rng.js';

export interface LouvainOptions {
  /** Seeded generator for the visiting orders; default `createRng(DEFAULTS.seed)`. */
  readonly rng?: Rng;
  readonly resolution?: number;
  readonly maxLevels?: number;
}

export const DEFAULTS = { seed: 1, resolution: 1, maxLevels: 64 } as const;

export interface LouvainResult {
  /** Community per node: 0..count-1 by decreasing size (ties: earliest first node). */
  readonly membership: Int32Array;
  readonly count: number;
  readonly modularity: number | null;
  /** Local-moving passes run (one per aggregation level). */
  readonly levels: number;
}

/**
 * Communities of a weighted undirected graph.
 *
 * @example louvain(buildUndirectedGraph(n, edges), { rng: createRng(7) }).membership
 */
export function louvain(graph: UndirectedGraph, options: LouvainOptions = {}): LouvainResult {
  const rng = options.rng ?? createRng(DEFAULTS.seed);
  const resolution = options.resolution ?? DEFAULTS.resolution;
  const maxLevels = options.maxLevels ?? DEFAULTS.maxLevels;
  const n0 = graph.n;
  const strength0 = rowSums(graph);
  let twoM = 0;
  for (let i = 0; i < n0; i++) twoM += strength0[i];
  // Per aggregation: the node of the next level holding each node of this one.
  const parents: Int32Array[] = [];
  let current: Csr = graph;
  let strength = strength0;
  let partition = identity(n0);
  let levels = 0;
  if (twoM > 0) {
    while (levels < maxLevels) {
      moveNodes(current, strength, partition, twoM, resolution, rng);
      levels++;
      const count = renumber(partition);
      if (count === current.n) break;
      let refined = refine(current, strength, partition, count, twoM, resolution, rng);
      let refinedCount = renumber(refined);
      // Refinement merged nothing: aggregate by the moved partition so the levels still shrink.
      if (refinedCount === current.n) {
        refined = partition.slice();
        refinedCount = count;
      }
      const next = new Int32Array(refinedCount);
      for (let i = 0; i < current.n; i++) next[refined[i]] = partition[i];
      parents.push(refined);
      current = aggregate(current, refined, refinedCount);
      strength = rowSums(current);
      partition = next;
    }
  }
  // Community of each input node, mapped down level by level.
  let raw = partition;
  for (let level = parents.length - 1; level >= 0; level--) {
    const parent = parents[level];
    const below = new Int32Array(parent.length);
    for (let i = 0; i < parent.length; i++) below[i] = raw[parent[i]];
    raw = below;
  }
  // Nodes of the input graph may still gain by moving alone; polish once the levels are done.
  if (twoM > 0 && current !== graph) moveNodes(graph, strength0, raw, twoM, resolution, rng);
  const pieces = connectedPieces(graph, raw, twoM, resolution);
  return {
    membership: bySize(pieces.membership, pieces.count),
    count: pieces.count,
    modularity: twoM > 0 ? pieces.modularity : null,
    levels,
  };
}

/** Graphs with fewer nodes than this are visited in a fully random order. */
const BLOCK_FROM = 1 << 16;
/** Larger graphs are visited in runs of this many consecutive node ids. */
const BLOCK = 64;

/**
 * A seeded visiting order. On a large graph: runs of BLOCK consecutive nodes, the runs in random
 * order, random enough for local moving (no sweep follows the input order) while each run reads
 * adjacent memory, which a fully random order never does. On a small graph, whose arrays stay in
 * cache anyway: a random permutation.
 */
function blockOrder(n: number, rng: Rng): Int32Array {
  const block = n < BLOCK_FROM ? 1 : BLOCK;
  const blocks = identity(Math.ceil(n / block));
  shuffle(blocks, rng);
  if (block === 1) return blocks;
  const order = new Int32Array(n);
  let k = 0;
  for (let b = 0; b < blocks.length; b++) {
    const end = Math.min(n, (blocks[b] + 1) * block);
    for (let i = blocks[b] * block; i < end; i++) order[k++] = i;
  }
  return order;
}

function identity(n: number): Int32Array {
  const ids = new Int32Array(n);
  for (let i = 0; i < n; i++) ids[i] = i;
  return ids;
}

/** Renumbers ids in place to 0..k-1 in order of first appearance; returns k. */
function renumber(ids: Int32Array): number {
  const map = new Int32Array(ids.length).fill(-1);
  let k = 0;
  for (let i = 0; i < ids.length; i++) {
    const c = ids[i];
    if (map[c] < 0) map[c] = k++;
    ids[i] = map[c];
  }
  return k;
}

/**
 * Leiden's fast local moving: nodes wait in a queue (initially in `blockOrder`); a node moves to the
 * neighbouring community (or an empty one) of largest gain; the neighbours it leaves outside its
 * new community are queued again. Changes `partition` (ids < n) in place.
 */
function moveNodes(
  graph: Csr,
  strength: Float64Array,
  partition: Int32Array,
  twoM: number,
  resolution: number,
  rng: Rng,
): void {
  const { n, starts, targets, weights } = graph;
  // Per community c: at 2c the link weight from the visited node (zero between visits), at
  // 2c + 1 the total strength of its members.
  const community = new Float64Array(2 * n);
  const size = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const c = partition[i];
    community[(c << 1) | 1] += strength[i];
    size[c]++;
  }
  const empty = new Int32Array(n);
  let emptyCount = 0;
  for (let c = n - 1; c >= 0; c--) if (size[c] === 0) empty[emptyCount++] = c;
  const queue = blockOrder(n, rng);
  const queued = new Uint8Array(n).fill(1);
  const touched = new Int32Array(n);
  const scale = resolution / twoM;
  let head = 0;
  let pending = n;
  while (pending > 0) {
    const i = queue[head];
    head = head + 1 === n ? 0 : head + 1;
    pending--;
    queued[i] = 0;
    const own = partition[i];
    const rowStart = starts[i];
    const rowEnd = starts[i + 1];
    let touchedCount = 0;
    for (let e = rowStart; e < rowEnd; e++) {
      const j = targets[e];
      if (j === i) continue;
      const c = partition[j];
      const at = c << 1;
      const w = community[at];
      if (w === 0 && c !== own) touched[touchedCount++] = c;
      community[at] = w + weights[e];
    }
    const ki = strength[i];
    const kiScale = ki * scale;
    const ownAt = own << 1;
    const ownTotal = community[ownAt + 1] - ki;
    community[ownAt + 1] = ownTotal;
    const ownSize = size[own] - 1;
    let best = own;
    let bestGain = community[ownAt] - kiScale * ownTotal;
    community[ownAt] = 0;
    for (let t = 0; t < touchedCount; t++) {
      const at = touched[t] << 1;
      const gain = community[at] - kiScale * community[at + 1];
      community[at] = 0;
      if (gain > bestGain) {
        best = touched[t];
        bestGain = gain;
      }
    }
    if (bestGain < 0 && ownSize > 0) best = empty[--emptyCount];
    community[(best << 1) | 1] += ki;
    partition[i] = best;
    if (best === own) {
      size[own] = ownSize + 1;
      continue;
    }
    size[own] = ownSize;
    size[best]++;
    if (ownSize === 0) empty[emptyCount++] = own;
    for (let e = rowStart; e < rowEnd; e++) {
      const j = targets[e];
      if (queued[j] === 0 && partition[j] !== best) {
        queued[j] = 1;
        let tail = head + pending;
        if (tail >= n) tail -= n;
        queue[tail] = j;
        pending++;
      }
    }
  }
}

/**
 * Leiden's refinement: inside each community, start from singletons and merge each still-single,
 * well-connected node into the well-connected neighbouring sub-community of largest positive
 * gain. Sub-communities grow only along edges, so each is connected.
 */
function refine(
  graph: Csr,
  strength: Float64Array,
  partition: Int32Array,
  count: number,
  twoM: number,
  resolution: number,
  rng: Rng,
): Int32Array {
  const { n, starts, targets, weights } = graph;
  const scale = resolution / twoM;
  const communityTotal = new Float64Array(count);
  for (let i = 0; i < n; i++) communityTotal[partition[i]] += strength[i];
  const refined = identity(n);
  const refinedSize = new Int32Array(n).fill(1);
  // Per sub-community r: at 3r the link weight from the visited node (zero between visits), at
  // 3r + 1 its total strength, at 3r + 2 its weight to the rest of its community.
  const sub = new Float64Array(3 * n);
  for (let i = 0; i < n; i++) {
    const c = partition[i];
    let w = 0;
    for (let e = starts[i]; e < starts[i + 1]; e++) {
      const j = targets[e];
      if (j !== i && partition[j] === c) w += weights[e];
    }
    sub[3 * i + 1] = strength[i];
    sub[3 * i + 2] = w;
  }
  const order = blockOrder(n, rng);
  const touched = new Int32Array(n);
  for (let o = 0; o < n; o++) {
    const v = order[o];
    const own = refined[v];
    if (refinedSize[own] !== 1) continue;
    const c = partition[v];
    const kv = strength[v];
    const communityK = communityTotal[c];
    const ownExternal = sub[3 * own + 2];
    if (ownExternal < kv * (communityK - kv) * scale) continue;
    let touchedCount = 0;
    for (let e = starts[v]; e < starts[v + 1]; e++) {
      const j = targets[e];
      if (j === v || partition[j] !== c) continue;
      const r = refined[j];
      const at = 3 * r;
      const w = sub[at];
      if (w === 0) touched[touchedCount++] = r;
      sub[at] = w + weights[e];
    }
    let best = -1;
    let bestGain = 0;
    let bestLink = 0;
    for (let t = 0; t < touchedCount; t++) {
      const r = touched[t];
      const at = 3 * r;
      const link = sub[at];
      sub[at] = 0;
      const rk = sub[at + 1];
      if (sub[at + 2] < rk * (communityK - rk) * scale) continue;
      const gain = link - kv * rk * scale;
      if (gain > bestGain) {
        best = r;
        bestGain = gain;
        bestLink = link;
      }
    }
    if (best < 0) continue;
    refined[v] = best;
    refinedSize[own] = 0;
    refinedSize[best]++;
    sub[3 * best + 1] += kv;
    sub[3 * best + 2] += ownExternal - 2 * bestLink;
  }
  return refined;
}

/** The graph of the parts of `part` (ids 0..count-1): an entry (a, b) sums the entries between. */
function aggregate(graph: Csr, part: Int32Array, count: number): Csr {
  const { n, starts, targets, weights } = graph;
  const memberStarts = new Int32Array(count + 1);
  for (let i = 0; i < n; i++) memberStarts[part[i] + 1]++;
  for (let c = 0; c < count; c++) memberStarts[c + 1] += memberStarts[c];
  const fill = memberStarts.slice(0, count);
  const members = new Int32Array(n);
  for (let i = 0; i < n; i++) members[fill[part[i]]++] = i;
  const outStarts = new Uint32Array(count + 1);
  const outTargets = new Int32Array(starts[n]);
  const outWeights = new Float64Array(starts[n]);
  // Slot of each part in the row being built, -1 outside it.
  const slot = new Int32Array(count).fill(-1);
  let out = 0;
  for (let c = 0; c < count; c++) {
    const rowStart = out;
    for (let m = memberStarts[c]; m < memberStarts[c + 1]; m++) {
      const i = members[m];
      for (let e = starts[i]; e < starts[i + 1]; e++) {
        const d = part[targets[e]];
        const at = slot[d];
        if (at < 0) {
          slot[d] = out;
          outTargets[out] = d;
          outWeights[out++] = weights[e];
        } else outWeights[at] += weights[e];
      }
    }
    for (let e = rowStart; e < out; e++) slot[outTargets[e]] = -1;
    outStarts[c + 1] = out;
  }
  return {
    n: count,
    starts: outStarts,
    targets: outTargets.subarray(0, out),
    weights: outWeights.subarray(0, out),
  };
}

interface Pieces {
  /** Piece id per node, 0..count-1 in order of each piece's first node. */
  readonly membership: Int32Array;
  readonly count: number;
  readonly modularity: number;
}

/**
 * Splits every community into its connected pieces and computes the modularity of the result,
 * Q = Σ_p [in_p / 2m − γ (tot_p / 2m)²]. One pass over the rows in order joins the ends of each
 * edge inside a community (union–find with path halving) and sums in/tot per community; only
 * when some community falls apart does a second pass sum them per piece.
 */
export function connectedPieces(
  graph: Csr,
  membership: Int32Array,
  twoM: number,
  resolution: number,
): Pieces {
  const { n, starts, targets, weights } = graph;
  let size = 0;
  for (let i = 0; i < n; i++) if (membership[i] >= size) size = membership[i] + 1;
  const seen = new Uint8Array(size);
  let communities = 0;
  for (let i = 0; i < n; i++) {
    if (seen[membership[i]] === 0) communities++;
    seen[membership[i]] = 1;
  }
  const parent = identity(n);
  let inside = new Float64Array(size);
  let total = new Float64Array(size);
  for (let i = 0; i < n; i++) {
    const c = membership[i];
    let rowTotal = 0;
    let rowInside = 0;
    for (let e = starts[i]; e < starts[i + 1]; e++) {
      const j = targets[e];
      const w = weights[e];
      rowTotal += w;
      if (membership[j] !== c) continue;
      rowInside += w;
      if (j <= i) continue;
      let a = i;
      while (parent[a] !== a) a = parent[a] = parent[parent[a]];
      let b = j;
      while (parent[b] !== b) b = parent[b] = parent[parent[b]];
      if (a < b) parent[b] = a;
      else if (b < a) parent[a] = b;
    }
    total[c] += rowTotal;
    inside[c] += rowInside;
  }
  // Pieces numbered in order of their first node; a root is its piece's smallest node.
  const piece = new Int32Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) {
    let a = i;
    while (parent[a] !== a) a = parent[a];
    piece[i] = a === i ? count++ : piece[a];
  }
  if (count !== communities) {
    inside = new Float64Array(count);
    total = new Float64Array(count);
    for (let i = 0; i < n; i++) {
      const p = piece[i];
      let rowTotal = 0;
      let rowInside = 0;
      for (let e = starts[i]; e < starts[i + 1]; e++) {
        rowTotal += weights[e];
        if (piece[targets[e]] === p) rowInside += weights[e];
      }
      total[p] += rowTotal;
      inside[p] += rowInside;
    }
  }
  let q = 0;
  if (twoM > 0)
    for (let p = 0; p < inside.length; p++)
      q += inside[p] / twoM - resolution * (total[p] / twoM) ** 2;
  return { membership: piece, count, modularity: q };
}

/** Renumbers communities 0..k-1 by decreasing size, ties by their first node. */
function bySize(membership: Int32Array, count: number): Int32Array {
  const size = new Int32Array(count);
  for (let i = 0; i < membership.length; i++) size[membership[i]]++;
  // Ids are already in order of first node (connectedPieces numbers pieces that way).
  const order = Array.from({ length: count }, (_, c) => c).sort(
    (a, b) => size[b] - size[a] || a - b,
  );
  const rank = new Int32Array(count);
  order.forEach((c, r) => (rank[c] = r));
  const result = new Int32Array(membership.length);
  for (let i = 0; i < membership.length; i++) result[i] = rank[membership[i]];
  return result;
}
