// `rapport export --graph gexf|graphml|csv`: the reply graph (replier → parent's author, weight =
// replies) with node attributes, for Gephi and igraph. Node keys are `<platform>:<native id>`.
import {
  readDataPlatforms,
  readReplyGraph,
  type Database,
  type MetricsWindow,
} from '../store/index.js';
import { analyzePlatform, windowKey } from './analyze.js';
import { csvField, escapeXml } from './xml-escape.js';

export const GRAPH_FORMATS = ['gexf', 'graphml', 'csv'] as const;
export type GraphFormat = (typeof GRAPH_FORMATS)[number];

interface GraphNode {
  readonly key: string;
  readonly attributes: Record<string, string | number | null>;
}
interface GraphEdge {
  readonly source: string;
  readonly target: string;
  readonly weight: number;
}

/** Node attributes and their GraphML/GEXF types, in output order. */
const ATTRIBUTES: readonly [name: string, type: 'string' | 'double' | 'int'][] = [
  ['platform', 'string'],
  ['native_id', 'string'],
  ['handle', 'string'],
  ['community', 'int'],
  ['connection_pagerank', 'double'],
  ['connection_rank', 'double'],
  ['reach_rank', 'double'],
  ['followers', 'double'],
  ['connection_score', 'double'],
  ['reach_score', 'double'],
  ['quadrant', 'string'],
];

/** Reads the reply graph of the chosen platforms (all-data window) and writes it in `format`. */
export async function exportGraph(
  db: Database,
  options: { format: GraphFormat; platform?: string; window?: MetricsWindow },
): Promise<string> {
  const window = options.window ?? { since: null, until: null };
  const platforms = options.platform ? [options.platform] : await readDataPlatforms(db);
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  for (const platform of platforms) {
    await analyzePlatform(db, platform, window);
    const graph = await readReplyGraph(db, platform, windowKey(window));
    for (const n of graph.nodes) {
      const { id, ...rest } = n;
      nodes.push({ key: `${platform}:${id}`, attributes: { platform, native_id: id, ...rest } });
    }
    for (const e of graph.edges)
      edges.push({
        source: `${platform}:${e.source}`,
        target: `${platform}:${e.target}`,
        weight: e.weight,
      });
  }
  switch (options.format) {
    case 'graphml':
      return writeGraphml(nodes, edges);
    case 'gexf':
      return writeGexf(nodes, edges);
    case 'csv':
      return writeCsv(edges);
  }
}

export function writeGraphml(nodes: readonly GraphNode[], edges: readonly GraphEdge[]): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
  ];
  for (const [name, type] of ATTRIBUTES)
    out.push(
      `  <key id="${name}" for="node" attr.name="${name}" attr.type="${type === 'int' ? 'int' : type}"/>`,
    );
  out.push('  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>');
  out.push('  <graph id="replies" edgedefault="directed">');
  for (const node of nodes) {
    out.push(`    <node id="${escapeXml(node.key)}">`);
    for (const [name] of ATTRIBUTES) {
      const v = node.attributes[name];
      if (v === null || v === undefined) continue;
      out.push(`      <data key="${name}">${escapeXml(String(v))}</data>`);
    }
    out.push('    </node>');
  }
  for (const e of edges)
    out.push(
      `    <edge source="${escapeXml(e.source)}" target="${escapeXml(e.target)}"><data key="weight">${e.weight}</data></edge>`,
    );
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}

export function writeGexf(nodes: readonly GraphNode[], edges: readonly GraphEdge[]): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">',
    '  <meta><creator>Rapport</creator><description>reply graph: replier → parent author, weight = replies</description></meta>',
    '  <graph defaultedgetype="directed" mode="static">',
    '    <attributes class="node" mode="static">',
  ];
  ATTRIBUTES.forEach(([name, type], i) =>
    out.push(
      `      <attribute id="${i}" title="${name}" type="${type === 'int' ? 'integer' : type}"/>`,
    ),
  );
  out.push('    </attributes>', '    <nodes>');
  for (const node of nodes) {
    out.push(
      `      <node id="${escapeXml(node.key)}" label="${escapeXml(String(node.attributes.handle ?? node.key))}">`,
    );
    out.push('        <attvalues>');
    ATTRIBUTES.forEach(([name], i) => {
      const v = node.attributes[name];
      if (v === null || v === undefined) return;
      out.push(`          <attvalue for="${i}" value="${escapeXml(String(v))}"/>`);
    });
    out.push('        </attvalues>', '      </node>');
  }
  out.push('    </nodes>', '    <edges>');
  edges.forEach((e, i) =>
    out.push(
      `      <edge id="${i}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}" weight="${e.weight}"/>`,
    ),
  );
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return out.join('\n');
}

/** `src,dst,weight` with a header: the edge-list format `rapport graph` reads. */
export function writeCsv(edges: readonly GraphEdge[]): string {
  const out = ['src,dst,weight'];
  for (const e of edges) out.push(`${csvField(e.source)},${csvField(e.target)},${e.weight}`);
  out.push('');
  return out.join('\n');
}
