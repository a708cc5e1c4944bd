import type { Command } from 'commander';
import { action } from '../program.js';
import { sortKeys } from '../sort-keys.js';

export function registerStats(program: Command): void {
  program
    .command('stats')
    .summary('count what the store holds, per platform')
    .description(
      'Per platform: accounts, root posts, comments, threaded replies (comments replying to a\n' +
        'comment), interactions by kind, and quarantined records.',
    )
    .action(
      action(async (out) => {
        const { Database, readStats } = await import('../../store/index.js');
        const db = await Database.open(out.options.store, { memoryLimit: out.options.memory });
        try {
          const stats = await readStats(db);
          if (out.options.json) {
            out.json(sortKeys(stats));
            return;
          }
          const platforms = Object.entries(stats);
          if (platforms.length === 0) {
            out.print(`The store ${out.options.store} is empty: import something first.`);
            return;
          }
          for (const [platform, s] of platforms) {
            const kinds = Object.entries(s.interactions)
              .map(([kind, n]) => `${kind} ${n}`)
              .join(', ');
            out.print(
              `${platform}\n  accounts ${s.accounts}, root posts ${s.root_posts}, comments ${s.comments} (threaded ${s.threaded_replies})\n  interactions: ${kinds}\n  quarantined ${s.quarantined}`,
            );
          }
        } finally {
          db.close();
        }
      }),
    );
}
