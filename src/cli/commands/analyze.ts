import type { Command } from 'commander';
import { ensurePlatform } from '../../model/index.js';
import { UsageError } from '../errors.js';
import { action } from '../program.js';

export interface WindowOptions {
  readonly since?: string;
  readonly until?: string;
}

/** Parses `--since/--until` (an ISO date or date-time; without a zone, UTC) into `[since, until)`. */
export function parseWindow(options: WindowOptions): { since: Date | null; until: Date | null } {
  const parse = (name: string, text: string | undefined): Date | null => {
    if (text === undefined) return null;
    const withZone =
      /(?:Z|[+-]\d\d:?\d\d)$/i.test(text) || /^\d{4}-\d\d-\d\d$/.test(text) ? text : `${text}Z`;
    const date = new Date(withZone);
    if (!/^\d{4}-\d\d-\d\d/.test(text) || Number.isNaN(date.getTime()))
      throw new UsageError(`invalid --${name}: ${text} (expected a date like 2024-01-31)`);
    return date;
  };
  const since = parse('since', options.since);
  const until = parse('until', options.until);
  if (since && until && since >= until) throw new UsageError('--since must be before --until');
  return { since, until };
}

export function addWindowOptions(command: Command): Command {
  return command
    .option('--since <date>', 'window start, inclusive (UTC)')
    .option('--until <date>', 'window end, exclusive (UTC)');
}

/** `rapport analyze`: compute and store every metric per platform (SPEC §3, §9). */
export function registerAnalyze(program: Command): void {
  addWindowOptions(
    program
      .command('analyze')
      .summary('compute connection and reach metrics for every account')
      .description(
        'Computes every connection and reach metric per account and platform for a window and\n' +
          'stores them. Platforms whose imports have not changed since their last analysis keep\n' +
          'their results (use --force to recompute).',
      ),
  )
    .option('--platform <platform>', 'only this platform')
    .option('--force', 'recompute even when nothing was imported since', false)
    .option(
      '--no-text',
      'skip the text classifiers (advocacy_focus and self_promotion_rate stay empty)',
    )
    .action(
      action(
        async (
          out,
          options: WindowOptions & { platform?: string; force: boolean; text: boolean },
        ) => {
          const window = parseWindow(options);
          const platform =
            options.platform === undefined ? undefined : platformOf(options.platform);
          // Loaded on use, so that light verbs (classify, graph) never load DuckDB.
          const { Database } = await import('../../store/index.js');
          const { analyze } = await import('../../report/analyze.js');
          const db = await Database.open(out.options.store, { memoryLimit: out.options.memory });
          try {
            const started = performance.now();
            if (options.text)
              out.note('analyze: classifying new posts for topics and self-promotion…');
            const { classifiedTextOptions } = await import('../text-options.js');
            const text = options.text
              ? await classifiedTextOptions(out, db, window, 'analyze')
              : {};
            const summary = await analyze(db, {
              ...text,
              ...window,
              ...(platform ? { platform } : {}),
              force: options.force,
              onStep: (p, step) => {
                const s = ((performance.now() - started) / 1000).toFixed(1);
                out.note(
                  step === 'unchanged'
                    ? `analyze ${p}: unchanged since the last analysis`
                    : `analyze ${p}: ${step}… (${s} s)`,
                );
              },
            });
            if (out.options.json) {
              out.json(summary);
              return;
            }
            const names = Object.keys(summary.platforms);
            if (names.length === 0) out.print('Nothing to analyze: the store holds no data.');
            for (const name of names) {
              const c = summary.platforms[name]!;
              const rho = summary.spearman_reach_connection[name];
              out.print(
                `${name}: ${c.accounts} accounts (${c.active_accounts} active), ${c.replies} replies on ${c.reply_edges} reply edges, ` +
                  `${c.dialogues} dialogues, ${c.communities} communities (modularity ${c.modularity?.toFixed(3) ?? '—'})` +
                  `\n  Spearman reach vs connection: ${rho === null || rho === undefined ? '—' : rho.toFixed(3)}` +
                  (c.recomputed ? '' : ' (unchanged)'),
              );
            }
            if (names.length > 0)
              out.print(
                `covered import runs ${summary.runs_covered.join(', ') || '—'} in ${summary.elapsed_s} s`,
              );
          } finally {
            db.close();
          }
        },
      ),
    );
}

export function platformOf(text: string): string {
  try {
    return ensurePlatform(text);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
