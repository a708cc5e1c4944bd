// One Jacobi sweep of weighted PageRank over a range of nodes, shared by the main thread and the
// workers so every thread runs the same arithmetic in the same order (results do not depend on how
// the nodes are split, except for the order of the two reductions).

/**
 * For v in [from, to): x[v] = base + damping * sum over in-edges (u, w) of yIn[u] * w, and
 * yOut[v] = x[v] / outStrength(v) (0 for dangling nodes). Writes the L1 change and the new
 * dangling mass of the range to acc[2 * slot] and acc[2 * slot + 1].
 */
export function pagerankSweep(
  starts: Uint32Array,
  sources: Int32Array,
  weights: Float64Array,
  inverseOut: Float64Array,
  yIn: Float64Array,
  yOut: Float64Array,
  x: Float64Array,
  from: number,
  to: number,
  base: number,
  damping: number,
  acc: Float64Array,
  slot: number,
): void {
  let change = 0;
  let dangling = 0;
  let e = starts[from];
  for (let v = from; v < to; v++) {
    const end = starts[v + 1];
    let s = 0;
    for (; e < end; e++) s += yIn[sources[e]] * weights[e];
    const next = base + damping * s;
    const diff = next - x[v];
    change += diff < 0 ? -diff : diff;
    x[v] = next;
    const inverse = inverseOut[v];
    if (inverse === 0) dangling += next;
    yOut[v] = next * inverse;
  }
  acc[2 * slot] = change;
  acc[2 * slot + 1] = dangling;
}

/** Control words of the shared Int32Array the threads synchronise on. */
export const CONTROL = { generation: 0, done: 1, command: 2, ready: 3, length: 4 } as const;
/** Commands: sweep reading buffer A and writing B, the reverse, or leave the loop. */
export const COMMAND = { aToB: 1, bToA: 2, stop: 3 } as const;

/** What the main thread posts to a worker for one PageRank run. */
export interface PagerankTask {
  readonly starts: Uint32Array;
  readonly sources: Int32Array;
  readonly weights: Float64Array;
  readonly inverseOut: Float64Array;
  readonly yA: Float64Array;
  readonly yB: Float64Array;
  readonly x: Float64Array;
  readonly acc: Float64Array;
  /** params[0] = base of the current sweep, params[1] = damping. */
  readonly params: Float64Array;
  readonly control: Int32Array;
  readonly from: number;
  readonly to: number;
  readonly slot: number;
}
