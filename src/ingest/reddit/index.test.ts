import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { ImportUnit } from '../../model/index.js';
import { FIXTURES_DIR, fixture, fixturesSkip } from '../../testing/fixtures.js';
import type { ImportContext } from '../importer.js';
import { DEFAULT_LIMITS } from '../limits.js';
import { detectFormat } from '../registry.js';
import { openSource } from '../source.js';
import { redditImporter } from './index.js';
import { collect, countUnits, postOf, testContext, type UnitCounts } from './test-support.js';

const skip = fixturesSkip();

async function importFile(
  name: string,
  context: ImportContext = testContext(),
): Promise<{ format: string; units: ImportUnit[] }> {
  const source = await openSource(fixture('reddit', name), DEFAULT_LIMITS);
  try {
    const format = await redditImporter.detect(source);
    assert.ok(format, `${name} is detected`);
    return { format, units: await collect(redditImporter.read(source, format, context)) };
  } finally {
    source.close();
  }
}

const SAMPLE = 'gkotsis-2015dump-depression-sample';
/**
 * The 5,000-record r/depression sample, in all three layouts. Verified with jq on the NDJSON:
 *   records:          jq -s 'length' gkotsis-2015dump-depression-sample.ndjson                      → 5000
 *   root posts:       jq -s '[.[] | select(has("title"))] | length' …                              → 944
 *   comments:         jq -s '[.[] | select(has("parent_id"))] | length' …                          → 4056
 *   threaded replies: jq -s '[.[] | select(.parent_id|tostring|startswith("t1_"))] | length' …     → 1984
 *   authors:          jq -s '[.[].author | select(. != "[deleted]" and . != "[removed]")] | unique | length' … → 3352
 *   deleted authors:  jq -s '[.[] | select(.author == "[deleted]" or .author == "[removed]")] | length' … → 1293
 * the .zst with `zstd -dc ….ndjson.zst | cmp - ….ndjson` (identical bytes), and the CSV with
 *   python3 -c "import csv; r=list(csv.DictReader(open('….csv', newline='', encoding='utf-8')));
 *     print(len(r), sum(1 for x in r if x['title']), sum(1 for x in r if x['parent_id'].startswith('t1_')),
 *     len({x['author'] for x in r if x['author'] not in ('[deleted]','[removed]')}),
 *     sum(1 for x in r if x['author'] in ('[deleted]','[removed]')))"     → 5000 944 1984 3352 1293
 * (SOURCES.md's "3,353 authors" counts `[deleted]` as one.)
 */
const SAMPLE_COUNTS: UnitCounts = {
  records: 5000,
  rootPosts: 944,
  comments: 4056,
  threadedReplies: 1984,
  skipped: 0,
  quarantined: 0,
  authors: 3352,
  deletedAuthors: 1293,
  replies: 4056,
};

/**
 * Every file in `fixtures/reddit/`, with its format and counts. The API files were verified with
 *   jq -c '[(.data|length), ([.data[]|select(has("title"))]|length),
 *     ([.data[]|select(.parent_id|type=="number" or (tostring|startswith("t1_")))]|length),
 *     ([.data[].author|select(. != "[deleted]" and . != "[removed]")]|unique|length),
 *     ([.data[]|select(.author=="[deleted]" or .author=="[removed]")]|length)]' <file>
 * → comments [100,0,77,81,6]; submissions [100,100,0,72,2].
 */
const EXPECTED: { readonly [file: string]: { format: string; counts: UnitCounts } } = {
  [`${SAMPLE}.ndjson`]: { format: 'pushshift-ndjson', counts: SAMPLE_COUNTS },
  [`${SAMPLE}.ndjson.zst`]: { format: 'pushshift-ndjson', counts: SAMPLE_COUNTS },
  [`${SAMPLE}.csv`]: { format: 'pushshift-csv', counts: SAMPLE_COUNTS },
  'pushshift-api-2021-comment-search-science.json': {
    format: 'pushshift-api',
    counts: {
      records: 100,
      rootPosts: 0,
      comments: 100,
      threadedReplies: 77,
      skipped: 0,
      quarantined: 0,
      authors: 81,
      deletedAuthors: 6,
      replies: 100,
    },
  },
  'pushshift-api-2021-submission-search-science.json': {
    format: 'pushshift-api',
    counts: {
      records: 100,
      rootPosts: 100,
      comments: 0,
      threadedReplies: 0,
      skipped: 0,
      quarantined: 0,
      authors: 72,
      deletedAuthors: 2,
      replies: 0,
    },
  },
};

