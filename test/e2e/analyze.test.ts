import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonOf, rapport, tempDir } from '../../src/testing/cli.js';
import { oracleSkip, runPython } from '../../src/testing/python-oracle.js';

/** A comment of the hand-built blog below. */
function comment(
  id: number,
  parent: number,
  author: string,
  email: string,
  userId: number,
  at: string,
) {
  return `<wp:comment><wp:comment_id>${id}</wp:comment_id><wp:comment_author><![CDATA[${author}]]></wp:comment_author>
<wp:comment_author_email>${email}</wp:comment_author_email><wp:comment_date_gmt>${at}</wp:comment_date_gmt>
<wp:comment_date>${at}</wp:comment_date><wp:comment_content><![CDATA[comment ${id}]]></wp:comment_content>
<wp:comment_approved>1</wp:comment_approved><wp:comment_type></wp:comment_type>
<wp:comment_parent>${parent}</wp:comment_parent><wp:comment_user_id>${userId}</wp:comment_user_id></wp:comment>`;
}

/**
 * A blog owned by `owner` (wp:author_id 7) with one post. Its thread, worked out by hand:
 *   c1 alice → post          10:00
 *   c2 owner → c1  (as registered user 7: the owner's account) 12:00
 *   c3 alice → c2            12:30   alice–owner–alice: one 3-turn dialogue
 *   c4 bob   → post          13:00
 *   c5 owner → c4            14:00   bob–owner: two turns, no dialogue
 *   c6 bob   → c5            15:00   bob–owner–bob: a second dialogue for the owner
 * The owner answered every comment on the post (c1, c4): response rate 1.0.
 */
const WXR = `<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
 xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Owner's blog</title><link>https://blog.example</link>
<wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>https://blog.example</wp:base_site_url>
<wp:base_blog_url>https://blog.example</wp:base_blog_url>
<wp:author><wp:author_id>7</wp:author_id><wp:author_login><![CDATA[owner]]></wp:author_login>
<wp:author_email>owner@blog.example</wp:author_email><wp:author_display_name><![CDATA[The Owner]]></wp:author_display_name></wp:author>
<item><title>Talking helps</title><link>https://blog.example/?p=1</link><dc:creator><![CDATA[owner]]></dc:creator>
<content:encoded><![CDATA[Let's talk.]]></content:encoded><wp:post_id>1</wp:post_id>
<wp:post_date>2024-03-01 09:00:00</wp:post_date><wp:post_date_gmt>2024-03-01 09:00:00</wp:post_date_gmt>
<wp:status>publish</wp:status><wp:post_parent>0</wp:post_parent><wp:post_type>post</wp:post_type><wp:post_password></wp:post_password>
${comment(1, 0, 'alice', 'alice@example.org', 0, '2024-03-01 10:00:00')}
${comment(2, 1, 'The Owner', 'owner@blog.example', 7, '2024-03-01 12:00:00')}
${comment(3, 2, 'alice', 'alice@example.org', 0, '2024-03-01 12:30:00')}
${comment(4, 0, 'bob <b> & "co"', 'bob@example.org', 0, '2024-03-01 13:00:00')}
${comment(5, 4, 'The Owner', 'owner@blog.example', 7, '2024-03-01 14:00:00')}
${comment(6, 5, 'bob <b> & "co"', 'bob@example.org', 0, '2024-03-01 15:00:00')}
</item></channel></rss>
`;

