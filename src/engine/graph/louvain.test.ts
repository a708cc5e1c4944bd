import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { generateGraph } from '../../../bench/graph-generator.js';
import { oracleSkip, runPython } from '../../testing/python-oracle.js';
import { isEveryCommunityConnected } from './components.js';
import { buildUndirectedGraph } from './csr.js';
import { connectedPieces, louvain } from './louvain.js';
import { modularity } from './modularity.js';
import { createRng } from './rng.js';

/** Two triangles 0-1-2 and 3-4-5 joined by the bridge 2-3, unit weights. */
function twoTriangles() {
  return buildUndirectedGraph(6, {
    src: Int32Array.from([0, 1, 2, 3, 4, 5, 2]),
    dst: Int32Array.from([1, 2, 0, 4, 5, 3, 3]),
  });
}

describe('louvain', () => {
  it('louvain(two triangles and a bridge) finds the triangles, modularity 5/14', () => {
    const r = louvain(twoTriangles(), { rng: createRng(1) });
    assert.equal(r.count, 2);
    assert.deepEqual([...r.membership], [0, 0, 0, 1, 1, 1]);
    assert.ok(Math.abs(r.modularity! - 5 / 14) < 1e-12);
  });

  it('louvain numbers communities by decreasing size and leaves isolated nodes alone', () => {
    // node 0 isolated; path 1-2; clique 3-4-5-6
    const pairs = [
      [1, 2],
      [3, 4],
      [3, 5],
      [3, 6],
      [4, 5],
      [4, 6],
      [5, 6],
    ];
    const g = buildUndirectedGraph(7, {
      src: Int32Array.from(pairs, (p) => p[0]),
      dst: Int32Array.from(pairs, (p) => p[1]),
    });
    const r = louvain(g);
    assert.deepEqual([...r.membership], [2, 1, 1, 0, 0, 0, 0]);
  });

  it('louvain is deterministic for a seed on a seeded 50,000-edge graph', () => {
    const g = generateGraph({ edges: 50_000, seed: 5 });
    const graph = buildUndirectedGraph(g.n, g);
    const a = louvain(graph, { rng: createRng(9) });
    const b = louvain(graph, { rng: createRng(9) });
    assert.deepEqual(a.membership, b.membership);
    assert.equal(a.modularity, b.modularity);
    assert.ok(isEveryCommunityConnected(graph, a.membership));
  });

  it('louvain reports the modularity of the membership it returns', () => {
    const g = generateGraph({ edges: 50_000, seed: 6, mixing: 0.6 });
    const graph = buildUndirectedGraph(g.n, g);
    const r = louvain(graph, { rng: createRng(3) });
    assert.ok(Math.abs(r.modularity! - modularity(graph, r.membership)!) < 1e-12);
    assert.ok(isEveryCommunityConnected(graph, r.membership));
  });

  it('louvain on a 70,000-node ring (visited in runs of nodes) is seeded, connected, Q > 0.98', () => {
    const n = 70_000;
    const graph = buildUndirectedGraph(n, {
      src: Int32Array.from({ length: n }, (_, i) => i),
      dst: Int32Array.from({ length: n }, (_, i) => (i + 1) % n),
    });
    const a = louvain(graph, { rng: createRng(4) });
    const b = louvain(graph, { rng: createRng(4) });
    assert.deepEqual(a.membership, b.membership);
    assert.ok(isEveryCommunityConnected(graph, a.membership));
    assert.ok(a.modularity! > 0.98, `modularity ${a.modularity}`);
    assert.ok(Math.abs(a.modularity! - modularity(graph, a.membership)!) < 1e-12);
  });

  it('connectedPieces splits a community in two pieces and gives their modularity', () => {
    // Triangles 0-1-2 and 3-4-5, no edge between: one community {0..5} is two pieces.
    const graph = buildUndirectedGraph(6, {
      src: Int32Array.from([0, 1, 2, 3, 4, 5]),
      dst: Int32Array.from([1, 2, 0, 4, 5, 3]),
    });
    const pieces = connectedPieces(graph, new Int32Array(6), 12, 1);
    assert.equal(pieces.count, 2);
    assert.deepEqual([...pieces.membership], [0, 0, 0, 1, 1, 1]);
    assert.ok(Math.abs(pieces.modularity - 0.5) < 1e-15);
    const whole = connectedPieces(graph, Int32Array.from([0, 0, 0, 1, 1, 1]), 12, 1);
    assert.equal(whole.count, 2);
    assert.ok(Math.abs(whole.modularity - 0.5) < 1e-15);
  });

  it('louvain on a graph without edges keeps every node alone, modularity null', () => {
    const r = louvain(buildUndirectedGraph(3, { src: new Int32Array(0), dst: new Int32Array(0) }));
    assert.deepEqual([...r.membership], [0, 1, 2]);
    assert.equal(r.count, 3);
    assert.equal(r.modularity, null);
  });

  it(
    'louvain on a seeded 200,000-edge graph: modularity ≥ 0.99 × igraph multilevel, every community connected (own BFS, networkx and igraph)',
    { skip: oracleSkip(['igraph', 'networkx']) },
    () => {
      const g = generateGraph({ edges: 200_000, seed: 11 });
      const graph = buildUndirectedGraph(g.n, g);
      const ours = louvain(graph, { rng: createRng(1) });
      assert.ok(isEveryCommunityConnected(graph, ours.membership));
      let input = `${g.n}\n${[...ours.membership].join(' ')}\n`;
      for (let e = 0; e < g.src.length; e++) input += `${g.src[e]} ${g.dst[e]} ${g.weight[e]}\n`;
      const out = runPython(
        `
import sys, json, igraph, networkx as nx
lines = sys.stdin.read().split('\\n')
n = int(lines[0]); membership = [int(c) for c in lines[1].split()]
rows = [l.split() for l in lines[2:] if l]
g = igraph.Graph(n=n, edges=[(int(a), int(b)) for a, b, _ in rows], directed=False)
g.es['weight'] = [float(w) for _, _, w in rows]
g.simplify(multiple=True, loops=False, combine_edges='sum')
theirs = g.community_multilevel(weights='weight')
ours_q = g.modularity(membership, weights='weight')
G = nx.Graph()
G.add_nodes_from(range(n))
G.add_weighted_edges_from((e.source, e.target, e['weight']) for e in g.es)
groups = {}
for v, c in enumerate(membership): groups.setdefault(c, []).append(v)
nx_connected = all(nx.is_connected(G.subgraph(vs)) for vs in groups.values())
ig_connected = all(g.induced_subgraph(vs).is_connected() for vs in groups.values())
print(json.dumps({'igraph_q': theirs.modularity, 'ours_q': ours_q, 'nx': nx_connected, 'ig': ig_connected}))
`,
        input,
      );
      const result = JSON.parse(out) as {
        igraph_q: number;
        ours_q: number;
        nx: boolean;
        ig: boolean;
      };
      assert.ok(
        Math.abs(result.ours_q - ours.modularity!) < 1e-9,
        'igraph agrees on our modularity',
      );
      assert.ok(
        ours.modularity! >= 0.99 * result.igraph_q,
        `ours ${ours.modularity} vs igraph ${result.igraph_q}`,
      );
      assert.ok(result.nx, 'networkx: every community connected');
      assert.ok(result.ig, 'igraph: every community connected');
    },
  );
});
