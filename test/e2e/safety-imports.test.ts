import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT } from '../../src/testing/repo-root.js';

// SPEC §4: crisis signals are never used for ranking and never shown publicly. Statically: only
// the owner's safety inbox may import the crisis query module, and no public-facing module
// (metrics, profile/analyze/top/export, server, web) may reach it through any import chain.

const CRISIS_MODULE = 'src/store/queries/crisis-signals.ts';

/** Who may import the crisis query module directly. */
function mayImportCrisis(file: string): boolean {
  return (
    file.startsWith('src/report/safety/') ||
    file === 'src/cli/commands/safety.ts' ||
    /^src\/store\/queries\/crisis-[a-z-]+\.ts$/.test(file)
  );
}

/** Public-facing modules: nothing they import, however indirectly, may be the crisis module. */
function isPublicFacing(file: string): boolean {
  return (
    file.startsWith('src/engine/') ||
    (file.startsWith('src/report/') && !file.startsWith('src/report/safety/')) ||
    file.startsWith('src/server/') ||
    file.startsWith('web/') ||
    /^src\/cli\/commands\/(analyze|profile|top|export|report|campaign|serve|directory)\.ts$/.test(
      file,
    )
  );
}

/** Files that may name the private tables in SQL: the store's own modules listed here. */
const MAY_NAME_CRISIS_TABLES = new Set([
  'src/store/migrations.ts',
  'src/store/write-text-results.ts',
  'src/store/erase.ts',
  CRISIS_MODULE,
]);

function sourceFiles(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'node_modules') sourceFiles(path, out);
    } else if (/\.(ts|tsx|js|mjs)$/.test(name) && !/\.test\.|\.d\.ts$/.test(name)) out.push(path);
  }
  return out;
}

const rel = (path: string) => relative(REPO_ROOT, path).split(sep).join('/');

// `import … from '…'`, `export … from '…'` and `import('…')`; `import type` / `export type`
// are erased at compile time and load nothing.
const IMPORT =
  /(?:^|[;\n])\s*(import|export)\s+(type\s+)?[^'";]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|(?:^|[;\n])\s*import\s+['"]([^'"]+)['"]/g;

/** The repository files a source file loads at run time. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(REPO_ROOT, file), 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(IMPORT)) {
    if (m[2]) continue;
    const spec = m[3] ?? m[4] ?? m[5];
    if (!spec || !spec.startsWith('.')) continue;
    const target = resolve(dirname(join(REPO_ROOT, file)), spec);
    const candidates = [target.replace(/\.js$/, '.ts'), target.replace(/\.js$/, '.tsx'), target];
    const found = candidates.find((c) => existsSync(c) && statSync(c).isFile());
    if (found) out.push(rel(found));
  }
  return out;
}

describe('crisis results stay private (static)', () => {
  const files = [...sourceFiles(join(REPO_ROOT, 'src')), ...sourceFiles(join(REPO_ROOT, 'web'))]
    .map(rel)
    .filter((f) => !f.startsWith('src/testing/'));
  const graph = new Map(files.map((f) => [f, importsOf(f)]));

  it('the scan sees the safety inbox importing the crisis module (the scanner works)', () => {
    assert.ok(existsSync(join(REPO_ROOT, CRISIS_MODULE)));
    const importers = files.filter((f) => graph.get(f)!.includes(CRISIS_MODULE));
    assert.ok(importers.includes('src/report/safety/inbox.ts'), importers.join(', '));
  });

  it('only src/report/safety/**, cli/commands/safety.ts and the store crisis queries import it', () => {
    const offenders = files.filter(
      (f) => graph.get(f)!.includes(CRISIS_MODULE) && !mayImportCrisis(f),
    );
    assert.deepEqual(offenders, []);
  });

  it('no public-facing module reaches it through any chain of imports', () => {
    const offenders: string[] = [];
    for (const start of files.filter(isPublicFacing)) {
      const seen = new Set<string>([start]);
      const parent = new Map<string, string>();
      const queue = [start];
      while (queue.length > 0) {
        const file = queue.shift()!;
        for (const next of graph.get(file) ?? importsOf(file)) {
          if (seen.has(next)) continue;
          seen.add(next);
          parent.set(next, file);
          queue.push(next);
        }
      }
      if (seen.has(CRISIS_MODULE)) {
        const chain = [CRISIS_MODULE];
        while (parent.has(chain[0]!)) chain.unshift(parent.get(chain[0]!)!);
        offenders.push(chain.join(' → '));
      }
    }
    assert.ok(files.filter(isPublicFacing).length > 10, 'public-facing modules were scanned');
    assert.deepEqual(offenders, []);
  });

  it('the store index does not re-export it', () => {
    assert.ok(!graph.get('src/store/index.ts')!.includes(CRISIS_MODULE));
  });

  it('no module outside the store names the private tables', () => {
    const offenders = files.filter((f) => {
      if (MAY_NAME_CRISIS_TABLES.has(f)) return false;
      return /\bcrisis_(signals|handled)\b/.test(readFileSync(join(REPO_ROOT, f), 'utf8'));
    });
    assert.deepEqual(offenders, []);
  });
});
