// pagerank-1m / pagerank-10m: Rapport's PageRank beside igraph (PRPACK), graph-tool (OpenMP) and
// graphology-metrics on the same seeded graph, algorithm time only. Every side runs in its own
// child process (so peak RSS is Rapport's alone) and loads the graph before its clock starts.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDirectedGraph } from '../src/engine/graph/csr.js';
import { readEdgeList } from '../src/engine/graph/edge-list.js';
import { pagerank } from '../src/engine/graph/pagerank.js';
import { REPO_ROOT } from '../src/testing/repo-root.js';
import { SYSTEM_PYTHON } from '../src/testing/python-oracle.js';
import { ensureBenchGraph, readEdgeBinary } from './graph-generator.js';
import type { Bench, BenchRow } from './types.js';

export const BENCH_DATA = join(REPO_ROOT, 'bench', 'data');
const SELF = fileURLToPath(import.meta.url);
const ANCHOR_PY = join(REPO_ROOT, 'bench', 'anchors', 'graph_anchor.py');

/** What a child prints: its best algorithm time and, where it applies, a quality. */
export interface ChildResult {
  readonly seconds: number;
  readonly quality: number | null;
  readonly load_s?: number;
  readonly iterations?: number;
  readonly peak_rss_mb?: number;
}

/** Runs a child that prints one JSON line; null (logged) when it fails or times out. */
export function runChild(
  command: string,
  args: readonly string[],
  log: (line: string) => void,
): ChildResult | null {
  const run = spawnSync(command, args, {
    encoding: 'utf8',
    timeout: 1_800_000,
    maxBuffer: 1 << 26,
    env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=12288' },
  });
  if (run.status !== 0) {
    log(`${args.slice(0, 3).join(' ')} failed: ${(run.stderr || String(run.error)).slice(0, 400)}`);
    return null;
  }
  const lines = run.stdout.trim().split('\n');
  return JSON.parse(lines[lines.length - 1]) as ChildResult;
}

export function bestOf<T>(repeats: number, fn: () => T): { seconds: number; result: T } {
  let seconds = Infinity;
  let result!: T;
  for (let r = 0; r < repeats; r++) {
    const start = performance.now();
    result = fn();
    seconds = Math.min(seconds, (performance.now() - start) / 1000);
  }
  return { seconds, result };
}

export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/** Scores by generator node id from our first-seen order (the generator's names are ids). */
function byId(names: readonly string[], scores: Float64Array): Float64Array {
  const out = new Float64Array(names.length);
  for (let i = 0; i < names.length; i++) out[Number(names[i])] = scores[i];
  return out;
}

function childRapport(csv: string, out: string, repeats: number): ChildResult {
  const loadStart = performance.now();
  const list = readEdgeList(csv);
  const graph = buildDirectedGraph(list.names.length, list);
  const loadS = (performance.now() - loadStart) / 1000;
  const { seconds, result } = bestOf(repeats, () => pagerank(graph, { threads: 2 }));
  writeFileSync(out, byId(list.names, result.scores));
  return {
    seconds,
    quality: null,
    load_s: loadS,
    iterations: result.iterations,
    peak_rss_mb: peakRssMb(),
  };
}

async function childGraphology(bin: string, out: string, repeats: number): Promise<ChildResult> {
  const { DirectedGraph } = await import('graphology');
  // A CommonJS module: at run time the default import is module.exports, the function itself.
  const pagerankModule = await import('graphology-metrics/centrality/pagerank.js');
  const pagerankGraphology =
    pagerankModule.default as unknown as typeof pagerankModule.default.default;
  const g = readEdgeBinary(bin);
  const graph = new DirectedGraph();
  for (let i = 0; i < g.n; i++) graph.addNode(String(i));
  for (let e = 0; e < g.src.length; e++) {
    const w = g.weight[e];
    graph.updateEdge(String(g.src[e]), String(g.dst[e]), (attr: { weight?: number }) => ({
      weight: (attr.weight ?? 0) + w,
    }));
  }
  const { seconds, result } = bestOf(repeats, () =>
    pagerankGraphology(graph, { alpha: 0.85, maxIterations: 1000, getEdgeWeight: 'weight' }),
  );
  const scores = new Float64Array(g.n);
  for (let i = 0; i < g.n; i++) scores[i] = result[String(i)];
  writeFileSync(out, scores);
  return { seconds, quality: null };
}

function readScores(path: string): Float64Array {
  const buf = readFileSync(path);
  return new Float64Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.length));
}

function maxError(a: Float64Array, b: Float64Array): number {
  let d = 0;
  for (let i = 0; i < a.length; i++) d = Math.max(d, Math.abs(a[i] - b[i]));
  return d;
}

function pagerankBench(name: string, edges: number): Bench {
  return {
    name,
    description: `PageRank (d = 0.85, weighted, directed) on a seeded ${edges / 1e6}M-edge power-law graph; quality = L∞ vs igraph PRPACK`,
    async run(log) {
      const base = join(BENCH_DATA, `graph-${edges}`);
      ensureBenchGraph(base, { edges, seed: 1 });
      const repeats = edges >= 5_000_000 ? 2 : 3;
      const out = (side: string) => `${base}.pagerank-${side}.f64`;
      const ours = runChild(
        process.execPath,
        [SELF, '--child', 'rapport', `${base}.csv`, out('rapport'), String(repeats)],
        log,
      );
      if (!ours) throw new Error('rapport pagerank child failed');
      log(
        `rapport: load ${ours.load_s?.toFixed(2)} s, ${ours.iterations} iterations, compute ${ours.seconds.toFixed(3)} s`,
      );
      const anchors: [string, ChildResult | null][] = [
        [
          'igraph',
          runChild(
            SYSTEM_PYTHON,
            [ANCHOR_PY, 'pagerank', 'igraph', `${base}.bin`, out('igraph'), String(repeats)],
            log,
          ),
        ],
        [
          'graph-tool',
          runChild(
            SYSTEM_PYTHON,
            [
              ANCHOR_PY,
              'pagerank',
              'graph-tool',
              `${base}.bin`,
              out('graph-tool'),
              String(repeats),
            ],
            log,
          ),
        ],
        [
          'graphology-metrics',
          runChild(
            process.execPath,
            [
              SELF,
              '--child',
              'graphology',
              `${base}.bin`,
              out('graphology-metrics'),
              String(repeats),
            ],
            log,
          ),
        ],
      ];
      const exact = anchors[0][1] ? readScores(out('igraph')) : null;
      const ourScores = readScores(out('rapport'));
      return anchors.map(([anchor, result]): BenchRow => {
        const anchorScores = result && exact ? readScores(out(anchor)) : null;
        return {
          name,
          rapport_s: ours.seconds,
          anchor,
          anchor_s: result?.seconds ?? null,
          ratio: result ? ours.seconds / result.seconds : null,
          rapport_quality: exact ? maxError(ourScores, exact) : null,
          anchor_quality: anchorScores && exact ? maxError(anchorScores, exact) : null,
          peak_rss_mb: ours.peak_rss_mb ?? null,
        };
      });
    },
  };
}

export const pagerank1m = pagerankBench('pagerank-1m', 1_000_000);
export const pagerank10m = pagerankBench('pagerank-10m', 10_000_000);

if (process.argv[1] === SELF && process.argv[2] === '--child') {
  const [side, input, out, repeats] = process.argv.slice(3);
  const result =
    side === 'rapport'
      ? childRapport(input, out, Number(repeats))
      : await childGraphology(input, out, Number(repeats));
  process.stdout.write(JSON.stringify(result) + '\n');
}
