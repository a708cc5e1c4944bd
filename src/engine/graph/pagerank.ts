// Weighted PageRank by power (Jacobi) iteration — Page, Brin, Motwani & Winograd, "The PageRank
// citation ranking" (1999). Dangling mass is spread uniformly and the teleport is uniform, as in
// igraph's PRPACK; the stop rule is the L1 change between two iterates.
import { Worker } from 'node:worker_threads';
import { sharedFloat64, type DirectedGraph } from './csr.js';
import { COMMAND, CONTROL, pagerankSweep, type PagerankTask } from './parallel/pagerank-sweep.js';

export interface PagerankOptions {
  /** Probability of following an edge (1 − teleport probability). */
  readonly damping?: number;
  /** Stop when the L1 change between two iterates is below this. */
  readonly tolerance?: number;
  readonly maxIterations?: number;
  /** Threads to use (the calling thread included); small graphs always run on one. */
  readonly threads?: number;
}

/**
 * After stopping, the L1 distance to the exact vector is at most damping / (1 − damping) times
 * the last change (≈ 5.7 at 0.85), so the default 1e-7 keeps every node within 6e-7 of the exact
 * (PRPACK) scores whatever the graph size.
 */
export const DEFAULTS = {
  damping: 0.85,
  tolerance: 1e-7,
  maxIterations: 1000,
  threads: 1,
} as const;

/** Below this many edges a sweep is too short for a second thread to pay for its barrier. */
export const PARALLEL_MIN_EDGES = 1 << 19;

export interface PagerankResult {
  /** One score per node, summing to 1. */
  readonly scores: Float64Array;
  readonly iterations: number;
  readonly converged: boolean;
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
 * PageRank of a directed weighted graph. Synchronous even with threads: the calling thread takes
 * the first range and waits on shared memory for the others.
 *
 * @example pagerank(buildDirectedGraph(3, { src, dst, weight })).scores
 */
export function pagerank(graph: DirectedGraph, options: PagerankOptions = {}): PagerankResult {
  const damping = options.damping ?? DEFAULTS.damping;
  const tolerance = options.tolerance ?? DEFAULTS.tolerance;
  const maxIterations = options.maxIterations ?? DEFAULTS.maxIterations;
  const { n, incoming, outStrength } = graph;
  if (!(damping >= 0 && damping <= 1)) throw new RangeError(`invalid damping: ${damping}`);
  if (n === 0) return { scores: new Float64Array(0), iterations: 0, converged: true };
  const edges = incoming.starts[n];
  const threads =
    edges >= PARALLEL_MIN_EDGES ? Math.max(1, Math.min(options.threads ?? 1, 64, n)) : 1;

  const inverseOut = sharedFloat64(n);
  const x = sharedFloat64(n);
  const yA = sharedFloat64(n);
  const yB = sharedFloat64(n);
  let dangling = 0;
  for (let v = 0; v < n; v++) {
    const out = outStrength[v];
    inverseOut[v] = out > 0 ? 1 / out : 0;
    x[v] = 1 / n;
    yA[v] = x[v] * inverseOut[v];
    if (out <= 0) dangling += x[v];
  }
  const acc = sharedFloat64(2 * threads);
  const params = sharedFloat64(2);
  const control = new Int32Array(new SharedArrayBuffer(CONTROL.length * 4));
  const bounds = splitRanges(incoming.starts, n, threads);
  const helpers = threads > 1 ? workers(threads - 1) : [];
  helpers.forEach((worker, i) => {
    const task: PagerankTask = {
      starts: incoming.starts,
      sources: incoming.targets,
      weights: incoming.weights,
      inverseOut,
      yA,
      yB,
      x,
      acc,
      params,
      control,
      from: bounds[i + 1],
      to: bounds[i + 2],
      slot: i + 1,
    };
    worker.postMessage(task);
  });
  const teleport = (1 - damping) / n;
  let iterations = 0;
  let converged = false;
  try {
    // Each helper counts itself in once it holds the task; wait for all, bounded.
    let ready: number;
    while ((ready = Atomics.load(control, CONTROL.ready)) < helpers.length) {
      if (Atomics.wait(control, CONTROL.ready, ready, 30_000) === 'timed-out')
        throw new Error('pagerank worker did not start');
    }
    let readA = true;
    while (iterations < maxIterations) {
      const base = teleport + (damping * dangling) / n;
      const [yIn, yOut] = readA ? [yA, yB] : [yB, yA];
      if (helpers.length) {
        params[0] = base;
        params[1] = damping;
        Atomics.store(control, CONTROL.command, readA ? COMMAND.aToB : COMMAND.bToA);
        Atomics.store(control, CONTROL.done, 0);
        Atomics.add(control, CONTROL.generation, 1);
        Atomics.notify(control, CONTROL.generation);
      }
      const { starts, targets, weights } = incoming;
      pagerankSweep(
        starts,
        targets,
        weights,
        inverseOut,
        yIn,
        yOut,
        x,
        0,
        bounds[1],
        base,
        damping,
        acc,
        0,
      );
      let done: number;
      while ((done = Atomics.load(control, CONTROL.done)) < helpers.length)
        Atomics.wait(control, CONTROL.done, done);
      let change = 0;
      dangling = 0;
      for (let t = 0; t < threads; t++) {
        change += acc[2 * t];
        dangling += acc[2 * t + 1];
      }
      iterations++;
      readA = !readA;
      if (change < tolerance) {
        converged = true;
        break;
      }
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
  return { scores, iterations, converged };
}
