import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fixture, fixturesSkip } from '../../testing/fixtures.js';
import { REPO_ROOT } from '../../testing/repo-root.js';

/**
 * Every file under `fixtures/twitter/`, imported end to end with `rapport import auto`.
 *
 * The expected numbers were computed independently of this code by
 *   python3 src/ingest/x/fixture-counts.py ../shared/fixtures/twitter/<fixture>
 * (a separate reading of the formats with Python's json module), and spot-checked with jq:
 *   sed '1s/^window[^=]*= //' archive-andreruffert-2022/tweets.js | jq '[.[].tweet | select(.full_text | startswith("RT @"))] | length'   # 643 reposts
 *   sed '1s/^window[^=]*= //' archive-andreruffert-2022/tweets.js | jq '[.[].tweet | select(.in_reply_to_status_id_str != null)] | length'  # 485 comments
 *   sed '1s/^window[^=]*= //' archive-rtiatmla-2021/tweet.js | jq '[.[].tweet | select(.in_reply_to_status_id_str != null)] | length'       # 14 comments
 *   jq -c '[.data[] | select(.referenced_tweets // [] | map(.type) | index("replied_to"))] | length' api-v2-search-page-noflat.jsonl     # 31 of the 50 comments (19 more in includes.tweets)
 *   jq '(.data | length) + (.includes.users | length) + (.includes.tweets | length) + (.errors // [] | length)' api-v2-users-page.jsonl  # 156 records
 */
interface Expected {
  readonly format: string;
  readonly records: number;
  readonly skipped: Readonly<Record<string, number>>;
  readonly quarantined: number;
  readonly accounts: number;
  readonly root_posts: number;
  readonly comments: number;
  readonly threaded_replies: number;
  readonly interactions: Readonly<Record<string, number>>;
}

const kinds = (
  reply: number,
  like: number,
  repost: number,
  quote: number,
  mention: number,
  follow: number,
) => ({
  follow,
  like,
  mention,
  quote,
  reply,
  repost,
});

const EXPECTED: Readonly<Record<string, Expected>> = {
  // 1 manifest + 420 followers + 295 following + 1,359 likes + 1,986 tweets.
  'archive-andreruffert-2022': {
    format: 'x-archive',
    records: 4061,
    skipped: {},
    quarantined: 0,
    accounts: 928,
    root_posts: 858,
    comments: 485,
    threaded_replies: 36,
    interactions: kinds(485, 1359, 643, 0, 879, 715),
  },
  'archive-rtiatmla-2021': {
    format: 'x-archive',
    records: 335,
    skipped: {},
    quarantined: 0,
    accounts: 184,
    root_posts: 44,
    comments: 14,
    threaded_replies: 12,
    interactions: kinds(14, 29, 12, 0, 25, 235),
  },
  // No account.js or manifest.js: the owner is unknown, so the four entries are accounts only.
  'archive-dogsheep-minimal': {
    format: 'x-archive',
    records: 4,
    skipped: {},
    quarantined: 0,
    accounts: 4,
    root_posts: 0,
    comments: 0,
    threaded_replies: 0,
    interactions: kinds(0, 0, 0, 0, 0, 0),
  },
  // 3 tweets; the retweeted and the quoted tweet are whole tweets and imported as posts too.
  'api-v1.1-user-timeline-simonw.json': {
    format: 'x-api-v1',
    records: 3,
    skipped: {},
    quarantined: 0,
    accounts: 10,
    root_posts: 3,
    comments: 1,
    threaded_replies: 0,
    interactions: kinds(1, 0, 1, 1, 7, 0),
  },
  'api-v2-search-page-brexit.jsonl': {
    format: 'x-api-v2',
    records: 336,
    skipped: {},
    quarantined: 0,
    accounts: 185,
    root_posts: 71,
    comments: 17,
    threaded_replies: 2,
    interactions: kinds(17, 0, 67, 24, 59, 0),
  },
  'api-v2-search-page-noflat.jsonl': {
    format: 'x-api-v2',
    records: 345,
    skipped: { 'api error': 1 },
    quarantined: 0,
    accounts: 178,
    root_posts: 67,
    comments: 50,
    threaded_replies: 25,
    interactions: kinds(50, 0, 47, 17, 87, 0),
  },
  // 96 users + 60 pinned tweets in includes.tweets + 8 errors… (jq above: 156 records).
  'api-v2-users-page.jsonl': {
    format: 'x-api-v2',
    records: 156,
    skipped: { 'api error': 8 },
    quarantined: 0,
    accounts: 116,
    root_posts: 51,
    comments: 0,
    threaded_replies: 0,
    interactions: kinds(0, 0, 1, 6, 25, 0),
  },
};

