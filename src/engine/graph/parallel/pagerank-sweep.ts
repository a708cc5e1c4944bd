// One Jacobi sweep of weighted PageRank over a range of nodes, shared by the main thread and the
// workers so every thread runs the same arithmetic in the same order (results do not depend on how
// the nodes are split, except for the order of the three reductions).
//
// Two copies of the same loop: `sweepFast` gathers from Float32 copies of x / outStrength (half the
// bytes of random reads, which dominate on graphs larger than the caches), `sweepExact` from
// Float64 ones. They are separate functions so each call site stays monomorphic.

/**
 * For v in [from, to): x[v] = base + damping * sum over in-edges (u, w) of yIn[slots[e]] * w, and
 * yOut[place[v]] = x[v] / outStrength(v) (0 for dangling nodes), rounded to Float32: the gather
 * vector may be kept in another node order (`place`, with `slots` the edge sources renumbered to
 * it). Writes the L1 change, the signed sum of changes and the new dangling mass of the range to
 * acc[3 * slot ..].
 */
export function sweepFast(
  starts: Int32Array,
  slots: Int32Array,
  place: Int32Array,
  weights: Float64Array,
  inverseOut: Float64Array,
  yIn: Float32Array,
  yOut: Float32Array,
  x: Float64Array,
  from: number,
  to: number,
  base: number,
  damping: number,
  acc: Float64Array,
  slot: number,
): void {
  let change = 0;
  let drift = 0;
  let dangling = 0;
  let e = starts[from];
  for (let v = from; v < to; v++) {
    const end = starts[v + 1];
    let s = 0;
    for (; e < end; e++) s += yIn[slots[e]] * weights[e];
    const next = base + damping * s;
    const diff = next - x[v];
    change += diff < 0 ? -diff : diff;
    drift += diff;
    x[v] = next;
    const inverse = inverseOut[v];
    if (inverse === 0) dangling += next;
    yOut[place[v]] = next * inverse;
  }
  acc[3 * slot] = change;
  acc[3 * slot + 1] = drift;
  acc[3 * slot + 2] = dangling;
}

/**
 * As {@link sweepFast} with Float64 yIn / yOut in node order: the exact sweep the stop rule is
 * judged on.
 */
export function sweepExact(
  starts: Int32Array,
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
  let drift = 0;
  let dangling = 0;
  let e = starts[from];
  for (let v = from; v < to; v++) {
    const end = starts[v + 1];
    let s = 0;
    for (; e < end; e++) s += yIn[sources[e]] * weights[e];
    const next = base + damping * s;
    const diff = next - x[v];
    change += diff < 0 ? -diff : diff;
    drift += diff;
    x[v] = next;
    const inverse = inverseOut[v];
    if (inverse === 0) dangling += next;
    yOut[v] = next * inverse;
  }
  acc[3 * slot] = change;
  acc[3 * slot + 1] = drift;
  acc[3 * slot + 2] = dangling;
}

/** Control words of the shared Int32Array the threads synchronise on. */
export const CONTROL = { generation: 0, done: 1, command: 2, ready: 3, length: 4 } as const;
/**
 * Commands: a fast or exact sweep reading buffer A and writing B, or the reverse, or leave the
 * loop.
 */
export const COMMAND = { fastAToB: 1, fastBToA: 2, exactAToB: 3, exactBToA: 4, stop: 5 } as const;

/** What the main thread posts to a worker for one PageRank run. */
export interface PagerankTask {
  /** The in-edge row starts viewed as Int32 (edge counts stay below 2^31). */
  readonly starts: Int32Array;
  readonly sources: Int32Array;
  /** The sources renumbered to the order of the Float32 gather vector, and each node's place in it. */
  readonly slots: Int32Array;
  readonly place: Int32Array;
  readonly weights: Float64Array;
  readonly inverseOut: Float64Array;
  readonly fastA: Float32Array;
  readonly fastB: Float32Array;
  readonly exactA: Float64Array;
  readonly exactB: Float64Array;
  readonly x: Float64Array;
  readonly acc: Float64Array;
  /** params[0] = base of the current sweep, params[1] = damping. */
  readonly params: Float64Array;
  readonly control: Int32Array;
  readonly from: number;
  readonly to: number;
  readonly slot: number;
}

/**
 * The sweep `command` asks for, over the task's node range: what every thread, the calling one
 * included, runs once per iteration.
 */
export function runSweep(task: PagerankTask, command: number, base: number, damping: number): void {
  const { from, to, slot } = task;
  if (command === COMMAND.fastAToB || command === COMMAND.fastBToA) {
    const aToB = command === COMMAND.fastAToB;
    sweepFast(
      task.starts,
      task.slots,
      task.place,
      task.weights,
      task.inverseOut,
      aToB ? task.fastA : task.fastB,
      aToB ? task.fastB : task.fastA,
      task.x,
      from,
      to,
      base,
      damping,
      task.acc,
      slot,
    );
  } else {
    const aToB = command === COMMAND.exactAToB;
    sweepExact(
      task.starts,
      task.sources,
      task.weights,
      task.inverseOut,
      aToB ? task.exactA : task.exactB,
      aToB ? task.exactB : task.exactA,
      task.x,
      from,
      to,
      base,
      damping,
      task.acc,
      slot,
    );
  }
}
