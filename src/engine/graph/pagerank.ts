// Weighted PageRank by power (Jacobi) iteration — Page, Brin, Motwani & Winograd, "The PageRank
// citation ranking" (1999). Dangling mass is spread uniformly and the teleport is uniform, as in
// igraph's PRPACK. Sweeps first gather from a Float32 copy of x / outStrength (the random reads
// are most of the time on large graphs), with a two-step filter (FILTER) that removes the slowest
// error modes when it measurably shrinks the change; once they have converged (or reached Float32
// precision), exact Float64 sweeps take over, and the stop rule (DEFAULTS) is only ever judged on
// an exact sweep.
import { Worker } from 'node:worker_threads';
import { sharedFloat64, type DirectedGraph } from './csr.js';
import { nodeOrder, outDegreeOrder } from './gather-order.js';
import { COMMAND, CONTROL, runSweep, type PagerankTask } from './parallel/pagerank-sweep.js';

export interface PagerankOptions {
  /** Probability of following an edge (1 − teleport probability). */
  readonly damping?: number;
  /**
   * Stop after an exact sweep whose L1 change plus 3 × |sum of changes| is below this (the sum of
   * changes is 0 up to rounding, so this is the L1 change between two iterates).
   */
  readonly tolerance?: number;
  readonly maxIterations?: number;
  /** Threads to use (the calling thread included); small graphs always run on one. */
  readonly threads?: number;
  /**
   * Keep the Float32 gather vector in order of decreasing out-degree, so the most read entries
   * share cache lines; default from {@link RELABEL_MIN_NODES} nodes.
   */
  readonly relabel?: boolean;
  /** Run the two-step filter of {@link FILTER} during the fast sweeps; default when 0 < d < 1. */
  readonly filter?: boolean;
}

/**
 * Stop rule. The iteration map T(x) = d·P̃x + (1 − d)/n is affine with a column-stochastic P̃
 * (dangling columns spread uniformly), so after an exact sweep with change δ = T(x) − x the
 * remaining error is x* − T(x) = Σ_{j≥1} (d·P̃)^j δ. Every entry of P̃^j lies in [0, 1], so each
 * node of (d·P̃)^j δ is at most d^j · max(‖δ⁺‖₁, ‖δ⁻‖₁) = d^j (‖δ‖₁ + |Σδ|) / 2 in absolute value,
 * and the error of every node is at most d / (1 − d) · (‖δ‖₁ + |Σδ|) / 2. The final division by
 * Σx (as igraph normalises) moves a node by at most d / (1 − d) · |Σδ| more. Hence, with the
 * measured change c = ‖δ‖₁ + 3|Σδ|, every score is within d / (2(1 − d)) · c of the exact
 * (PRPACK) vector: ≈ 2.83 c at 0.85, so the default 2e-7 guarantees 5.7e-7 per node (L∞), a
 * safety margin of 1.76 under the 1e-6 the SPEC asks, whatever the graph size.
 */
export const DEFAULTS = {
  damping: 0.85,
  tolerance: 2e-7,
  maxIterations: 1000,
  threads: 1,
} as const;

/** Below this many edges a sweep is too short for a second thread to pay for its barrier. */
export const PARALLEL_MIN_EDGES = 1 << 19;

/**
 * From this many nodes the Float32 gather vector (4 bytes a node) outgrows a core's L2 cache, and
 * renumbering it by out-degree pays for its one pass over the edges: on power-law graphs a few
 * nodes are most of the sources (in the 10M-edge bench graph the top 13% of nodes are 66% of
 * them).
 */
export const RELABEL_MIN_NODES = 1 << 18;

export interface PagerankResult {
  /** One score per node, summing to 1. */
  readonly scores: Float64Array;
  readonly iterations: number;
  readonly converged: boolean;
  /** How many times the two-step filter ran (see {@link FILTER}). */
  readonly filters: number;
}

const pool: Worker[] = [];

function workers(count: number): Worker[] {
  while (pool.length < count) {
    const worker = new Worker(new URL('./parallel/pagerank-worker.js', import.meta.url));
    worker.unref();
    pool.push(worker);
  }
  return pool.slice(0, count);
}

/** Splits nodes into `parts` contiguous ranges of about equal work (in-edges plus nodes). */
function splitRanges(starts: Uint32Array, n: number, parts: number): number[] {
  const bounds = [0];
  const total = starts[n] + n;
  let v = 0;
  for (let p = 1; p < parts; p++) {
    const goal = (total * p) / parts;
    while (v < n && starts[v] + v < goal) v++;
    bounds.push(v);
  }
  bounds.push(n);
  return bounds;
}

