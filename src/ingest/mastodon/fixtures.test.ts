import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fixture, fixturesSkip } from '../../testing/fixtures.js';
import { REPO_ROOT } from '../../testing/repo-root.js';
import { writeTar } from '../../testing/tar-writer.js';

/**
 * Every file under `fixtures/mastodon/`, imported end to end with `rapport import auto`.
 *
 * The expected numbers were computed independently of this code by
 *   python3 src/ingest/mastodon/fixture-counts.py ../shared/fixtures/mastodon/<fixture>
 * (a separate reading of the formats with Python's json module), and spot-checked with jq:
 *   jq '[.orderedItems[].type] | group_by(.) | map({(.[0]): length}) | add' outbox.json   # 326 Announce, 1260 Create
 *   jq '[.orderedItems[] | select(.type == "Create") | .object | select((.to + .cc) | map(. == "https://www.w3.org/ns/activitystreams#Public" or endswith("/followers")) | any | not)] | length' outbox.json   # 35 direct
 *   jq '[.orderedItems[] | select(.type == "Create") | .object | select(.inReplyTo != null and ((.to + .cc) | map(. == "https://www.w3.org/ns/activitystreams#Public" or endswith("/followers")) | any))] | length' outbox.json   # 404 comments
 *   jq '.orderedItems | length' likes.json bookmarks.json   # 1115, 865
 *   jq '[.[] | select(.in_reply_to_id != null)] | length' rest-api/tag_timeline.json   # 8 comments
 * `follow_requests.json` and `notifications.json` are not platform inputs: rejected (exit 1,
 * no store), tested in detect-mastodon.test.ts.
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
  // actor + 1,586 outbox items + 1,115 likes + 865 bookmarks.
  'archive-dealingwith-2024': {
    format: 'mastodon-archive',
    records: 3567,
    skipped: { 'direct message': 35, 'private bookmark': 865 },
    quarantined: 0,
    accounts: 147,
    root_posts: 821,
    comments: 404,
    threaded_replies: 101,
    interactions: kinds(404, 1115, 326, 0, 298, 0),
  },
  // Alone, without actor.json: authors read from Mastodon URIs.
  'archive-dealingwith-2024/outbox.json': {
    format: 'mastodon-archive',
    records: 1586,
    skipped: { 'direct message': 35 },
    quarantined: 0,
    accounts: 147,
    root_posts: 821,
    comments: 404,
    threaded_replies: 101,
    interactions: kinds(404, 0, 326, 0, 298, 0),
  },
  'archive-dealingwith-2024/actor.json': {
    format: 'mastodon-archive',
    records: 1,
    skipped: {},
    quarantined: 0,
    accounts: 1,
    root_posts: 0,
    comments: 0,
    threaded_replies: 0,
    interactions: kinds(0, 0, 0, 0, 0, 0),
  },
  // Alone, the owner is unknown: likes cannot be attributed.
  'archive-dealingwith-2024/likes.json': {
    format: 'mastodon-archive',
    records: 1115,
    skipped: { 'archive owner unknown': 1115 },
    quarantined: 0,
    accounts: 0,
    root_posts: 0,
    comments: 0,
    threaded_replies: 0,
    interactions: kinds(0, 0, 0, 0, 0, 0),
  },
  'archive-dealingwith-2024/bookmarks.json': {
    format: 'mastodon-archive',
    records: 865,
    skipped: { 'private bookmark': 865 },
    quarantined: 0,
    accounts: 0,
    root_posts: 0,
    comments: 0,
    threaded_replies: 0,
    interactions: kinds(0, 0, 0, 0, 0, 0),
  },
  'rest-api/account.json': {
    format: 'mastodon-api',
    records: 1,
    skipped: {},
    quarantined: 0,
    accounts: 1,
    root_posts: 0,
    comments: 0,
    threaded_replies: 0,
    interactions: kinds(0, 0, 0, 0, 0, 0),
  },
  // 2 ancestors + 1 descendant; the descendant's parent (the context's own status) is absent.
  'rest-api/context.json': {
    format: 'mastodon-api',
    records: 3,
    skipped: {},
    quarantined: 0,
    accounts: 2,
    root_posts: 1,
    comments: 2,
    threaded_replies: 0,
    interactions: kinds(2, 0, 0, 0, 2, 0),
  },
  // A favourite: the status is imported; the response does not name who favourited it.
  'rest-api/favourites.json': {
    format: 'mastodon-api',
    records: 1,
    skipped: {},
    quarantined: 0,
    accounts: 1,
    root_posts: 1,
    comments: 0,
    threaded_replies: 0,
    interactions: kinds(0, 0, 0, 0, 0, 0),
  },
  'rest-api/public_timeline.json': {
    format: 'mastodon-api',
    records: 20,
    skipped: {},
    quarantined: 0,
    accounts: 19,
    root_posts: 20,
    comments: 0,
    threaded_replies: 0,
    interactions: kinds(0, 0, 0, 0, 0, 0),
  },
  'rest-api/reblogged_by.json': {
    format: 'mastodon-api',
    records: 1,
    skipped: {},
    quarantined: 0,
    accounts: 1,
    root_posts: 0,
    comments: 0,
    threaded_replies: 0,
    interactions: kinds(0, 0, 0, 0, 0, 0),
  },
  'rest-api/status.json': {
    format: 'mastodon-api',
    records: 1,
    skipped: {},
    quarantined: 0,
    accounts: 1,
    root_posts: 1,
    comments: 0,
    threaded_replies: 0,
    interactions: kinds(0, 0, 0, 0, 0, 0),
  },
  'rest-api/statuses.json': {
    format: 'mastodon-api',
    records: 1,
    skipped: {},
    quarantined: 0,
    accounts: 1,
    root_posts: 1,
    comments: 0,
    threaded_replies: 0,
    interactions: kinds(0, 0, 0, 0, 0, 0),
  },
  'rest-api/tag_timeline.json': {
    format: 'mastodon-api',
    records: 20,
    skipped: {},
    quarantined: 0,
    accounts: 29,
    root_posts: 12,
    comments: 8,
    threaded_replies: 0,
    interactions: kinds(8, 0, 0, 0, 16, 0),
  },
};

const work = mkdtempSync(join(tmpdir(), 'rapport-mastodon-fixtures-'));
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
  'mastodon importer on fixtures/mastodon (rapport import auto, end to end)',
  { skip: fixturesSkip() },
  () => {
    for (const [name, expected] of Object.entries(EXPECTED)) {
      it(`import auto ${name} detects ${expected.format}, counts exactly, and re-imports as a no-op`, () => {
        const store = join(work, `${name.replace(/\//g, '_')}.duckdb`);
        const path = fixture('mastodon', ...name.split('/'));
        const first = rapport('import', 'auto', path, '--store', store) as Record<string, unknown>;
        assert.equal(first.platform, 'mastodon');
        assert.equal(first.format, expected.format);
        assert.equal(first.records, expected.records);
        assert.deepEqual(first.skipped, expected.skipped);
        assert.equal(first.quarantined, expected.quarantined);
        const stats = rapport('stats', '--store', store) as Record<string, unknown>;
        const counts = {
          accounts: expected.accounts,
          comments: expected.comments,
          interactions: expected.interactions,
          quarantined: expected.quarantined,
          root_posts: expected.root_posts,
          threaded_replies: expected.threaded_replies,
        };
        // A store holding only skipped records has no platform row at all.
        const empty = expected.accounts + expected.root_posts + expected.comments === 0;
        assert.deepEqual(stats, empty ? {} : { mastodon: counts });
        const second = rapport('import', 'mastodon', path, '--store', store) as Record<
          string,
          unknown
        >;
        const skipped = Object.values(expected.skipped).reduce((a, b) => a + b, 0);
        assert.deepEqual(second.imported, { accounts: 0, posts: 0, interactions: 0 });
        assert.equal(second.updated, 0);
        assert.equal(second.duplicates, expected.records - skipped - expected.quarantined);
        assert.deepEqual(rapport('stats', '--store', store), stats);
      });
    }
  },
);

describe(
  'an older Mastodon archive: .tar.gz as Mastodon wrote them until 4.1, or a plain .tar',
  { skip: fixturesSkip() },
  () => {
    // Mastodon's BackupService wrote a gzipped tar: the media attachments first, then the JSON
    // files. The four JSON files here are the real archive's; the photo is invented bytes.
    const expected = EXPECTED['archive-dealingwith-2024']!;
    const folder = fixture('mastodon', 'archive-dealingwith-2024');
    const photo = Buffer.alloc(150 * 1024, 0x5a);
    photo.writeUInt32BE(0x89504e47, 0); // a PNG's first bytes, and NULs a text file has not
    photo.fill(0, 8, 16);
    const entries = [
      { name: 'media_attachments/', folder: true },
      { name: 'media_attachments/files/110/532/original/photo.png', data: photo },
      ...['outbox.json', 'likes.json', 'bookmarks.json', 'actor.json'].map((name) => ({
        name: `./${name}`,
        data: readFileSync(join(folder, name)),
      })),
      { name: 'avatar.png', symlinkTo: '/etc/passwd' },
    ];

    for (const [file, gzip] of [
      ['archive-20231104101112-0123456789abcdef.tar.gz', true],
      ['archive.tar', false],
    ] as const) {
      it(`import auto ${file} reads the archive as its folder, leaving no temporary file`, async () => {
        const dir = join(work, `tar-${gzip}`);
        const temp = join(dir, 'tmp');
        mkdirSync(temp, { recursive: true });
        const path = join(dir, file);
        writeFileSync(path, await writeTar(entries, { gzip }));
        const store = join(dir, 's.duckdb');
        const run = (...args: string[]) => {
          const result = spawnSync(process.execPath, ['bin/rapport.js', ...args, '--json'], {
            cwd: REPO_ROOT,
            encoding: 'utf8',
            env: { ...process.env, TMPDIR: temp },
          });
          assert.equal(result.status, 0, `rapport ${args.join(' ')} failed: ${result.stderr}`);
          return JSON.parse(result.stdout) as Record<string, unknown>;
        };
        const first = run('import', 'auto', path, '--store', store);
        assert.equal(first.platform, 'mastodon');
        assert.equal(first.format, 'mastodon-archive');
        assert.equal(first.records, expected.records);
        assert.deepEqual(first.skipped, expected.skipped);
        assert.equal(first.quarantined, 0);
        assert.deepEqual(run('stats', '--store', store), {
          mastodon: {
            accounts: expected.accounts,
            comments: expected.comments,
            interactions: expected.interactions,
            quarantined: 0,
            root_posts: expected.root_posts,
            threaded_replies: expected.threaded_replies,
          },
        });
        const second = run('import', 'mastodon', path, '--store', store);
        assert.deepEqual(second.imported, { accounts: 0, posts: 0, interactions: 0 });
        assert.deepEqual(readdirSync(temp), [], 'the files kept from the archive are removed');
      });
    }
  },
);
