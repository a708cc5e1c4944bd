import { closeSync, openSync, writeSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import {
  buildDirectedGraph,
  buildUndirectedGraph,
  createRng,
  EdgeListError,
  louvain,
  pagerank,
  LOUVAIN_DEFAULTS,
  PAGERANK_DEFAULTS,
  readEdgeList,
  type EdgeList,
} from '../../engine/graph/index.js';
import { UsageError } from '../errors.js';
import { action } from '../program.js';
import type { Output } from '../output.js';

interface GraphOptions {
  readonly edges: string;
  readonly out?: string;
  readonly threads?: string;
}
interface PagerankOptions extends GraphOptions {
  readonly damping?: string;
  readonly tol?: string;
}
interface CommunitiesOptions extends GraphOptions {
  readonly seed?: string;
}

/** `rapport graph pagerank|communities`: the researcher's tools on plain edge lists (SPEC §9). */
export function registerGraphCommand(program: Command): void {
  const graph = program
    .command('graph')
    .description('PageRank or communities of a CSV edge list (src,dst[,weight])');
  graph
    .command('pagerank')
    .description('weighted directed PageRank; writes node,value')
    .requiredOption(
      '--edges <file>',
      'CSV edge list: src,dst[,weight]; a first line starting src,dst is the header',
    )
    .option('--out <file>', 'write the node,value CSV here (default: stdout)')
    .option('--damping <d>', 'damping factor', String(PAGERANK_DEFAULTS.damping))
    .option('--tol <t>', 'L1 tolerance between iterates', String(PAGERANK_DEFAULTS.tolerance))
    .option('--threads <n>', 'threads to use (default: up to 2)')
    .action(action((out, options: PagerankOptions) => runPagerank(out, options)));
  graph
    .command('communities')
    .description('Louvain/Leiden communities of the undirected graph; writes node,value')
    .requiredOption(
      '--edges <file>',
      'CSV edge list: src,dst[,weight]; a first line starting src,dst is the header',
    )
    .option('--out <file>', 'write the node,value CSV here (default: stdout)')
    .option('--seed <n>', 'random seed', String(LOUVAIN_DEFAULTS.seed))
    .option('--threads <n>', 'threads to use (the community search itself runs on one)')
    .action(action((out, options: CommunitiesOptions) => runCommunities(out, options)));
}

function number(name: string, text: string, ok: (x: number) => boolean): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || !ok(value))
    throw new UsageError(`invalid --${name}: ${text}`);
  return value;
}

function threadsOf(options: GraphOptions): number {
  if (options.threads === undefined) return Math.min(2, availableParallelism());
  return number('threads', options.threads, (x) => Number.isInteger(x) && x >= 1 && x <= 64);
}

function checkJson(out: Output, options: GraphOptions): void {
  if (out.options.json && options.out === undefined)
    throw new UsageError('--json needs --out (without --out the CSV goes to stdout)');
}

function load(file: string): EdgeList {
  try {
    return readEdgeList(file);
  } catch (error) {
    if (error instanceof EdgeListError)
      throw new Error(`${file}: ${error.message}`, { cause: error });
    // a read's error (a folder given as the file) names no path: it is this file's
    const failed = error as NodeJS.ErrnoException;
    if (typeof failed.code === 'string' && failed.path === undefined) failed.path = file;
    throw error;
  }
}

function seconds(fromMs: number): number {
  return Math.round(performance.now() - fromMs) / 1000;
}

async function runPagerank(out: Output, options: PagerankOptions): Promise<number> {
  checkJson(out, options);
  const damping = number(
    'damping',
    options.damping ?? String(PAGERANK_DEFAULTS.damping),
    (x) => x >= 0 && x <= 1,
  );
  const tolerance = number('tol', options.tol ?? String(PAGERANK_DEFAULTS.tolerance), (x) => x > 0);
  const threads = threadsOf(options);
  const loadStart = performance.now();
  const list = load(options.edges);
  const graph = buildDirectedGraph(list.names.length, {
    src: list.src,
    dst: list.dst,
    weight: list.weight,
  });
  const loadS = seconds(loadStart);
  const computeStart = performance.now();
  const result = pagerank(graph, { damping, tolerance, threads });
  const computeS = seconds(computeStart);
  if (!result.converged) out.note(`pagerank did not converge in ${result.iterations} iterations`);
  writeNodeValues(options.out, list.names, (i) => String(result.scores[i]));
  if (out.options.json)
    out.json({
      nodes: list.names.length,
      edges: list.rows,
      iterations: result.iterations,
      converged: result.converged,
      modularity: null,
      load_s: loadS,
      compute_s: computeS,
    });
  return 0;
}

async function runCommunities(out: Output, options: CommunitiesOptions): Promise<number> {
  checkJson(out, options);
  const seed = number('seed', options.seed ?? String(LOUVAIN_DEFAULTS.seed), (x) =>
    Number.isInteger(x),
  );
  threadsOf(options);
  const loadStart = performance.now();
  const list = load(options.edges);
  const graph = buildUndirectedGraph(list.names.length, {
    src: list.src,
    dst: list.dst,
    weight: list.weight,
  });
  const loadS = seconds(loadStart);
  const computeStart = performance.now();
  const result = louvain(graph, { rng: createRng(seed) });
  const computeS = seconds(computeStart);
  writeNodeValues(options.out, list.names, (i) => String(result.membership[i]));
  if (out.options.json)
    out.json({
      nodes: list.names.length,
      edges: list.rows,
      iterations: result.levels,
      converged: true,
      modularity: result.modularity,
      load_s: loadS,
      compute_s: computeS,
    });
  return 0;
}

/** RFC 4180: quote a field holding a comma, quote or line break; double inner quotes. */
function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Writes `node,value` rows in node order to a file, or to stdout, in large chunks. */
function writeNodeValues(
  file: string | undefined,
  names: readonly string[],
  value: (i: number) => string,
): void {
  const fd = file === undefined ? 1 : openSync(file, 'w');
  try {
    let chunk = 'node,value\n';
    for (let i = 0; i < names.length; i++) {
      chunk += `${csvField(names[i])},${value(i)}\n`;
      if (chunk.length > 1 << 20) {
        writeAll(fd, chunk);
        chunk = '';
      }
    }
    writeAll(fd, chunk);
  } finally {
    if (file !== undefined) closeSync(fd);
  }
}

function writeAll(fd: number, text: string): void {
  const buf = Buffer.from(text, 'utf8');
  let off = 0;
  while (off < buf.length) {
    try {
      off += writeSync(fd, buf, off);
    } catch (error) {
      // stdout may be a non-blocking pipe: retry when it is momentarily full.
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
    }
  }
}