describe('rapport analyze / profile / top / export (end to end)', () => {
  let dir: string;
  let cleanup: () => void;
  let store: string;

  before(() => {
    ({ dir, cleanup } = tempDir());
    store = join(dir, 's.duckdb');
    writeFileSync(join(dir, 'blog.xml'), WXR);
    const imported = jsonOf(
      rapport(['import', 'wordpress', join(dir, 'blog.xml'), '--store', store, '--json']),
    );
    assert.equal(imported.imported.posts, 7);
  });
  after(() => cleanup());

  it('analyze --json prints the SPEC §9 summary and covers the import run', () => {
    const summary = jsonOf(rapport(['analyze', '--store', store, '--json']));
    assert.deepEqual(Object.keys(summary), [
      'platforms',
      'spearman_reach_connection',
      'runs_covered',
      'elapsed_s',
    ]);
    assert.deepEqual(summary.runs_covered, [1]);
    const wp = summary.platforms.wordpress;
    assert.equal(wp.accounts, 3);
    // replies: c1,c3 alice→owner; c2,c5 owner→alice/bob; c4,c6 bob→owner: 6 replies on 4 pairs
    assert.equal(wp.replies, 6);
    assert.equal(wp.reply_edges, 4);
    assert.equal(wp.dialogues, 2);
    assert.equal(wp.recomputed, true);
  });

  it("profile counts the blog owner's registered-user comments as the owner's", () => {
    const p = jsonOf(rapport(['profile', 'wordpress:OWNER', '--store', store, '--json']));
    assert.deepEqual(Object.keys(p), [
      'platform',
      'handle',
      'native_id',
      'window',
      'metrics',
      'scores',
      'quadrant',
    ]);
    assert.equal(p.handle, 'owner');
    assert.deepEqual(p.window, { since: null, until: null });
    const m = p.metrics;
    assert.equal(m.posts, 1);
    assert.equal(m.response_rate, 1); // answered c1 and c4
    assert.equal(m.median_response_hours, 1.5); // 2 h and 1 h
    assert.equal(m.inbound_replies, 4); // c1, c3, c4, c6
    assert.equal(m.outbound_replies, 2);
    assert.equal(m.outbound_reach, 2);
    assert.equal(m.engaged_audience, 2);
    assert.equal(m.reciprocity, 1);
    assert.equal(m.dialogues, 2);
    assert.equal(m.dialogue_partners, 2);
    assert.equal(m.connection_rank, 1);
    assert.equal(m.followers, null);
    assert.equal(m.engaged_follower_rate, null); // no follower count: unknown denominator
    // filled by the text classifiers: the owner's texts ("Let's talk.", "comment N") name no
    // advocacy topic and promote nothing
    assert.equal(m.advocacy_focus, 0);
    assert.equal(m.self_promotion_rate, 0);
    for (const key of ['follow_ratio', 'community', 'reach_rank', 'workload'])
      assert.ok(key in m, key);
    assert.equal(typeof p.scores.connection_score.value, 'number');
    assert.deepEqual(Object.keys(p.scores.connection_score.parts), [
      'response_rate',
      'dialogue_partners',
      'reciprocity',
      'outbound_reach',
    ]);
    assert.deepEqual(Object.keys(p.scores.reach_score.parts), ['followers', 'engaged_audience']);
  });

  it('profile of alice: 2 replies, one dialogue, no root post so no response rate', () => {
    const p = jsonOf(rapport(['profile', 'wordpress:@alice', '--store', store, '--json']));
    assert.equal(p.metrics.dialogues, 1);
    assert.equal(p.metrics.outbound_replies, 2);
    assert.equal(p.metrics.response_rate, null);
    assert.equal(p.metrics.posts, 0);
  });

  it('profile --since/--until restricts to the window [since, until)', () => {
    // only c4..c6 (13:00–15:00) are in the window: bob–owner–bob is the one dialogue
    const p = jsonOf(
      rapport([
        'profile',
        'wordpress:owner',
        '--since',
        '2024-03-01T13:00',
        '--until',
        '2024-03-01T16:00',
        '--store',
        store,
        '--json',
      ]),
    );
    assert.equal(p.window.since, '2024-03-01T13:00:00.000Z');
    assert.equal(p.metrics.dialogues, 1);
    assert.equal(p.metrics.inbound_replies, 2);
    assert.equal(p.metrics.posts, 0);
  });

  it('profile of an unknown handle exits 1, of an empty one 2; a missing store says no store at PATH, exit 1', () => {
    assert.equal(rapport(['profile', 'wordpress:nobody', '--store', store]).code, 1);
    // a handle that is only its optional prefix names nobody: a usage error, as no handle is
    for (const empty of ['wordpress:', 'wordpress:@', 'wordpress:u/', 'wordpress:U/ ']) {
      const result = rapport(['profile', empty, '--store', store]);
      assert.equal(result.code, 2, empty);
      assert.match(result.stderr, /^rapport: expected <platform>:<handle> or --id, got /, empty);
    }
    const missing = rapport(['profile', 'wordpress:owner', '--store', join(dir, 'none.duckdb')]);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /no store at .*none\.duckdb/);
    assert.equal(rapport(['analyze', '--store', join(dir, 'none.duckdb')]).code, 1);
  });

  it('top --by connection lists the owner first, with reach beside it', () => {
    const top = jsonOf(
      rapport(['top', '--by', 'connection', '--limit', '2', '--store', store, '--json']),
    );
    assert.equal(top.accounts.length, 2);
    assert.equal(top.accounts[0].handle, 'owner');
    assert.ok('reach_rank' in top.accounts[0]);
    assert.equal(rapport(['top', '--by', 'followers', '--store', store]).code, 2);
  });

  it('top with nothing to list says so; analyze of a store with no data says only that', () => {
    const none = rapport(['top', '--platform', 'reddit', '--store', store]);
    assert.equal(none.code, 0);
    assert.equal(none.stdout, 'No accounts to list on reddit: the store holds none that match.\n');
    // a store whose one import run kept nothing: the blog exported with no posts
    const empty = join(dir, 'empty.duckdb');
    const emptyBlog = WXR.replace(/<item>[\s\S]*<\/item>/, '');
    writeFileSync(join(dir, 'empty.xml'), emptyBlog);
    const imported = jsonOf(
      rapport(['import', 'wordpress', join(dir, 'empty.xml'), '--store', empty, '--json']),
    );
    assert.equal(imported.records, 0);
    const analyzed = rapport(['analyze', '--store', empty, '--quiet']);
    assert.equal(analyzed.code, 0);
    assert.equal(analyzed.stdout, 'Nothing to analyze: the store holds no data.\n');
    assert.equal(
      rapport(['top', '--store', empty]).stdout,
      'No accounts to list: the store holds no data yet (run `rapport import` first).\n',
    );
  });

  it(
    'export --graph graphml escapes handles and igraph reads it with weights',
    { skip: oracleSkip(['igraph']) },
    () => {
      const out = join(dir, 'g.graphml');
      assert.equal(
        rapport(['export', '--graph', 'graphml', '--out', out, '--store', store]).code,
        0,
      );
      const read = JSON.parse(
        runPython(
          `import igraph, json, sys\ng = igraph.Graph.Read_GraphML(sys.argv[1] if len(sys.argv) > 1 else ${JSON.stringify(out)})\n` +
            `print(json.dumps({"n": g.vcount(), "m": g.ecount(), "w": sorted(g.es["weight"]), "handles": sorted(g.vs["handle"])}))`,
        ),
      );
      assert.deepEqual(read, {
        n: 3,
        m: 4,
        w: [1, 1, 2, 2],
        handles: ['alice', 'bob <b> & "co"', 'owner'],
      });
    },
  );

  it(
    'export --graph gexf is read by networkx; csv quotes and has a header',
    { skip: oracleSkip(['networkx']) },
    () => {
      const out = join(dir, 'g.gexf');
      assert.equal(rapport(['export', '--graph', 'gexf', '--out', out, '--store', store]).code, 0);
      const n = runPython(
        `import networkx as nx\ng = nx.read_gexf(${JSON.stringify(out)})\nprint(g.number_of_nodes(), g.number_of_edges())`,
      );
      assert.equal(n.trim(), '3 4');
      const csv = rapport(['export', '--graph', 'csv', '--store', store]);
      assert.equal(csv.stdout.split('\n')[0], 'src,dst,weight');
      assert.equal(csv.stdout.trim().split('\n').length, 5);
    },
  );

  it('analyze after a new import recomputes only the platform whose runs changed', () => {
    const reddit = join(dir, 'r.ndjson');
    writeFileSync(
      reddit,
      [
        {
          id: 'p1',
          name: 't3_p1',
          author: 'amy',
          subreddit: 'x',
          created_utc: 1700000000,
          title: 't',
          selftext: 's',
        },
        {
          id: 'c1',
          name: 't1_c1',
          author: 'ben',
          subreddit: 'x',
          created_utc: 1700000100,
          body: 'b',
          link_id: 't3_p1',
          parent_id: 't3_p1',
        },
        {
          id: 'c2',
          name: 't1_c2',
          author: 'amy',
          subreddit: 'x',
          created_utc: 1700000200,
          body: 'b',
          link_id: 't3_p1',
          parent_id: 't1_c1',
        },
      ]
        .map((r) => JSON.stringify(r))
        .join('\n') + '\n',
    );
    jsonOf(rapport(['import', 'reddit', reddit, '--store', store, '--json']));
    const summary = jsonOf(rapport(['analyze', '--store', store, '--json']));
    assert.equal(summary.platforms.wordpress.recomputed, false);
    assert.equal(summary.platforms.reddit.recomputed, true);
    assert.deepEqual(summary.runs_covered, [1, 2]);
    assert.equal(summary.platforms.reddit.replies, 2);
    const again = jsonOf(rapport(['analyze', '--store', store, '--json']));
    assert.equal(again.platforms.reddit.recomputed, false);
    const amy = jsonOf(rapport(['profile', 'reddit:u/AMY', '--store', store, '--json']));
    assert.equal(amy.metrics.response_rate, 1);
  });
});
