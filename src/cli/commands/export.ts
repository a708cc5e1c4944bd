import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { GraphFormat } from '../../report/export-graph.js';
import { terminalText } from '../../report/terminal-text.js';
import { UsageError } from '../errors.js';
import { action } from '../program.js';
import { platformOf } from './analyze.js';

const GRAPH_FORMATS: readonly GraphFormat[] = ['gexf', 'graphml', 'csv'];

/** `rapport export --graph gexf|graphml|csv [--platform] [--out FILE]`. */
export function registerExport(program: Command): void {
  program
    .command('export')
    .summary('export the reply graph for Gephi or igraph')
    .description(
      'Writes the reply graph (replier → parent author, weight = replies) with node attributes:\n' +
        'GEXF for Gephi, GraphML for igraph/networkx, or a src,dst,weight CSV.',
    )
    .requiredOption('--graph <format>', 'gexf | graphml | csv')
    .option('--platform <platform>', 'only this platform')
    .option('--out <file>', 'write here (default: stdout)')
    .action(
      action(async (out, options: { graph: string; platform?: string; out?: string }) => {
        if (!GRAPH_FORMATS.includes(options.graph as GraphFormat))
          throw new UsageError(
            `invalid --graph: ${options.graph} (expected ${GRAPH_FORMATS.join(', ')})`,
          );
        if (out.options.json && options.out === undefined)
          throw new UsageError('--json needs --out (without --out the graph goes to stdout)');
        const platform = options.platform === undefined ? undefined : platformOf(options.platform);
        const { Database } = await import('../../store/index.js');
        const { exportGraph } = await import('../../report/export-graph.js');
        const db = await Database.open(out.options.store, { memoryLimit: out.options.memory });
        try {
          const text = await exportGraph(db, {
            format: options.graph as GraphFormat,
            ...(platform ? { platform } : {}),
          });
          if (options.out === undefined) {
            // On a terminal the graph is read, and its handles are imported text: shown with
            // the escapes every other command uses. A pipe or a file gets the data as it is.
            process.stdout.write(process.stdout.isTTY ? terminalText(text) : text);
            return;
          }
          writeFileSync(options.out, text);
          if (out.options.json)
            out.json({ format: options.graph, out: options.out, bytes: Buffer.byteLength(text) });
          else out.note(`wrote ${options.out}`);
        } finally {
          db.close();
        }
      }),
    );
}
