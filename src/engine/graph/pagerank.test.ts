import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { generateGraph } from '../../../bench/graph-generator.js';
import { oracleSkip, runPython } from '../../testing/python-oracle.js';
import { buildDirectedGraph } from './csr.js';
import { DEFAULTS, PARALLEL_MIN_EDGES, pagerank } from './pagerank.js';

function graphOf(n: number, pairs: [number, number, number?][]) {
  return buildDirectedGraph(n, {
    src: Int32Array.from(pairs, (p) => p[0]),
    dst: Int32Array.from(pairs, (p) => p[1]),
    weight: Float64Array.from(pairs, (p) => p[2] ?? 1),
  });
}

/** Exact PageRank by Gaussian elimination on (I − d·P̃) x = (1 − d) / n, for small graphs. */
function exactPagerank(n: number, pairs: [number, number, number?][], d = 0.85): number[] {
  const out = new Array<number>(n).fill(0);
  for (const [u, , w = 1] of pairs) out[u] += w;
  const a = Array.from({ length: n }, (_, i) => {
    const row = new Array<number>(n + 1).fill(0);
    row[i] = 1;
    row[n] = (1 - d) / n;
    return row;
  });
  for (const [u, v, w = 1] of pairs) a[v][u] -= (d * w) / out[u];
  for (let u = 0; u < n; u++) if (out[u] === 0) for (let v = 0; v < n; v++) a[v][u] -= d / n;
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(a[r][c]) > Math.abs(a[p][c])) p = r;
    [a[c], a[p]] = [a[p], a[c]];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = a[r][c] / a[c][c];
      for (let k = c; k <= n; k++) a[r][k] -= f * a[c][k];
    }
  }
  return a.map((row, i) => row[n] / row[i]);
}

function maxDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let d = 0;
  for (let i = 0; i < a.length; i++) d = Math.max(d, Math.abs(a[i] - b[i]));
  return d;
}

/** igraph's PRPACK PageRank (d = 0.85, weighted, directed) of an edge list. */
function igraphPagerank(
  n: number,
  src: Int32Array,
  dst: Int32Array,
  weight: Float64Array,
): number[] {
  const rows: string[] = [String(n)];
  for (let e = 0; e < src.length; e++) rows.push(`${src[e]} ${dst[e]} ${weight[e]}`);
  const out = runPython(
    `
import sys, igraph
lines = sys.stdin.read().split('\\n')
n = int(lines[0]); rows = [l.split() for l in lines[1:] if l]
g = igraph.Graph(n=n, edges=[(int(a), int(b)) for a, b, _ in rows], directed=True)
pr = g.pagerank(weights=[float(w) for _, _, w in rows], damping=0.85, directed=True)
print('\\n'.join(repr(x) for x in pr))
`,
    rows.join('\n') + '\n',
  );
  return out.trim().split('\n').map(Number);
}

