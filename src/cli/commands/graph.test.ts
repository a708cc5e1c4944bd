import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../../testing/repo-root.js';

function rapport(args: string[]) {
  return spawnSync(process.execPath, ['bin/rapport.js', ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
}

// A header, a quoted name with a comma and quotes, a duplicate row, an empty weight, a self-loop.
const EDGES =
  'src,dst,weight\n' +
  '"ann, ""a""",bob,1\n' +
  'bob,"ann, ""a""",\n' +
  '"ann, ""a""",bob,2\n' +
  'bob,cy,1\n' +
  'cy,cy,1\n' +
  'dé,cy,1\n';

describe('rapport graph', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-graph-'));
  const edges = join(dir, 'edges.csv');
  writeFileSync(edges, EDGES);

  it('rapport graph pagerank --edges F writes node,value in first-seen order, summing to 1', () => {
    const run = rapport(['graph', 'pagerank', '--edges', edges]);
    assert.equal(run.status, 0, run.stderr);
    const lines = run.stdout.trim().split('\n');
    assert.equal(lines[0], 'node,value');
    assert.deepEqual(
      lines.slice(1).map((l) => l.slice(0, l.lastIndexOf(','))),
      ['"ann, ""a"""', 'bob', 'cy', 'dé'],
    );
    const values = lines.slice(1).map((l) => Number(l.slice(l.lastIndexOf(',') + 1)));
    assert.ok(Math.abs(values.reduce((a, b) => a + b) - 1) < 1e-12);
    // dé has no in-edges: (1 − d) / n + d · 0 dangling mass (no dangling node) = 0.0375
    assert.ok(Math.abs(values[3] - 0.15 / 4) < 1e-9);
    for (const v of lines.slice(1)) {
      const text = v.slice(v.lastIndexOf(',') + 1);
      assert.equal(String(Number(text)), text, 'shortest round-trip double');
    }
  });

  it('rapport graph communities --edges F --out O --json prints one summary line', () => {
    const out = join(dir, 'communities.csv');
    const run = rapport(['graph', 'communities', '--edges', edges, '--out', out, '--json']);
    assert.equal(run.status, 0, run.stderr);
    const lines = run.stdout.split('\n').filter(Boolean);
    assert.equal(lines.length, 1);
    const summary = JSON.parse(lines[0]);
    assert.deepEqual(Object.keys(summary), [
      'nodes',
      'edges',
      'iterations',
      'converged',
      'modularity',
      'load_s',
      'compute_s',
    ]);
    assert.equal(summary.nodes, 4);
    assert.equal(summary.edges, 6);
    assert.equal(typeof summary.modularity, 'number');
    const csv = readFileSync(out, 'utf8').trim().split('\n');
    assert.equal(csv[0], 'node,value');
    assert.equal(csv.length, 5);
    const ids = csv.slice(1).map((l) => Number(l.slice(l.lastIndexOf(',') + 1)));
    assert.ok(ids.includes(0));
  });

  it('rapport graph pagerank --json without --out is a usage error (exit 2)', () => {
    const run = rapport(['graph', 'pagerank', '--edges', edges, '--json']);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /--out/);
  });

  it('rapport graph pagerank on a bad weight names the line and exits 1', () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'a,b,1\nb,c,heavy\n');
    const run = rapport(['graph', 'pagerank', '--edges', bad]);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /line 2: bad weight "heavy"/);
    assert.equal(run.stdout, '');
  });

  it('a missing file, a folder as the edges, an output in a missing folder: one line each, exit 1', () => {
    const missing = join(dir, 'none.csv');
    const out = join(dir, 'no-folder', 'ranks.csv');
    for (const [args, line] of [
      [['--edges', missing], `rapport: ${missing}: no such file or folder\n`],
      [['--edges', dir], `rapport: ${dir}: it is a folder\n`],
      [['--edges', edges, '--out', out], `rapport: ${out}: no such file or folder\n`],
    ] as const) {
      const run = rapport(['graph', 'pagerank', ...args]);
      assert.equal(run.status, 1);
      assert.equal(run.stderr, line);
      assert.equal(run.stdout, '');
    }
  });

  it('cleans up', () => rmSync(dir, { recursive: true, force: true }));
});
