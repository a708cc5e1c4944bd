// communities-1m / communities-10m: Rapport's Louvain/Leiden beside igraph community_multilevel
// and graphology-communities-louvain on the undirected form of the same seeded graph (a pair's
// weight = sum over both directions), algorithm time only; quality = modularity.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildUndirectedGraph } from '../src/engine/graph/csr.js';
import { readEdgeList } from '../src/engine/graph/edge-list.js';
import { louvain } from '../src/engine/graph/louvain.js';
import { createRng } from '../src/engine/graph/rng.js';
import { REPO_ROOT } from '../src/testing/repo-root.js';
import { SYSTEM_PYTHON } from '../src/testing/python-oracle.js';
import { ensureBenchGraph, readEdgeBinary } from './graph-generator.js';
import { BENCH_DATA, bestOf, peakRssMb, runChild, type ChildResult } from './pagerank.bench.js';
import type { Bench, BenchRow } from './types.js';

const SELF = fileURLToPath(import.meta.url);
const ANCHOR_PY = join(REPO_ROOT, 'bench', 'anchors', 'graph_anchor.py');

function childRapport(csv: string, repeats: number): ChildResult {
  const loadStart = performance.now();
  const list = readEdgeList(csv);
  const graph = buildUndirectedGraph(list.names.length, list);
  const loadS = (performance.now() - loadStart) / 1000;
  const { seconds, result } = bestOf(repeats, () => louvain(graph, { rng: createRng(1) }));
  return {
    seconds,
    quality: result.modularity,
    load_s: loadS,
    iterations: result.levels,
    peak_rss_mb: peakRssMb(),
  };
}

async function childGraphology(bin: string, repeats: number): Promise<ChildResult> {
  const { UndirectedGraph } = await import('graphology');
  // A CommonJS package: at run time the default import is module.exports, the function itself.
  const louvainModule = await import('graphology-communities-louvain');
  const louvainGraphology =
    louvainModule.default as unknown as typeof louvainModule.default.default;
  const g = readEdgeBinary(bin);
  const merged = buildUndirectedGraph(g.n, g);
  const graph = new UndirectedGraph();
  for (let i = 0; i < g.n; i++) graph.addNode(String(i));
  for (let i = 0; i < g.n; i++) {
    for (let e = merged.starts[i]; e < merged.starts[i + 1]; e++) {
      const j = merged.targets[e];
      if (i < j) graph.addEdge(String(i), String(j), { weight: merged.weights[e] });
    }
  }
  const { seconds, result } = bestOf(repeats, () =>
    louvainGraphology.detailed(graph, { getEdgeWeight: 'weight' }),
  );
  return { seconds, quality: result.modularity };
}

function communitiesBench(name: string, edges: number): Bench {
  return {
    name,
    description: `Louvain/Leiden communities on the undirected form of a seeded ${edges / 1e6}M-edge power-law graph; quality = modularity`,
    async run(log) {
      const base = join(BENCH_DATA, `graph-${edges}`);
      ensureBenchGraph(base, { edges, seed: 1 });
      const repeats = edges >= 5_000_000 ? 1 : 3;
      const ours = runChild(
        process.execPath,
        [SELF, '--child', 'rapport', `${base}.csv`, String(repeats)],
        log,
      );
      if (!ours) throw new Error('rapport communities child failed');
      log(
        `rapport: load ${ours.load_s?.toFixed(2)} s, ${ours.iterations} levels, compute ${ours.seconds.toFixed(3)} s, modularity ${ours.quality}`,
      );
      const anchors: [string, ChildResult | null][] = [
        [
          'igraph',
          runChild(
            SYSTEM_PYTHON,
            [ANCHOR_PY, 'communities', 'igraph', `${base}.bin`, '-', String(repeats)],
            log,
          ),
        ],
        [
          'graphology-communities-louvain',
          runChild(
            process.execPath,
            [SELF, '--child', 'graphology', `${base}.bin`, String(repeats)],
            log,
          ),
        ],
      ];
      return anchors.map(([anchor, result]): BenchRow => ({
        name,
        rapport_s: ours.seconds,
        anchor,
        anchor_s: result?.seconds ?? null,
        ratio: result ? ours.seconds / result.seconds : null,
        rapport_quality: ours.quality,
        anchor_quality: result?.quality ?? null,
        peak_rss_mb: ours.peak_rss_mb ?? null,
      }));
    },
  };
}

export const communities1m = communitiesBench('communities-1m', 1_000_000);
export const communities10m = communitiesBench('communities-10m', 10_000_000);

if (process.argv[1] === SELF && process.argv[2] === '--child') {
  const [side, input, repeats] = process.argv.slice(3);
  const result =
    side === 'rapport'
      ? childRapport(input, Number(repeats))
      : await childGraphology(input, Number(repeats));
  process.stdout.write(JSON.stringify(result) + '\n');
}