describe('pagerank', () => {
  it('pagerank(a ⇄ b) is 1/2 each', () => {
    const r = pagerank(
      graphOf(2, [
        [0, 1],
        [1, 0],
      ]),
    );
    assert.ok(r.converged);
    assert.ok(maxDiff(r.scores, [0.5, 0.5]) < 1e-12);
  });

  it('pagerank(a → b) spreads the dangling b uniformly: a = 0.5 / 1.425', () => {
    // a = 0.075 + 0.425 b, b = 0.075 + 0.425 b + 0.85 a, a + b = 1 → a = 0.5 / 1.425
    const r = pagerank(graphOf(2, [[0, 1]]), { tolerance: 1e-14 });
    assert.ok(maxDiff(r.scores, [0.5 / 1.425, 1 - 0.5 / 1.425]) < 1e-12);
  });

  it('pagerank follows weights and keeps self-loops: a → b (3), a → c (1), c → c, b → a', () => {
    // a = 0.05 + 0.85 b; b = 0.05 + 0.85 * 3/4 a; c = 0.05 + 0.85 (a/4 + c)
    const r = pagerank(
      graphOf(3, [
        [0, 1, 3],
        [0, 2, 1],
        [2, 2, 1],
        [1, 0, 1],
      ]),
      {
        tolerance: 1e-14,
      },
    );
    const a = (0.05 + 0.85 * 0.05) / (1 - 0.85 * 0.85 * 0.75);
    const b = 0.05 + 0.85 * 0.75 * a;
    assert.ok(maxDiff(r.scores, [a, b, 1 - a - b]) < 1e-12);
  });

  it('pagerank stops within d / (2(1 − d)) × tolerance (L∞) of the exact vector, on a slow graph', () => {
    // A closed pair (its mass converges at rate d exactly), a chain into a dangling node, a hub
    // with weighted out-edges and a self-loop.
    const pairs: [number, number, number?][] = [
      [0, 1],
      [1, 0],
      [2, 3, 2],
      [3, 4],
      [5, 2],
      [5, 6, 5],
      [6, 6],
      [6, 5],
      [7, 5],
      [7, 0, 3],
    ];
    const exact = exactPagerank(8, pairs);
    const bound = (0.85 / (2 * 0.15)) * DEFAULTS.tolerance;
    // With and without the two-step filter (which runs here: the closed pair sets the pace).
    const plain = pagerank(graphOf(8, pairs), { filter: false });
    const r = pagerank(graphOf(8, pairs));
    assert.equal(plain.filters, 0);
    assert.ok(r.filters >= 1);
    assert.ok(r.iterations < plain.iterations);
    for (const result of [plain, r]) {
      assert.ok(result.converged);
      const error = maxDiff(result.scores, exact);
      assert.ok(error <= bound, `L∞ = ${error} > ${bound}`);
    }
    // Tight tolerances go past Float32 precision: the exact sweeps take over.
    const tight = pagerank(graphOf(8, pairs), { tolerance: 1e-15 });
    assert.ok(tight.converged);
    assert.ok(maxDiff(tight.scores, exact) < 1e-14);
    assert.ok(tight.iterations > r.iterations);
  });

  it('pagerank(graph, { maxIterations: 2 }) says it did not converge', () => {
    const r = pagerank(
      graphOf(3, [
        [0, 1],
        [1, 2],
        [2, 0],
        [0, 2],
      ]),
      { maxIterations: 2 },
    );
    assert.equal(r.iterations, 2);
    assert.equal(r.converged, false);
  });

  it('pagerank on 600,000 edges gives the same scores with 1 and 2 threads', () => {
    const g = generateGraph({ edges: 600_000, seed: 3 });
    assert.ok(g.src.length >= PARALLEL_MIN_EDGES);
    const graph = buildDirectedGraph(g.n, g);
    const one = pagerank(graph, { threads: 1 });
    const two = pagerank(graph, { threads: 2 });
    assert.equal(one.iterations, two.iterations);
    assert.ok(maxDiff(one.scores, two.scores) < 1e-12);
  });

  it('pagerank gives the same scores, bit for bit, with and without relabelling', () => {
    const g = generateGraph({ edges: 50_000, seed: 5 });
    const graph = buildDirectedGraph(g.n, g);
    const plain = pagerank(graph, { relabel: false });
    const relabelled = pagerank(graph, { relabel: true });
    assert.equal(plain.iterations, relabelled.iterations);
    assert.deepEqual(plain.scores, relabelled.scores);
  });

  it(
    'pagerank with 2 threads and a relabelled gather vector on a seeded 600,000-edge graph is within 1e-6 (L∞) of igraph PRPACK',
    { skip: oracleSkip(['igraph']) },
    () => {
      const g = generateGraph({ edges: 600_000, seed: 11 });
      assert.ok(g.src.length >= PARALLEL_MIN_EDGES);
      const ours = pagerank(buildDirectedGraph(g.n, g), { threads: 2, relabel: true });
      assert.ok(ours.converged);
      const error = maxDiff(ours.scores, igraphPagerank(g.n, g.src, g.dst, g.weight));
      assert.ok(error < 1e-6, `L∞ = ${error}`);
    },
  );

  it(
    'pagerank on a seeded 200,000-edge graph (with self-loops) is within 1e-6 (L∞) of igraph PRPACK, with and without the filter',
    { skip: oracleSkip(['igraph']) },
    () => {
      const g = generateGraph({ edges: 200_000, seed: 3 });
      const src = Int32Array.from([...g.src, 5, 17, 17]);
      const dst = Int32Array.from([...g.dst, 5, 17, 17]);
      const weight = Float64Array.from([...g.weight, 2, 1, 4]);
      const graph = buildDirectedGraph(g.n, { src, dst, weight });
      const theirs = igraphPagerank(g.n, src, dst, weight);
      assert.equal(theirs.length, g.n);
      const filtered = pagerank(graph);
      const plain = pagerank(graph, { filter: false });
      assert.ok(filtered.filters >= 1);
      assert.equal(plain.filters, 0);
      for (const ours of [filtered, plain]) {
        assert.ok(ours.converged);
        const error = maxDiff(ours.scores, theirs);
        assert.ok(error < 1e-6, `L∞ = ${error}`);
      }
    },
  );
});
