// Deterministic seeded generator of directed reply-like graphs for tests and benches: power-law
// activity and popularity, planted communities of power-law sizes, ~25% reciprocity, small
// integer weights. Same options, same graph, on every machine.
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  writeSync,
} from 'node:fs';
import { dirname } from 'node:path';
import { createRng, type Rng } from '../src/engine/graph/rng.js';

export interface GeneratorOptions {
  readonly edges: number;
  readonly seed?: number;
  /** Default edges / 10. */
  readonly nodes?: number;
  /** Share of directed edges whose reverse is also drawn (ratio reciprocity). */
  readonly reciprocity?: number;
  /** Share of edges drawn outside the source's planted community. */
  readonly mixing?: number;
  /** Power-law exponent of activity, popularity and community sizes. */
  readonly exponent?: number;
}

export const DEFAULTS = { seed: 1, reciprocity: 0.25, mixing: 0.25, exponent: 2.2 } as const;

export interface GeneratedGraph {
  readonly n: number;
  readonly src: Int32Array;
  readonly dst: Int32Array;
  readonly weight: Float64Array;
  /** Planted community per node. */
  readonly community: Int32Array;
}

function pareto(rng: Rng, exponent: number, max: number): number {
  return Math.min(max, (1 - rng()) ** (-1 / (exponent - 1)));
}

/** Index i in [lo, hi) with prefix[i] <= r < prefix[i + 1]. */
function search(prefix: Float64Array, lo: number, hi: number, r: number): number {
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (prefix[mid] <= r) lo = mid;
    else hi = mid;
  }
  return lo;
}

/** Generates the graph in memory (no self-loops, no isolated nodes; duplicates add). */
export function generateGraph(options: GeneratorOptions): GeneratedGraph {
  const m = options.edges;
  const n = options.nodes ?? Math.max(10, Math.round(m / 10));
  const rng = createRng(options.seed ?? DEFAULTS.seed);
  const exponent = options.exponent ?? DEFAULTS.exponent;
  const mixing = options.mixing ?? DEFAULTS.mixing;
  const r = options.reciprocity ?? DEFAULTS.reciprocity;
  // A drawn edge gets its reverse with probability p: reciprocated share 2p / (1 + p) = r.
  const reverse = r / (2 - r);
  const community = new Int32Array(n);
  const communityStart: number[] = [0];
  for (let i = 0; i < n;) {
    const size = Math.min(n - i, Math.round(8 * pareto(rng, exponent, 250)));
    for (let k = 0; k < size; k++) community[i + k] = communityStart.length - 1;
    i += size;
    communityStart.push(i);
  }
  const activity = new Float64Array(n + 1);
  const popularity = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    activity[i + 1] = activity[i] + pareto(rng, exponent, n / 20);
    popularity[i + 1] = popularity[i] + pareto(rng, exponent, n / 20);
  }
  // Node labels are a permutation so that label order says nothing about communities.
  const label = new Int32Array(n);
  for (let i = 0; i < n; i++) label[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = label[i];
    label[i] = label[j];
    label[j] = t;
  }
  const src = new Int32Array(m);
  const dst = new Int32Array(m);
  const weight = new Float64Array(m);
  const drawWeight = () => 1 + Math.floor(-Math.log(1 - rng()) * 0.6);
  let e = 0;
  while (e < m) {
    const u = search(activity, 0, n, rng() * activity[n]);
    let v: number;
    if (rng() < mixing) v = search(popularity, 0, n, rng() * popularity[n]);
    else {
      const c = community[u];
      const lo = communityStart[c];
      const hi = communityStart[c + 1];
      v = search(popularity, lo, hi, popularity[lo] + rng() * (popularity[hi] - popularity[lo]));
    }
    if (v === u) continue;
    src[e] = label[u];
    dst[e] = label[v];
    weight[e] = drawWeight();
    e++;
    if (e < m && rng() < reverse) {
      src[e] = label[v];
      dst[e] = label[u];
      weight[e] = drawWeight();
      e++;
    }
  }
  // Nodes that drew no edge would be missing from an edge list: renumber the others densely in
  // first-seen order, so the CSV's node order is 0, 1, 2, … and every reader sees the same n.
  const planted = new Int32Array(n);
  for (let i = 0; i < n; i++) planted[label[i]] = community[i];
  const dense = new Int32Array(n).fill(-1);
  let seen = 0;
  for (let k = 0; k < m; k++) {
    if (dense[src[k]] < 0) dense[src[k]] = seen++;
    src[k] = dense[src[k]];
    if (dense[dst[k]] < 0) dense[dst[k]] = seen++;
    dst[k] = dense[dst[k]];
  }
  const densePlanted = new Int32Array(seen);
  for (let i = 0; i < n; i++) if (dense[i] >= 0) densePlanted[dense[i]] = planted[i];
  return { n: seen, src, dst, weight, community: densePlanted };
}

/** Writes `src,dst,weight` CSV (with header) through a temporary file. */
export function writeEdgeCsv(path: string, graph: GeneratedGraph): void {
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(`${path}.tmp`, 'w');
  try {
    let chunk = 'src,dst,weight\n';
    for (let e = 0; e < graph.src.length; e++) {
      chunk += `${graph.src[e]},${graph.dst[e]},${graph.weight[e]}\n`;
      if (chunk.length > 1 << 22) {
        writeSync(fd, chunk);
        chunk = '';
      }
    }
    writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
  renameSync(`${path}.tmp`, path);
}

/**
 * Writes the binary form the Python anchors load with numpy: int64 n, int64 m, then int32 src[m],
 * int32 dst[m], float64 weight[m], little-endian.
 */
export function writeEdgeBinary(path: string, graph: GeneratedGraph): void {
  mkdirSync(dirname(path), { recursive: true });
  const m = graph.src.length;
  const header = new BigInt64Array([BigInt(graph.n), BigInt(m)]);
  const fd = openSync(`${path}.tmp`, 'w');
  try {
    writeSync(fd, new Uint8Array(header.buffer));
    writeSync(fd, new Uint8Array(graph.src.buffer, graph.src.byteOffset, m * 4));
    writeSync(fd, new Uint8Array(graph.dst.buffer, graph.dst.byteOffset, m * 4));
    writeSync(fd, new Uint8Array(graph.weight.buffer, graph.weight.byteOffset, m * 8));
  } finally {
    closeSync(fd);
  }
  renameSync(`${path}.tmp`, path);
}

/** Generates (once) `<base>.csv` and `<base>.bin` for a bench. */
export function ensureBenchGraph(base: string, options: GeneratorOptions): void {
  if (existsSync(`${base}.csv`) && existsSync(`${base}.bin`)) return;
  const graph = generateGraph(options);
  writeEdgeCsv(`${base}.csv`, graph);
  writeEdgeBinary(`${base}.bin`, graph);
}

/** Reads the binary form back (bench children that must not parse CSV). */
export function readEdgeBinary(path: string): GeneratedGraph {
  const buf = readFileSync(path);
  const header = new BigInt64Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + 16));
  const n = Number(header[0]);
  const m = Number(header[1]);
  const at = buf.byteOffset + 16;
  const src = new Int32Array(buf.buffer.slice(at, at + 4 * m));
  const dst = new Int32Array(buf.buffer.slice(at + 4 * m, at + 8 * m));
  const weight = new Float64Array(buf.buffer.slice(at + 8 * m, at + 16 * m));
  return { n, src, dst, weight, community: new Int32Array(0) };
}
