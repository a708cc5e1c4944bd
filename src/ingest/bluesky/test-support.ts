import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { ImportUnit } from '../../model/index.js';
import { REPO_ROOT } from '../../testing/repo-root.js';
import type { ImportContext } from '../importer.js';
import { DEFAULT_LIMITS } from '../limits.js';

/** Runs the built CLI (`node bin/rapport.js …`) and returns its exit status and output. */
export function rapport(args: readonly string[]): {
  status: number;
  stdout: string;
  stderr: string;
} {
  const result = spawnSync(process.execPath, [join(REPO_ROOT, 'bin', 'rapport.js'), ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** The one JSON line a `--json` command prints. */
export function json(result: { stdout: string; stderr: string }): Record<string, unknown> {
  try {
    return JSON.parse(result.stdout.trim()) as Record<string, unknown>;
  } catch {
    throw new Error(`expected one JSON line, got ${JSON.stringify(result)}`);
  }
}

export function testContext(): ImportContext {
  return { limits: DEFAULT_LIMITS, salt: 'test', observedAtMs: 0 };
}

export async function collect(units: AsyncIterable<ImportUnit>): Promise<ImportUnit[]> {
  const out: ImportUnit[] = [];
  for await (const unit of units) out.push(unit);
  return out;
}

/** What a run of units holds, by outcome and by model record kind. */
export function tally(units: readonly ImportUnit[]): Record<string, number> {
  const t: Record<string, number> = { records: units.length };
  const add = (key: string) => (t[key] = (t[key] ?? 0) + 1);
  for (const unit of units) {
    if (unit.outcome !== 'record') {
      add(unit.outcome === 'skipped' ? `skipped:${unit.reason}` : 'quarantined');
      continue;
    }
    for (const item of unit.items) {
      if (item.type === 'post') add(item.kind === 'post' ? 'root_posts' : 'comments');
      else if (item.type === 'interaction') add(item.kind);
      else add(item.type);
    }
  }
  return t;
}
