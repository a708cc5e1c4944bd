import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { jsonOf, rapport, tempDir } from '../../src/testing/cli.js';
import { fixture, fixturesSkip } from '../../src/testing/fixtures.js';
import { oracleSkip, runPython } from '../../src/testing/python-oracle.js';
import { REPO_ROOT } from '../../src/testing/repo-root.js';

const REDDIT = ['reddit', 'gkotsis-2015dump-depression-sample.ndjson'];
const WORDPRESS = ['wordpress', 'wxr-theme-unit-test-data.xml'];

/**
 * Independent check of the Reddit fixture's reply graph: a short Python script reads the NDJSON
 * itself (not the store) and applies SPEC §9: edge = comment author → parent's author (the parent
 * must be a record of the file), [deleted]/[removed] authors and self-replies dropped.
 */
const REDDIT_REPLIES_PY = `
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
author = {r["name"]: r["author"] for r in rows}
known = lambda a: a is not None and a not in ("[deleted]", "[removed]")
pairs = {}
for r in rows:
    p = r.get("parent_id")
    if not p or p not in author: continue
    a, b = r["author"], author[p]
    if not known(a) or not known(b) or a == b: continue
    pairs[(a, b)] = pairs.get((a, b), 0) + 1
print(json.dumps({"replies": sum(pairs.values()), "reply_edges": len(pairs)}))
`;

/**
 * The SPEC §3 metrics recounted from the export file itself by a standard-library Python script
 * (`test/oracles/connection_metrics.py`: its docstring states the rules it applies).
 */
const CONNECTION_METRICS_PY = `import runpy\nrunpy.run_path(${JSON.stringify(
  join(REPO_ROOT, 'test', 'oracles', 'connection_metrics.py'),
)}, run_name='__main__')`;

interface OracleAccount {
  /** Reddit: the username; WXR: ['user', login] | ['uid', id] | ['anon', name, email]. */
  readonly key: string | readonly string[];
  readonly metrics: Record<string, number | null>;
}

/** The stored account an oracle key names (WXR anonymous commenters by their unique name). */
function nativeIdOf(
  kind: 'wxr' | 'reddit',
  key: OracleAccount['key'],
  listed: readonly { native_id: string }[],
): string {
  const suffix =
    kind === 'reddit'
      ? null
      : key[0] === 'user'
        ? `/user/login:${key[1]}`
        : key[0] === 'uid'
          ? `/user/${key[1]}`
          : `/${key[1]}`;
  const found = listed.filter((a) =>
    suffix === null
      ? a.native_id === key
      : a.native_id.endsWith(suffix) && (key[0] !== 'anon' || a.native_id.includes('/anon/')),
  );
  assert.equal(found.length, 1, `one stored account for ${JSON.stringify(key)}`);
  return found[0]!.native_id;
}

/**
 * igraph oracle on our exported GraphML: PRPACK PageRank with the same damping and weights over
 * the same node count (isolated accounts added), and multilevel modularity of the undirected
 * graph (pair weight = both directions summed).
 */
const ORACLE_PY = `
import igraph, json, sys
g = igraph.Graph.Read_GraphML(sys.argv[1])
n_total = int(sys.argv[2])
ours = list(g.vs["connection_pagerank"])
m = g.vcount()
g.add_vertices(n_total - m)
pr = g.pagerank(weights="weight", damping=0.85, directed=True, implementation="prpack")
linf = max(abs(pr[i] - ours[i]) for i in range(m))
u = g.copy(); u.to_undirected(mode="collapse", combine_edges={"weight": "sum"})
best = max(u.community_multilevel(weights="weight").modularity for _ in range(3))
print(json.dumps({"linf": linf, "modularity": best, "edges": g.ecount()}))
`;

function analyzeFixture(parts: string[], platform: string) {
  const { dir, cleanup } = tempDir();
  const store = join(dir, 's.duckdb');
  jsonOf(rapport(['import', platform, fixture(...parts), '--store', store, '--json']));
  const summary = jsonOf(rapport(['analyze', '--store', store, '--json']));
  const graphml = join(dir, 'g.graphml');
  const exported = rapport(['export', '--graph', 'graphml', '--out', graphml, '--store', store]);
  assert.equal(exported.code, 0, exported.stderr);
  return { dir, cleanup, store, summary: summary.platforms[platform], graphml };
}