const work = mkdtempSync(join(tmpdir(), 'rapport-x-fixtures-'));
after(() => rmSync(work, { recursive: true, force: true }));

function rapport(...args: string[]): unknown {
  const result = spawnSync(process.execPath, ['bin/rapport.js', ...args, '--json'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
  assert.equal(result.status, 0, `rapport ${args.join(' ')} failed: ${result.stderr}`);
  return JSON.parse(result.stdout);
}

describe(
  'x importer on fixtures/twitter (rapport import auto, end to end)',
  { skip: fixturesSkip() },
  () => {
    for (const [name, expected] of Object.entries(EXPECTED)) {
      it(`import auto ${name} detects ${expected.format}, counts exactly, and re-imports as a no-op`, () => {
        const store = join(work, `${name}.duckdb`);
        const path = fixture('twitter', name);
        const first = rapport('import', 'auto', path, '--store', store) as Record<string, unknown>;
        assert.equal(first.platform, 'x');
        assert.equal(first.format, expected.format);
        assert.equal(first.records, expected.records);
        assert.deepEqual(first.skipped, expected.skipped);
        assert.equal(first.quarantined, expected.quarantined);
        const stats = rapport('stats', '--store', store) as Record<string, unknown>;
        assert.deepEqual(stats, {
          x: {
            accounts: expected.accounts,
            comments: expected.comments,
            interactions: expected.interactions,
            quarantined: expected.quarantined,
            root_posts: expected.root_posts,
            threaded_replies: expected.threaded_replies,
          },
        });
        const second = rapport('import', 'x', path, '--store', store) as Record<string, unknown>;
        const skipped = Object.values(expected.skipped).reduce((a, b) => a + b, 0);
        assert.deepEqual(second.imported, { accounts: 0, posts: 0, interactions: 0 });
        assert.equal(second.updated, 0);
        assert.equal(second.duplicates, expected.records - skipped - expected.quarantined);
        assert.deepEqual(rapport('stats', '--store', store), stats);
      });
    }
  },
);

describe('a folder of several X inputs (x-mixed)', { skip: fixturesSkip() }, () => {
  const pages = Object.keys(EXPECTED).filter((name) => name.startsWith('api-'));
  const archive = 'archive-andreruffert-2022';

  /** Imports `folder` whole, and its inputs one by one into another store: the same stores. */
  function assertAsOneByOne(folder: string, inputs: readonly string[], records: number): void {
    const mixed = join(work, `${folder.split('/').pop()}-mixed.duckdb`);
    const first = rapport('import', 'auto', folder, '--store', mixed) as Record<string, unknown>;
    assert.equal(first.format, 'x-mixed');
    assert.equal(first.records, records);
    assert.deepEqual(first.skipped, { 'api error': 9 });
    const one = join(work, `${folder.split('/').pop()}-one.duckdb`);
    for (const input of inputs) rapport('import', 'x', input, '--store', one);
    assert.deepEqual(rapport('stats', '--store', mixed), rapport('stats', '--store', one));
    const again = rapport('import', 'x', folder, '--store', mixed) as Record<string, unknown>;
    assert.deepEqual(again.imported, { accounts: 0, posts: 0, interactions: 0 });
  }

  const pageRecords = pages.reduce((sum, name) => sum + EXPECTED[name]!.records, 0);

  it('saved API v1.1 and v2 pages: each page read in its own version', () => {
    const folder = join(work, 'api-pages');
    mkdirSync(folder);
    for (const name of pages) copyFileSync(fixture('twitter', name), join(folder, name));
    writeFileSync(join(folder, 'README.txt'), 'pages saved from the X API\n');
    const inputs = pages.map((name) => join(folder, name));
    assertAsOneByOne(folder, inputs, pageRecords);
  });

  it('an archive (its data/ folder) beside saved pages: the archive and every page read', () => {
    const folder = join(work, 'archive-and-pages');
    const data = join(folder, 'twitter-2022', 'data');
    mkdirSync(data, { recursive: true });
    for (const name of readdirSync(fixture('twitter', archive)))
      copyFileSync(fixture('twitter', archive, name), join(data, name));
    for (const name of pages) copyFileSync(fixture('twitter', name), join(folder, name));
    const inputs = [join(folder, 'twitter-2022'), ...pages.map((name) => join(folder, name))];
    assertAsOneByOne(folder, inputs, EXPECTED[archive]!.records + pageRecords);
  });
});
