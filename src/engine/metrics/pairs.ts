/** (target, actor) pairs on accounts 0..n-1, e.g. "actor liked target"; duplicates allowed. */
export interface AccountPairs {
  readonly count: number;
  readonly target: Int32Array;
  readonly actor: Int32Array;
}

export function pairsOf(rows: readonly (readonly [target: number, actor: number])[]): AccountPairs {
  return {
    count: rows.length,
    target: Int32Array.from(rows, (r) => r[0]),
    actor: Int32Array.from(rows, (r) => r[1]),
  };
}

/** Groups pairs by target (counting sort): actors of target t are `actors[starts[t] .. starts[t+1]-1]`. */
export function groupByTarget(
  n: number,
  pairs: readonly AccountPairs[],
): { starts: Uint32Array; actors: Int32Array } {
  const starts = new Uint32Array(n + 1);
  for (const p of pairs) for (let i = 0; i < p.count; i++) starts[p.target[i] + 1]++;
  for (let i = 0; i < n; i++) starts[i + 1] += starts[i];
  const fill = starts.slice(0, n);
  const actors = new Int32Array(starts[n]);
  for (const p of pairs) for (let i = 0; i < p.count; i++) actors[fill[p.target[i]]++] = p.actor[i];
  return { starts, actors };
}
