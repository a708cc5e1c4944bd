import type { Command } from 'commander';
import { action } from '../program.js';
import { sortKeys } from '../sort-keys.js';

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .summary('build a store from a synthetic demo community and show what is in it')
    .description(
      'Generates a seeded, clearly synthetic peer-support community (a WordPress blog, a\n' +
        'subreddit, and follows and likes on Bluesky: a few connectors who reply to everything,\n' +
        'broadcasters who never answer, and many members who never engage), writes it as a real\n' +
        'WXR export, a Reddit dump file and Jetstream events, and imports them into the store.\n' +
        'No real person appears in it.',
    )
    .option('--seed <n>', 'seed of the generator', '20250101')
    .action(
      action(async (out, options: { seed: string }) => {
        const seed = Number(options.seed);
        const { runDemo } = await import('../../demo/run-demo.js');
        const result = await runDemo(out.options.store, { seed, memoryLimit: out.options.memory });
        if (out.options.json) {
          out.json({
            synthetic: true,
            store: out.options.store,
            imports: result.imports,
            stats: sortKeys(result.stats),
          });
          return;
        }
        const members = result.community.members;
        const count = (role: string) => members.filter((m) => m.role === role).length;
        const lines = [
          `Rapport demo — SYNTHETIC data (seed ${seed}), stored in ${out.options.store}`,
          '',
          `A made-up community of ${members.length} members: ${count('connector')} connectors who reply to nearly`,
          `everyone, ${count('broadcaster')} broadcasters who post a lot and never answer, ${count('regular')} regulars, and`,
          `${count('lurker')} members who mostly never engage.`,
          '',
        ];
        for (const r of result.imports) {
          lines.push(
            `Imported ${r.platform} (${r.format}): ${r.records} records, ${r.imported.posts} new posts, ${r.imported.accounts} new accounts, ${r.duplicates} already there`,
          );
        }
        lines.push('');
        for (const [platform, s] of Object.entries(result.stats)) {
          lines.push(
            `${platform.padEnd(10)} ${String(s.accounts).padStart(4)} accounts  ${String(s.root_posts).padStart(4)} posts  ${String(s.comments).padStart(5)} comments (${s.threaded_replies} replies to comments)  ${s.interactions.like} likes  ${s.interactions.follow} follows`,
          );
        }
        const store =
          out.options.store === './rapport.duckdb' ? '' : ` --store ${out.options.store}`;
        lines.push(
          '',
          'Next:',
          `  rapport analyze${store}                 connection and reach metrics for every account`,
          `  rapport top --by connection${store}     who connects; compare --by reach`,
          `  rapport profile wordpress:${result.community.blogOwner.handle}${store}`,
        );
        out.print(lines.join('\n'));
      }),
    );
}
