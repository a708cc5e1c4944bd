import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../src/testing/repo-root.js';
import type { Bench, BenchRow } from './types.js';
import { benches } from './all.js';

/**
 * `npm run bench [-- name …]`: runs the named benches (default: all) in one process run, prints
 * each row with its ratio, and writes `bench/results.json` in the row format of SPEC §9.
 */
async function main(argv: readonly string[]): Promise<void> {
  const wanted = argv.filter((arg) => !arg.startsWith('-'));
  const selected: readonly Bench[] = wanted.length
    ? wanted.map((name) => {
        const bench = benches.find((b) => b.name === name);
        if (!bench)
          throw new Error(
            `unknown bench: ${name} (have: ${benches.map((b) => b.name).join(', ')})`,
          );
        return bench;
      })
    : benches;
  const rows: BenchRow[] = [];
  for (const bench of selected) {
    console.log(`\n# ${bench.name}: ${bench.description}`);
    for (const row of await bench.run((line) => console.log(`  ${line}`))) {
      rows.push(row);
      console.log(
        `  ${row.name} vs ${row.anchor}: rapport ${row.rapport_s.toFixed(3)} s, anchor ${row.anchor_s?.toFixed(3) ?? '—'} s, ratio ${row.ratio?.toFixed(2) ?? '—'}` +
          (row.peak_rss_mb !== null ? `, peak RSS ${row.peak_rss_mb.toFixed(0)} MB` : ''),
      );
    }
  }
  // Rows of benches not run this time are kept, so running a subset updates only its rows.
  const file = join(REPO_ROOT, 'bench', 'results.json');
  const ran = new Set(selected.map((b) => b.name));
  const kept = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as BenchRow[]).filter(
        (row) =>
          !ran.has(row.name.replace(/-vs-.*$/, '')) && !rows.some((r) => r.name === row.name),
      )
    : [];
  writeFileSync(file, JSON.stringify([...kept, ...rows], null, 2) + '\n');
  console.log(
    `\nwrote ${rows.length} rows to bench/results.json (${kept.length} kept from earlier runs)`,
  );
}

await main(process.argv.slice(2));
