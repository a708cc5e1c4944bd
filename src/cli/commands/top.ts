import type { Command } from 'commander';
import { TOPIC_SLUGS } from '../../engine/text/lexicon.js';
import type { TopBy } from '../../store/index.js';
import { UsageError } from '../errors.js';
import { action } from '../program.js';
import { addWindowOptions, parseWindow, platformOf, type WindowOptions } from './analyze.js';

const TOP_BY: readonly TopBy[] = ['connection', 'reach', 'dialogue_partners'];

/** `rapport top --by connection|reach|dialogue_partners --limit N [--topic SLUG]`. */
export function registerTop(program: Command): void {
  addWindowOptions(
    program
      .command('top')
      .summary('the leading accounts by connection, reach or dialogue partners')
      .description(
        'Lists the top accounts of each platform; reach is always shown beside connection.\n' +
          'With --topic, only accounts whose top advocacy topics include it (from the text\n' +
          'classifiers; new posts are classified first).',
      ),
  )
    .option('--by <ranking>', 'connection | reach | dialogue_partners', 'connection')
    .option('--limit <n>', 'accounts per platform', '10')
    .option('--platform <platform>', 'only this platform')
    .option(
      '--topic <slug>',
      `only accounts with this among their top topics: ${TOPIC_SLUGS.join(' ')}`,
    )
    .action(
      action(
        async (
          out,
          options: WindowOptions & { by: string; limit: string; platform?: string; topic?: string },
        ) => {
          if (!TOP_BY.includes(options.by as TopBy))
            throw new UsageError(`invalid --by: ${options.by} (expected ${TOP_BY.join(', ')})`);
          const limit = Number(options.limit);
          if (!Number.isInteger(limit) || limit < 1)
            throw new UsageError(`invalid --limit: ${options.limit}`);
          const topic = options.topic;
          if (topic !== undefined && !(TOPIC_SLUGS as readonly string[]).includes(topic))
            throw new UsageError(
              `invalid --topic: ${topic} (expected one of ${TOPIC_SLUGS.join(', ')})`,
            );
          const window = parseWindow(options);
          const platform =
            options.platform === undefined ? undefined : platformOf(options.platform);
          const { Database } = await import('../../store/index.js');
          const { readTopAccounts } = await import('../../report/top.js');
          const db = await Database.open(out.options.store, { memoryLimit: out.options.memory });
          try {
            // a topic is known only from the classified texts: bring them and the analysis up to date
            const { classifiedTextOptions } = await import('../text-options.js');
            const text = topic ? await classifiedTextOptions(out, db, window, 'top') : {};
            const entries = await readTopAccounts(db, {
              text,
              by: options.by as TopBy,
              limit,
              window,
              ...(platform ? { platform } : {}),
              ...(topic ? { topic } : {}),
            });
            if (out.options.json) {
              out.json({ by: options.by, ...(topic ? { topic } : {}), accounts: entries });
              return;
            }
            if (entries.length === 0) {
              const which = [
                platform && `on ${platform}`,
                topic && `with the topic ${topic}`,
                (window.since || window.until) && 'in this window',
              ].filter(Boolean);
              out.print(
                which.length
                  ? `No accounts to list ${which.join(' ')}: the store holds none that match.`
                  : 'No accounts to list: the store holds no data yet (run `rapport import` first).',
              );
              return;
            }
            let current = '';
            for (const e of entries) {
              if (e.platform !== current) {
                current = e.platform;
                out.print(
                  `${current} — top ${limit} by ${options.by}${topic ? ` on ${topic}` : ''}\n  conn.rank  reach.rank  partners  connection  reach  quadrant       handle`,
                );
              }
              const f = (x: number | null, d = 0) => (x === null ? '—' : x.toFixed(d));
              out.print(
                `  ${f(e.connection_rank, 1).padStart(9)}  ${f(e.reach_rank, 1).padStart(10)}  ${f(e.dialogue_partners).padStart(8)}  ${f(e.connection_score, 1).padStart(10)}  ${f(e.reach_score, 1).padStart(5)}  ${(e.quadrant ?? '—').padEnd(13)}  ${JSON.stringify(e.handle).slice(1, -1)}`,
              );
            }
          } finally {
            db.close();
          }
        },
      ),
    );
}