function python(code: string, ...args: string[]): any {
  return JSON.parse(runPython(`import sys\nsys.argv = [""] + ${JSON.stringify(args)}\n${code}`));
}

describe('analyze on the real-format fixtures', { skip: fixturesSkip() }, () => {
  let reddit: ReturnType<typeof analyzeFixture>;
  let wordpress: ReturnType<typeof analyzeFixture>;
  before(() => {
    reddit = analyzeFixture(REDDIT, 'reddit');
    wordpress = analyzeFixture(WORDPRESS, 'wordpress');
  });
  after(() => {
    reddit?.cleanup();
    wordpress?.cleanup();
  });

  it('reddit fixture: replies and reply edges match a Python count over the NDJSON itself', () => {
    const expected = python(REDDIT_REPLIES_PY, fixture(...REDDIT));
    assert.deepEqual(
      { replies: reddit.summary.replies, reply_edges: reddit.summary.reply_edges },
      expected,
    );
    // 5,000 records, 9 replies whose parent is in the sample, on 9 distinct pairs
    assert.deepEqual(expected, { replies: 9, reply_edges: 9 });
  });

  it(
    'wordpress theme unit test: 24 replies on 19 edges, one 3-turn dialogue (Python recount)',
    {
      skip: oracleSkip(['xml.etree.ElementTree']),
    },
    () => {
      const expected = python(CONNECTION_METRICS_PY, 'wxr', fixture(...WORDPRESS));
      assert.deepEqual(
        {
          replies: wordpress.summary.replies,
          reply_edges: wordpress.summary.reply_edges,
          dialogues: wordpress.summary.dialogues,
          accounts: wordpress.summary.accounts,
        },
        {
          replies: expected.replies,
          reply_edges: expected.reply_edges,
          dialogues: expected.dialogues,
          accounts: expected.accounts.length,
        },
      );
      assert.deepEqual(
        [expected.replies, expected.reply_edges, expected.dialogues, expected.accounts.length],
        [24, 19, 1, 16],
      );
    },
  );

  for (const [name, kind, parts, get] of [
    ['wordpress', 'wxr', WORDPRESS, () => wordpress],
    ['reddit', 'reddit', REDDIT, () => reddit],
  ] as const) {
    it(
      `${name} fixture: every replying account's metrics equal a Python recount over the file itself`,
      {
        skip: oracleSkip(['xml.etree.ElementTree']),
      },
      () => {
        const f = get();
        const expected = python(CONNECTION_METRICS_PY, kind, fixture(...parts));
        const listed = jsonOf(
          rapport(['top', '--limit', '100000', '--store', f.store, '--json', '--quiet']),
        ).accounts as { native_id: string; handle: string }[];
        assert.equal(listed.length, expected.accounts.length);
        // accounts in a reply, and the five with most root posts: every account of the WXR, and
        // all the Reddit sample's 9 replies (3,352 accounts in all, most with one post only)
        const chosen = (expected.accounts as OracleAccount[]).filter(
          (a) => (a.metrics.inbound_replies ?? 0) > 0 || (a.metrics.outbound_replies ?? 0) > 0,
        );
        const byPosts = [...(expected.accounts as OracleAccount[])].sort(
          (a, b) => (b.metrics.posts ?? 0) - (a.metrics.posts ?? 0),
        );
        for (const a of byPosts.slice(0, 5)) if (!chosen.includes(a)) chosen.push(a);
        if (kind === 'wxr') assert.equal(chosen.length, expected.accounts.length);
        for (const account of chosen) {
          const nativeId = nativeIdOf(kind, account.key, listed);
          const profile = jsonOf(
            rapport(['profile', `${name}:x`, '--id', nativeId, '--store', f.store, '--json']),
          );
          for (const [metric, value] of Object.entries(account.metrics)) {
            const ours = profile.metrics[metric];
            if (typeof value === 'number' && typeof ours === 'number')
              assert.ok(
                Math.abs(ours - value) <= 1e-9,
                `${nativeId} ${metric}: ${ours} vs ${value}`,
              );
            else assert.equal(ours, value, `${nativeId} ${metric}`);
          }
        }
      },
    );
  }

  it('top --topic keeps, in ranking order, the accounts whose top topics include it', () => {
    const list = (...extra: string[]) =>
      jsonOf(rapport(['top', '--limit', '1000', ...extra, '--store', wordpress.store, '--json']))
        .accounts as { native_id: string; advocacy_topics: string[] | null }[];
    const all = list();
    const expected = all.filter((a) => a.advocacy_topics?.includes('depression'));
    // the theme unit test posts mention depression under both blog authors, and only there
    assert.deepEqual(
      expected.map((a) => a.native_id),
      [
        'wpthemetestdata.wordpress.com/user/login:themedemos',
        'wpthemetestdata.wordpress.com/user/login:themereviewteam',
      ],
    );
    assert.deepEqual(list('--topic', 'depression'), expected);
    const unknown = rapport(['top', '--topic', 'sadness', '--store', wordpress.store]);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /invalid --topic: sadness/);
  });

  it('topics are there whatever ran first: top --topic on a new store, analyze after a plain top', () => {
    const expected = [
      'wpthemetestdata.wordpress.com/user/login:themedemos',
      'wpthemetestdata.wordpress.com/user/login:themereviewteam',
    ];
    const { dir, cleanup } = tempDir();
    try {
      const topicOf = (store: string) =>
        jsonOf(rapport(['top', '--topic', 'depression', '--store', store, '--json'])).accounts.map(
          (a: { native_id: string }) => a.native_id,
        );
      for (const name of ['first.duckdb', 'second.duckdb'])
        jsonOf(
          rapport([
            'import',
            'wordpress',
            fixture(...WORDPRESS),
            '--store',
            join(dir, name),
            '--json',
          ]),
        );
      // a topic asked of a store never analyzed: the texts are classified on the way
      assert.deepEqual(topicOf(join(dir, 'first.duckdb')), expected);
      // a plain top analyzes without the classifiers; analyze then adds them, not "unchanged"
      const second = join(dir, 'second.duckdb');
      jsonOf(rapport(['top', '--store', second, '--json']));
      const summary = jsonOf(rapport(['analyze', '--store', second, '--json']));
      assert.equal(summary.platforms.wordpress.recomputed, true);
      assert.equal('text_version' in summary.platforms.wordpress, false);
      assert.deepEqual(topicOf(second), expected);
      // and with nothing new, the next analyze keeps them
      const again = jsonOf(rapport(['analyze', '--store', second, '--json']));
      assert.equal(again.platforms.wordpress.recomputed, false);
      // a profile asked of a store never analyzed has its advocacy focus too
      const third = join(dir, 'third.duckdb');
      jsonOf(rapport(['import', 'wordpress', fixture(...WORDPRESS), '--store', third, '--json']));
      const profile = jsonOf(
        rapport(['profile', 'wordpress:x', '--id', expected[0]!, '--store', third, '--json']),
      );
      assert.ok(profile.metrics.advocacy_focus > 0, JSON.stringify(profile.metrics));
      assert.ok(profile.metrics.advocacy_topics.includes('depression'));
    } finally {
      cleanup();
    }
  });

  it('profile wordpress:themedemos is ambiguous (three accounts): lists candidates, exit 2', () => {
    const result = rapport(['profile', 'wordpress:themedemos', '--store', wordpress.store]);
    assert.equal(result.code, 2);
    assert.equal(result.stderr.match(/--id /g)?.length, 3);
    const byId = rapport([
      'profile',
      'wordpress:themedemos',
      '--id',
      'wpthemetestdata.wordpress.com/user/login:themedemos',
      '--store',
      wordpress.store,
      '--json',
    ]);
    assert.equal(jsonOf(byId).native_id, 'wpthemetestdata.wordpress.com/user/login:themedemos');
  });

  for (const [name, get] of [
    ['reddit', () => reddit],
    ['wordpress', () => wordpress],
  ] as const) {
    it(
      `${name} fixture: PageRank within 1e-6 (L∞) of igraph PRPACK; modularity ≥ 0.99 × igraph multilevel`,
      {
        skip: oracleSkip(['igraph']),
      },
      () => {
        const f = get();
        const oracle = python(ORACLE_PY, f.graphml, String(f.summary.accounts));
        assert.equal(oracle.edges, f.summary.reply_edges);
        assert.ok(oracle.linf <= 1e-6, `L∞ ${oracle.linf}`);
        assert.ok(
          (f.summary.modularity ?? 0) >= 0.99 * oracle.modularity - 1e-12,
          `ours ${f.summary.modularity} vs igraph ${oracle.modularity}`,
        );
      },
    );
  }
});
