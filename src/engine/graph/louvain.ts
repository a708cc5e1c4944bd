// Community detection by modularity: Louvain's local moving and aggregation (Blondel, Guillaume,
// Lambiotte & Lefebvre 2008) with the Leiden algorithm's queue-based moving and refinement phase
// (Traag, Waltman & van Eck 2019), so every community is connected. Refinement merges greedily
// (Leiden's θ → 0); a last pass splits any community into its connected pieces, which never
// lowers modularity.
import { rowSums, type Csr, type UndirectedGraph } from './csr.js';
import { splitDisconnected } from './components.js';
import { modularity } from './modularity.js';
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
  let twoM = 0;
  for (let e = 0; e < graph.starts[n0]; e++) twoM += graph.weights[e];
  const nodeMap = new Int32Array(n0);
  for (let i = 0; i < n0; i++) nodeMap[i] = i;
  let current: Csr = graph;
  let partition = identity(n0);
  let levels = 0;
  if (twoM > 0) {
    while (levels < maxLevels) {
      const strength = rowSums(current);
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
      for (let i = 0; i < n0; i++) nodeMap[i] = refined[nodeMap[i]];
      current = aggregate(current, refined, refinedCount);
      partition = next;
    }
  }
  const raw = new Int32Array(n0);
  for (let i = 0; i < n0; i++) raw[i] = partition[nodeMap[i]];
  const pieces = splitDisconnected(graph, raw);
  const membership = bySize(pieces.membership, pieces.count);
  return {
    membership,
    count: pieces.count,
    modularity: modularity(graph, membership, resolution),
    levels,
  };
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
 * Leiden's fast local moving: nodes wait in a queue (random initial order); a node moves to the
 * neighbouring community (or an empty one) of largest gain; the neighbours it leaves outside its
 * new community are queued again. Changes `partition` in place.
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
  const total = new Float64Array(n);
  const size = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    total[partition[i]] += strength[i];
    size[partition[i]]++;
  }
  const empty = new Int32Array(n);
  let emptyCount = 0;
  for (let c = n - 1; c >= 0; c--) if (size[c] === 0) empty[emptyCount++] = c;
  const queue = identity(n);
  shuffle(queue, rng);
  const queued = new Uint8Array(n).fill(1);
  const linkWeight = new Float64Array(n);
  const mark = new Int32Array(n).fill(-1);
  const touched = new Int32Array(n);
  const scale = resolution / twoM;
  let head = 0;
  let pending = n;
  let visit = 0;
  while (pending > 0) {
    const i = queue[head];
    head = head + 1 === n ? 0 : head + 1;
    pending--;
    queued[i] = 0;
    visit++;
    const own = partition[i];
    const ki = strength[i];
    let touchedCount = 1;
    touched[0] = own;
    mark[own] = visit;
    linkWeight[own] = 0;
    const rowEnd = starts[i + 1];
    for (let e = starts[i]; e < rowEnd; e++) {
      const j = targets[e];
      if (j === i) continue;
      const c = partition[j];
      if (mark[c] !== visit) {
        mark[c] = visit;
        linkWeight[c] = 0;
        touched[touchedCount++] = c;
      }
      linkWeight[c] += weights[e];
    }
    total[own] -= ki;
    size[own]--;
    let best = own;
    let bestGain = linkWeight[own] - ki * total[own] * scale;
    for (let t = 1; t < touchedCount; t++) {
      const c = touched[t];
      const gain = linkWeight[c] - ki * total[c] * scale;
      if (gain > bestGain) {
        best = c;
        bestGain = gain;
      }
    }
    if (bestGain < 0 && size[own] > 0) best = empty[--emptyCount];
    total[best] += ki;
    size[best]++;
    partition[i] = best;
    if (best === own) continue;
    if (size[own] === 0) empty[emptyCount++] = own;
    for (let e = starts[i]; e < rowEnd; e++) {
      const j = targets[e];
      if (!queued[j] && partition[j] !== best) {
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
  const refinedTotal = strength.slice();
  const refinedSize = new Int32Array(n).fill(1);
  // external[r]: weight from sub-community r to the rest of its community.
  const external = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const c = partition[i];
    let w = 0;
    for (let e = starts[i]; e < starts[i + 1]; e++) {
      const j = targets[e];
      if (j !== i && partition[j] === c) w += weights[e];
    }
    external[i] = w;
  }
  const order = identity(n);
  shuffle(order, rng);
  const linkWeight = new Float64Array(n);
  const mark = new Int32Array(n).fill(-1);
  const touched = new Int32Array(n);
  for (let o = 0; o < n; o++) {
    const v = order[o];
    const own = refined[v];
    if (refinedSize[own] !== 1) continue;
    const c = partition[v];
    const kv = strength[v];
    const communityK = communityTotal[c];
    if (external[own] < kv * (communityK - kv) * scale) continue;
    let touchedCount = 0;
    for (let e = starts[v]; e < starts[v + 1]; e++) {
      const j = targets[e];
      if (j === v || partition[j] !== c) continue;
      const r = refined[j];
      if (mark[r] !== o) {
        mark[r] = o;
        linkWeight[r] = 0;
        touched[touchedCount++] = r;
      }
      linkWeight[r] += weights[e];
    }
    let best = -1;
    let bestGain = 0;
    for (let t = 0; t < touchedCount; t++) {
      const r = touched[t];
      const rk = refinedTotal[r];
      if (external[r] < rk * (communityK - rk) * scale) continue;
      const gain = linkWeight[r] - kv * rk * scale;
      if (gain > bestGain) {
        best = r;
        bestGain = gain;
      }
    }
    if (best < 0) continue;
    refined[v] = best;
    refinedSize[own] = 0;
    refinedSize[best]++;
    refinedTotal[best] += kv;
    external[best] += external[own] - 2 * linkWeight[best];
  }
  return refined;
}

/** The graph of the parts of `part` (ids 0..count-1): an entry (a, b) sums the entries between. */
function aggregate(graph: Csr, part: Int32Array, count: number): Csr {
  const { n, starts, targets, weights } = graph;
  const memberStarts = new Uint32Array(count + 1);
  for (let i = 0; i < n; i++) memberStarts[part[i] + 1]++;
  for (let c = 0; c < count; c++) memberStarts[c + 1] += memberStarts[c];
  const fill = memberStarts.slice(0, count);
  const members = new Int32Array(n);
  for (let i = 0; i < n; i++) members[fill[part[i]]++] = i;
  const outStarts = new Uint32Array(count + 1);
  const outTargets = new Int32Array(starts[n]);
  const outWeights = new Float64Array(starts[n]);
  const linkWeight = new Float64Array(count);
  const mark = new Int32Array(count).fill(-1);
  const touched = new Int32Array(count);
  let out = 0;
  for (let c = 0; c < count; c++) {
    let touchedCount = 0;
    for (let m = memberStarts[c]; m < memberStarts[c + 1]; m++) {
      const i = members[m];
      for (let e = starts[i]; e < starts[i + 1]; e++) {
        const d = part[targets[e]];
        if (mark[d] !== c) {
          mark[d] = c;
          linkWeight[d] = 0;
          touched[touchedCount++] = d;
        }
        linkWeight[d] += weights[e];
      }
    }
    for (let t = 0; t < touchedCount; t++) {
      outTargets[out] = touched[t];
      outWeights[out] = linkWeight[touched[t]];
      out++;
    }
    outStarts[c + 1] = out;
  }
  return {
    n: count,
    starts: outStarts,
    targets: outTargets.slice(0, out),
    weights: outWeights.slice(0, out),
  };
}

/** Renumbers communities 0..k-1 by decreasing size, ties by their first node. */
function bySize(membership: Int32Array, count: number): Int32Array {
  const size = new Int32Array(count);
  for (let i = 0; i < membership.length; i++) size[membership[i]]++;
  // Ids are already in order of first node (splitDisconnected numbers pieces that way).
  const order = Array.from({ length: count }, (_, c) => c).sort(
    (a, b) => size[b] - size[a] || a - b,
  );
  const rank = new Int32Array(count);
  order.forEach((c, r) => (rank[c] = r));
  const result = new Int32Array(membership.length);
  for (let i = 0; i < membership.length; i++) result[i] = rank[membership[i]];
  return result;
}
