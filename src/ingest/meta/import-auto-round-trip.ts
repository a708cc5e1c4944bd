import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { jsonOf, rapport } from '../../testing/cli.js';

/**
 * Every file below `dir` except SOURCES.md, in name order. (Folders are detected and counted
 * in-process by each platform's read test; spawning the CLI per folder level only re-imports.)
 */
export function fixturePaths(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name === 'SOURCES.md') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...fixturePaths(path));
    else out.push(path);
  }
  return out;
}

/**
 * Test helper: `rapport import auto <path> --store <store> --json` for each path, asserting the
 * detected platform and format; returns `stats --json` afterwards. Then imports every path
 * again and asserts that nothing changed: no new or updated record, every record a duplicate,
 * skipped or quarantined as before, and the same stats.
 */
export function importAutoTwice(
  paths: readonly string[],
  store: string,
  expect: { platform: string; format: (path: string) => string },
): unknown {
  const first = new Map<string, { skipped: Record<string, number>; quarantined: number }>();
  for (const path of paths) {
    const summary = jsonOf(rapport(['import', 'auto', path, '--store', store, '--json']));
    assert.equal(summary.platform, expect.platform, path);
    assert.equal(summary.format, expect.format(path), path);
    first.set(path, summary);
  }
  const stats = jsonOf(rapport(['stats', '--store', store, '--json']));
  for (const path of paths) {
    const again = jsonOf(rapport(['import', 'auto', path, '--store', store, '--json']));
    const skipped = Object.values(again.skipped as Record<string, number>).reduce(
      (a, b) => a + b,
      0,
    );
    assert.deepEqual(again.imported, { accounts: 0, posts: 0, interactions: 0 }, path);
    assert.equal(again.updated, 0, path);
    assert.deepEqual(again.skipped, first.get(path)!.skipped, path);
    assert.equal(again.duplicates + skipped + again.quarantined, again.records, path);
  }
  assert.deepEqual(jsonOf(rapport(['stats', '--store', store, '--json'])), stats);
  return stats;
}