describe('redditImporter on the shared fixtures', { skip }, () => {
  it('every file in fixtures/reddit/ has expected counts here', () => {
    const files = readdirSync(`${FIXTURES_DIR}/reddit`).filter((name) => name !== 'SOURCES.md');
    assert.deepEqual(files.sort(), Object.keys(EXPECTED).sort());
  });

  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`redditImporter.read(${name}) yields the verified counts`, async () => {
      const { format, units } = await importFile(name);
      assert.equal(format, expected.format);
      assert.deepEqual(countUnits(units), expected.counts);
    });
  }

  it('the NDJSON, .zst and CSV of the sample yield identical records', async () => {
    const [ndjson, zst, csv] = await Promise.all(
      ['.ndjson', '.ndjson.zst', '.csv'].map((ext) => importFile(SAMPLE + ext)),
    );
    const items = (units: ImportUnit[]) => units.map((u) => (u.outcome === 'record' ? u.items : u));
    assert.deepEqual(items(zst!.units), items(ndjson!.units));
    assert.deepEqual(items(csv!.units), items(ndjson!.units));
    // …and the same lines: the CSV's multi-line cells shift its lines, not its records.
    assert.deepEqual(
      zst!.units.map((u) => u.where.line),
      ndjson!.units.map((u) => u.where.line),
    );
  });

  it('the 2021 API comments turn integer parent ids into t1_ fullnames', async () => {
    const { units } = await importFile('pushshift-api-2021-comment-search-science.json');
    const posts = units.map(postOf);
    // jq '.data[0] | [.id, .parent_id]' → ["ha12j2a", 37608457292]; 37608457292 in base 36 = h9z3rd8
    assert.equal(posts[0]!.id, 't1_ha12j2a');
    assert.equal(posts[0]!.parent, 't1_h9z3rd8');
    assert.equal(posts[0]!.parentIsComment, true);
    // null parent_id → top level under link_id: jq '[.data[] | select(.parent_id == null)] | length' → 23
    const topLevel = posts.filter((p) => p.parent === p.root && p.parentIsComment === false);
    assert.equal(topLevel.length, 23);
    // Parents found in the same page, verified with
    //   python3 -c "import json; d=json.load(open('…comment-search-science.json'))['data'];
    //     b36=lambda n: b36(n//36)+'0123456789abcdefghijklmnopqrstuvwxyz'[n%36] if n else '';
    //     ids={c['id'] for c in d}; print(sum(1 for c in d if isinstance(c['parent_id'], int)
    //     and b36(c['parent_id']) in ids))"   → 28
    const ids = new Set(posts.map((p) => p.id));
    assert.equal(posts.filter((p) => p.parentIsComment && ids.has(p.parent!)).length, 28);
  });

  it('--subreddits skips the records of other subreddits', async () => {
    const other = await importFile(
      `${SAMPLE}.ndjson`,
      testContext({ subreddits: new Set(['anxiety']) }),
    );
    assert.equal(countUnits(other.units).skipped, 5000);
    assert.ok(other.units.every((u) => u.outcome === 'skipped' && u.reason === 'subreddit filter'));
    const kept = await importFile(
      'pushshift-api-2021-comment-search-science.json',
      testContext({ subreddits: new Set(['science', 'depression']) }),
    );
    assert.equal(countUnits(kept.units).skipped, 0);
  });

  it('detectFormat(source, "reddit") names each fixture\'s format', async () => {
    for (const [name, expected] of Object.entries(EXPECTED)) {
      const source = await openSource(fixture('reddit', name), DEFAULT_LIMITS);
      try {
        const detected = await detectFormat(source, 'reddit');
        assert.equal(detected.format, expected.format, name);
      } finally {
        source.close();
      }
    }
  });

  it('the whole folder is pushshift-mixed: each file read in its own format, SOURCES.md passed over', async () => {
    const { format, units } = await importFile('.');
    assert.equal(format, 'pushshift-mixed');
    const counts = countUnits(units);
    const expected = Object.values(EXPECTED).map((e) => e.counts);
    // every count adds up over the files, but distinct authors (the sample is there thrice)
    const additive = (Object.keys(counts) as (keyof UnitCounts)[]).filter((k) => k !== 'authors');
    for (const key of additive)
      assert.equal(
        counts[key],
        expected.reduce((total, c) => total + c[key], 0),
        key,
      );
  });
});