/**
 * The two-step filter z_k = (x_k − d² x_{k−2}) / (1 − d²) multiplies an error mode of eigenvalue λ
 * by (λ² − d²) / (1 − d²): 0 at ±d, the modes of closed sets of nodes and reciprocal pairs that
 * set the pace once the others have faded; but up to 2d² / (1 − d²) ≈ 5.2 for complex λ of modulus
 * d (closed cycles). As T is affine and the weights sum to 1, z_k − z_{k−1} is the same filter
 * applied to the changes, known without a sweep: every `gap` fast sweeps from sweep `from`, x_k
 * is replaced by z_k only if that filtered change is below `gain` × the plain one. On the bench
 * graphs it runs once or twice and saves about a sixth of the sweeps; where it would not help it
 * does not run. It only ever moves the iterate: the stop rule still judges an exact sweep.
 */
export const FILTER = { from: 10, gap: 4, gain: 0.5 } as const;

function sharedFloat32(length: number): Float32Array {
  return new Float32Array(new SharedArrayBuffer(Math.max(1, length) * 4), 0, length);
}

/**
 * PageRank of a directed weighted graph. Synchronous even with threads: the calling thread takes
 * the first range and waits on shared memory for the others. Deterministic for a given thread
 * count (threads only change the order of the per-sweep reductions).
 *
 * @example pagerank(buildDirectedGraph(3, { src, dst, weight })).scores
 */
