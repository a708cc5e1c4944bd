import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fixture, fixturesSkip } from '../../testing/fixtures.js';
import { runPython } from '../../testing/python-oracle.js';
import { REPO_ROOT } from '../../testing/repo-root.js';
import { json, rapport } from './test-support.js';

const skip = fixturesSkip();
const tmp = mkdtempSync(join(tmpdir(), 'rapport-bluesky-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

const zeroInteractions = { follow: 0, like: 0, mention: 0, quote: 0, reply: 0, repost: 0 };

/** Python over the JSON fixtures: the posts' counts as the records state them. */
const POST_COUNTS_PY = `
import json, sys
posts = json.load(sys.stdin)
out = {"posts": len(posts), "comments": 0, "threaded": 0, "mention": 0, "quote": 0}
for p in posts:
    r = p.get("reply")
    if r:
        out["comments"] += 1
        out["threaded"] += r["parent"]["uri"] != r["root"]["uri"]
    out["mention"] += len({f["did"] for x in p.get("facets", []) for f in x["features"]
                           if f.get("$type") == "app.bsky.richtext.facet#mention"})
    e = p.get("embed") or {}
    ref = e.get("record") if e.get("$type") == "app.bsky.embed.record" else \\
        (e.get("record") or {}).get("record") if e.get("$type") == "app.bsky.embed.recordWithMedia" else None
    out["quote"] += bool(ref and "/app.bsky.feed.post/" in ref["uri"])
print(json.dumps(out, sort_keys=True))
`;

function oraclePosts(file: string, select: string): Record<string, number> {
  const code = `import json; d = json.load(open(${JSON.stringify(file)})); print(json.dumps(${select}))`;
  return JSON.parse(runPython(POST_COUNTS_PY, runPython(code))) as Record<string, number>;
}

interface Case {
  readonly file: string;
  readonly format: string;
  /** The `rapport import --json` summary of a first import into an empty store. */
  readonly summary: Record<string, unknown>;
  /** `rapport stats --json` afterwards, for bluesky. */
  readonly stats: Record<string, unknown>;
  /** Counts computed without Rapport; each must equal what the store holds. */
  readonly verify: () => void;
}

/**
 * Every importable file in `fixtures/bluesky/`, with its counts verified independently:
 * - the CAR with `python3 src/ingest/bluesky/verify-car.py FILE.car`, a second decoding path
 *   (a standard-library CAR reader, DAG-CBOR decoder and Merkle-search-tree walk) sharing no
 *   code with @atproto/repo;
 * - the JSON files with python's json module (the snippets below), i.e.
 *   `python3 -c "import json; d=json.load(open(F)); print(len(d['postRecords']))"` → 20, etc.
 */
const CASES: readonly Case[] = [
  {
    file: 'indigo/repo-bnewbold.robocracy.org-20250310.car',
    format: 'bluesky-car',
    summary: {
      records: 38,
      imported: { accounts: 1, posts: 23, interactions: 13 },
      skipped: { 'unsupported collection': 8 },
      quarantined: 0,
    },
    stats: {
      accounts: 1,
      root_posts: 21,
      comments: 2,
      threaded_replies: 1,
      interactions: { follow: 3, like: 2, mention: 4, quote: 1, reply: 2, repost: 1 },
      quarantined: 0,
    },
    verify() {
      const path = fixture('bluesky', 'indigo/repo-bnewbold.robocracy.org-20250310.car');
      const script = join(REPO_ROOT, 'src', 'ingest', 'bluesky', 'verify-car.py');
      const counts = JSON.parse(
        runPython(
          `import runpy, sys; sys.argv = ['verify-car.py', ${JSON.stringify(path)}]; runpy.run_path(${JSON.stringify(script)})`,
        ),
      );
      assert.deepEqual(counts, {
        records: 38,
        posts: 23,
        root_posts: 21,
        comments: 2,
        threaded: 1,
        reply: 2,
        mention: 4,
        quote: 1,
        like: 2,
        repost: 1,
        follow: 3,
        accounts: 1,
        skipped: 8,
      });
    },
  },
  {
    file: 'indigo/automod-capture-atproto.com-2023.json',
    format: 'bluesky-automod-capture',
    summary: {
      records: 21,
      imported: { accounts: 1, posts: 20, interactions: 16 },
      skipped: {},
      quarantined: 0,
    },
    stats: {
      accounts: 1,
      root_posts: 12,
      comments: 8,
      threaded_replies: 3,
      interactions: { ...zeroInteractions, mention: 4, quote: 4, reply: 8 },
      quarantined: 0,
    },
    verify() {
      const file = fixture('bluesky', 'indigo/automod-capture-atproto.com-2023.json');
      // records = 1 (accountMeta) + len(postRecords)
      assert.deepEqual(oraclePosts(file, "[p['value'] for p in d['postRecords']]"), {
        posts: 20,
        comments: 8,
        threaded: 3,
        mention: 4,
        quote: 4,
      });
    },
  },
  {
    file: 'marshalx-sdk/get_follows.json',
    format: 'bluesky-xrpc',
    summary: {
      records: 6,
      imported: { accounts: 7, posts: 0, interactions: 6 },
      skipped: {},
      quarantined: 0,
    },
    stats: {
      accounts: 7,
      root_posts: 0,
      comments: 0,
      threaded_replies: 0,
      interactions: { ...zeroInteractions, follow: 6 },
      quarantined: 0,
    },
    verify() {
      const file = fixture('bluesky', 'marshalx-sdk/get_follows.json');
      // jq '[.follows | length, ([.follows[].did, .subject.did] | unique | length)]' → [6, 7]
      const out = runPython(
        `import json; d = json.load(open(${JSON.stringify(file)})); print(len(d['follows']), len({f['did'] for f in d['follows']} | {d['subject']['did']}))`,
      );
      assert.equal(out.trim(), '6 7');
    },
  },
  {
    file: 'marshalx-sdk/thread_view_post_with_embed_media.json',
    format: 'bluesky-xrpc',
    summary: {
      records: 1,
      imported: { accounts: 1, posts: 1, interactions: 1 },
      skipped: {},
      quarantined: 0,
    },
    stats: {
      accounts: 1,
      root_posts: 1,
      comments: 0,
      threaded_replies: 0,
      interactions: { ...zeroInteractions, quote: 1 },
      quarantined: 0,
    },
    verify() {
      const file = fixture('bluesky', 'marshalx-sdk/thread_view_post_with_embed_media.json');
      // one threadViewPost with replies: [] and no parent; its record embeds a post (recordWithMedia)
      assert.deepEqual(oraclePosts(file, "[d['thread']['post']['record']]"), {
        posts: 1,
        comments: 0,
        threaded: 0,
        mention: 0,
        quote: 1,
      });
      const replies = runPython(
        `import json; d = json.load(open(${JSON.stringify(file)})); print(len(d['thread']['replies']), 'parent' in d['thread'])`,
      );
      assert.equal(replies.trim(), '0 False');
    },
  },
];

/** The files that are not an account's data: `import auto` names and rejects each. */
const NOT_INPUTS = [
  'marshalx-sdk/did_doc.json',
  'marshalx-sdk/post_record.json',
  'marshalx-sdk/like_record.json',
  'marshalx-sdk/extended_like_record.json',
  'marshalx-sdk/feed_record.json',
  'indigo/firehose_commit_4621317030.json',
  'indigo/firehose_commit_4621317332.json',
  'indigo/firehose_commit_4621332152.json',
  'indigo/firehose_commit_4623075231.json',
];

describe('bluesky fixtures', { skip }, () => {
  for (const c of CASES) {
    it(`rapport import auto ${c.file} yields the independently verified counts`, () => {
      c.verify();
      const store = join(tmp, `${c.file.replace(/\W/g, '_')}.duckdb`);
      const path = fixture('bluesky', c.file);
      const first = rapport(['import', 'auto', path, '--store', store, '--json']);
      assert.equal(first.status, 0, first.stderr);
      assert.match(first.stderr, new RegExp(`detected bluesky \\(${c.format}\\)`));
      const summary = json(first);
      assert.equal(summary.platform, 'bluesky');
      assert.equal(summary.format, c.format);
      for (const [key, value] of Object.entries(c.summary)) {
        assert.deepEqual(summary[key], value, key);
      }
      const stats = json(rapport(['stats', '--store', store, '--json']));
      assert.deepEqual(stats.bluesky, c.stats);

      // Re-import is a no-op: every record is a duplicate and the store is unchanged.
      const again = json(rapport(['import', 'bluesky', path, '--store', store, '--json']));
      assert.deepEqual(again.imported, { accounts: 0, posts: 0, interactions: 0 });
      assert.equal(again.updated, 0);
      const skipped = Object.values(c.summary.skipped as Record<string, number>).reduce(
        (a, b) => a + b,
        0,
      );
      assert.equal(again.duplicates, (c.summary.records as number) - skipped);
      assert.deepEqual(json(rapport(['stats', '--store', store, '--json'])).bluesky, c.stats);
    });
  }

  for (const file of NOT_INPUTS) {
    it(`rapport import auto ${file} exits 1, names the file and creates no store`, () => {
      const store = join(tmp, `rejected-${file.replace(/\W/g, '_')}.duckdb`);
      const path = fixture('bluesky', file);
      const result = rapport(['import', 'auto', path, '--store', store, '--json']);
      assert.equal(result.status, 1, result.stderr);
      assert.ok(result.stderr.includes(path), result.stderr);
      assert.equal(result.stdout, '');
      assert.equal(existsSync(store), false);
      // Named explicitly as bluesky, it is refused the same way.
      const named = rapport(['import', 'bluesky', path, '--store', store, '--json']);
      assert.equal(named.status, 1);
      assert.equal(existsSync(store), false);
    });
  }

  // A folder holds the inputs beside files that are none (the records and frames above, the
  // SOURCES.md): the inputs are read, the others passed over. The folder's import must equal
  // importing each input on its own, whose counts the cases above verify.
  const folders: [folder: string, inputs: readonly Case[], format: string][] = [
    ['marshalx-sdk', CASES.filter((c) => c.file.startsWith('marshalx-sdk/')), 'bluesky-xrpc'],
    ['indigo', CASES.filter((c) => c.file.startsWith('indigo/')), 'bluesky-mixed'],
    ['.', CASES, 'bluesky-mixed'],
  ];
  for (const [folder, inputs, format] of folders) {
    it(`rapport import auto on the folder ${folder} reads its ${inputs.length} inputs and passes over the rest`, () => {
      const one = join(tmp, `folder-${folder.replace(/\W/g, '_')}.duckdb`);
      const each = join(tmp, `each-${folder.replace(/\W/g, '_')}.duckdb`);
      const result = rapport([
        'import',
        'auto',
        fixture('bluesky', folder),
        '--store',
        one,
        '--json',
      ]);
      assert.equal(result.status, 0, result.stderr);
      const summary = json(result);
      assert.equal(summary.format, format);
      const sum = (key: 'records' | 'quarantined') => {
        let total = 0;
        for (const c of inputs) total += c.summary[key] as number;
        return total;
      };
      assert.equal(summary.records, sum('records'));
      assert.equal(summary.quarantined, sum('quarantined'));
      for (const c of inputs) {
        const run = rapport([
          'import',
          'bluesky',
          fixture('bluesky', c.file),
          '--store',
          each,
          '--json',
        ]);
        assert.equal(run.status, 0, run.stderr);
      }
      assert.deepEqual(
        json(rapport(['stats', '--store', one, '--json'])),
        json(rapport(['stats', '--store', each, '--json'])),
      );
    });
  }
});
