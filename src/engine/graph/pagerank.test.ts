import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { generateGraph } from '../../../bench/graph-generator.js';
import { oracleSkip, runPython } from '../../testing/python-oracle.js';
import { buildDirectedGraph } from './csr.js';
import { PARALLEL_MIN_EDGES, pagerank } from './pagerank.js';

function graphOf(n: number, pairs: [number, number, number?][]) {
  return buildDirectedGraph(n, {
    src: Int32Array.from(pairs, (p) => p[0]),
    dst: Int32Array.from(pairs, (p) => p[1]),
    weight: Float64Array.from(pairs, (p) => p[2] ?? 1),
  });
}

function maxDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let d = 0;
  for (let i = 0; i < a.length; i++) d = Math.max(d, Math.abs(a[i] - b[i]));
  return d;
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

  it(
    'pagerank on a seeded 200,000-edge graph (with self-loops) is within 1e-6 (L∞) of igraph PRPACK',
    { skip: oracleSkip(['igraph']) },
    () => {
      const g = generateGraph({ edges: 200_000, seed: 7 });
      const src = Int32Array.from([...g.src, 5, 17, 17]);
      const dst = Int32Array.from([...g.dst, 5, 17, 17]);
      const weight = Float64Array.from([...g.weight, 2, 1, 4]);
      const ours = pagerank(buildDirectedGraph(g.n, { src, dst, weight }));
      assert.ok(ours.converged);
      let input = `${g.n}\n`;
      for (let e = 0; e < src.length; e++) input += `${src[e]} ${dst[e]} ${weight[e]}\n`;
      const out = runPython(
        `
import sys, igraph
lines = sys.stdin.read().split('\\n')
n = int(lines[0]); rows = [l.split() for l in lines[1:] if l]
g = igraph.Graph(n=n, edges=[(int(a), int(b)) for a, b, _ in rows], directed=True)
pr = g.pagerank(weights=[float(w) for _, _, w in rows], damping=0.85, directed=True)
print('\\n'.join(repr(x) for x in pr))
`,
        input,
      );
      const theirs = out.trim().split('\n').map(Number);
      assert.equal(theirs.length, g.n);
      const error = maxDiff(ours.scores, theirs);
      assert.ok(error < 1e-6, `L∞ = ${error}`);
    },
  );
});