export function pagerank(graph: DirectedGraph, options: PagerankOptions = {}): PagerankResult {
  const damping = options.damping ?? DEFAULTS.damping;
  const tolerance = options.tolerance ?? DEFAULTS.tolerance;
  const maxIterations = options.maxIterations ?? DEFAULTS.maxIterations;
  const { n, incoming, outStrength } = graph;
  if (!(damping >= 0 && damping <= 1)) throw new RangeError(`invalid damping: ${damping}`);
  if (n === 0) return { scores: new Float64Array(0), iterations: 0, converged: true, filters: 0 };
  const edges = incoming.starts[n];
  if (edges > 0x7fffffff) throw new RangeError(`too many edges for PageRank: ${edges}`);
  // Row starts read as Int32 keep the sweep's edge index a small integer.
  const starts = new Int32Array(incoming.starts.buffer, incoming.starts.byteOffset, n + 1);
  const sources = incoming.targets.subarray(0, edges);
  const weights = incoming.weights;
  const relabel = options.relabel ?? n >= RELABEL_MIN_NODES;
  const { place, slots } = relabel ? outDegreeOrder(sources, n) : nodeOrder(sources, n);
  const threads =
    edges >= PARALLEL_MIN_EDGES ? Math.max(1, Math.min(options.threads ?? 1, 64, n)) : 1;

  const inverseOut = sharedFloat64(n);
  const x = sharedFloat64(n);
  const fastA = sharedFloat32(n);
  const fastB = sharedFloat32(n);
  const exactA = sharedFloat64(n);
  const exactB = sharedFloat64(n);
  let dangling = 0;
  for (let v = 0; v < n; v++) {
    const out = outStrength[v];
    inverseOut[v] = out > 0 ? 1 / out : 0;
    x[v] = 1 / n;
    fastA[place[v]] = x[v] * inverseOut[v];
    if (out <= 0) dangling += x[v];
  }
  const acc = sharedFloat64(3 * threads);
  const params = sharedFloat64(2);
  const control = new Int32Array(new SharedArrayBuffer(CONTROL.length * 4));
  const bounds = splitRanges(incoming.starts, n, threads);
  const helpers = threads > 1 ? workers(threads - 1) : [];
  // What every thread sweeps with; each gets its own node range and accumulator slot.
  const shared = {
    starts,
    sources,
    slots,
    place,
    weights,
    inverseOut,
    fastA,
    fastB,
    exactA,
    exactB,
    x,
    acc,
    params,
    control,
  };
  const own: PagerankTask = { ...shared, from: 0, to: bounds[1], slot: 0 };
  helpers.forEach((worker, i) => {
    const task: PagerankTask = { ...shared, from: bounds[i + 1], to: bounds[i + 2], slot: i + 1 };
    worker.postMessage(task);
  });
  const teleport = (1 - damping) / n;
  // Exact sweeps shrink the change by at least a factor d; fast ones that stop doing so have
  // reached Float32 rounding.
  const stall = (1 + damping) / 2;
  let iterations = 0;
  let converged = false;
  let filter = options.filter ?? (damping > 0 && damping < 1);
  let filters = 0;
  // x_s kept before sweep s, for the three sweeps before a filter check.
  const history = filter ? [new Float64Array(n), new Float64Array(n), new Float64Array(n)] : [];
  const snapshot = [-1, -1, -1];
  try {
    // Each helper counts itself in once it holds the task; wait for all, bounded.
    let ready: number;
    while ((ready = Atomics.load(control, CONTROL.ready)) < helpers.length) {
      if (Atomics.wait(control, CONTROL.ready, ready, 30_000) === 'timed-out')
        throw new Error('pagerank worker did not start');
    }
    let fast = true;
    let readA = true;
    let previous = Infinity;
    let sinceCheck = 0;
    while (iterations < maxIterations) {
      if (filter && sinceCheck + 3 >= FILTER.gap && iterations + 3 >= FILTER.from) {
        history[iterations % 3].set(x);
        snapshot[iterations % 3] = iterations;
      }
      const base = teleport + (damping * dangling) / n;
      const command = fast
        ? readA
          ? COMMAND.fastAToB
          : COMMAND.fastBToA
        : readA
          ? COMMAND.exactAToB
          : COMMAND.exactBToA;
      if (helpers.length) {
        params[0] = base;
        params[1] = damping;
        Atomics.store(control, CONTROL.command, command);
        Atomics.store(control, CONTROL.done, 0);
        Atomics.add(control, CONTROL.generation, 1);
        Atomics.notify(control, CONTROL.generation);
      }
      runSweep(own, command, base, damping);
      let done: number;
      while ((done = Atomics.load(control, CONTROL.done)) < helpers.length)
        Atomics.wait(control, CONTROL.done, done);
      let change = 0;
      let drift = 0;
      dangling = 0;
      for (let t = 0; t < threads; t++) {
        change += acc[3 * t];
        drift += acc[3 * t + 1];
        dangling += acc[3 * t + 2];
      }
      iterations++;
      readA = !readA;
      const measured = change + 3 * Math.abs(drift);
      if (!fast) {
        if (measured < tolerance) {
          converged = true;
          break;
        }
      } else if (measured < tolerance || measured > stall * previous) {
        // Hand over to exact sweeps, starting from x in full precision.
        fast = false;
        filter = false;
        readA = true;
        for (let v = 0; v < n; v++) exactA[v] = x[v] * inverseOut[v];
      } else if (
        filter &&
        ++sinceCheck >= FILTER.gap &&
        iterations >= FILTER.from &&
        snapshot[(iterations - 3) % 3] === iterations - 3 &&
        snapshot[(iterations - 2) % 3] === iterations - 2 &&
        snapshot[(iterations - 1) % 3] === iterations - 1
      ) {
        sinceCheck = 0;
        const d2 = damping * damping;
        const scale = 1 / (1 - d2);
        const x1 = history[(iterations - 1) % 3];
        const x2 = history[(iterations - 2) % 3];
        const x3 = history[(iterations - 3) % 3];
        let filtered = 0;
        for (let v = 0; v < n; v++) {
          const diff = x[v] - x1[v] - d2 * (x2[v] - x3[v]);
          filtered += diff < 0 ? -diff : diff;
        }
        if (filtered * scale < FILTER.gain * change) {
          const yNext = readA ? fastA : fastB;
          dangling = 0;
          for (let v = 0; v < n; v++) {
            const value = (x[v] - d2 * x2[v]) * scale;
            x[v] = value;
            const inverse = inverseOut[v];
            if (inverse === 0) dangling += value;
            yNext[place[v]] = value * inverse;
          }
          filters++;
          // The next change is measured from z_k: no comparison with the last one.
          previous = Infinity;
          continue;
        }
      }
      previous = measured;
    }
  } finally {
    if (helpers.length) {
      Atomics.store(control, CONTROL.command, COMMAND.stop);
      Atomics.add(control, CONTROL.generation, 1);
      Atomics.notify(control, CONTROL.generation);
    }
  }
  // The iteration keeps the sum at 1 up to rounding; normalise as igraph does.
  let sum = 0;
  for (let v = 0; v < n; v++) sum += x[v];
  const scores = new Float64Array(n);
  for (let v = 0; v < n; v++) scores[v] = x[v] / sum;
  return { scores, iterations, converged, filters };
}
