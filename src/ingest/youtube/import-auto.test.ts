import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { jsonOf, rapport, tempDir } from '../../testing/cli.js';
import { fixture, fixturesSkip } from '../../testing/fixtures.js';
import { REPO_ROOT } from '../../testing/repo-root.js';
import { writeTar } from '../../testing/tar-writer.js';
import { fixturePaths, importAutoTwice } from '../meta/import-auto-round-trip.js';

const OWN = join(REPO_ROOT, 'src/ingest/youtube/fixtures');

describe('rapport import auto (CLI) on every YouTube fixture', { skip: fixturesSkip() }, () => {
  const { dir, cleanup } = tempDir('rapport-youtube-cli-');
  after(cleanup);

  it('detects youtube-api / youtube-takeout for each file; importing again changes nothing', () => {
    const paths = [
      ...fixturePaths(fixture('youtube')),
      join(OWN, 'comment-threads-with-replies.json'),
      join(OWN, 'videos-statistics.json'),
    ];
    const stats = importAutoTwice(paths, join(dir, 's.duckdb'), {
      platform: 'youtube',
      format: (path) => (path.endsWith('.csv') ? 'youtube-takeout' : 'youtube-api'),
    });
    // read-api.test.ts / read-takeout.test.ts: api-v3 17 accounts, 1 video, 15 comments (3
    // threaded), 5 follows; Takeout 1 account (a channel not in api-v3), 20 comments; the
    // documented pages add 2 accounts, 1 video, 3 comments (2 threaded) and 1 quarantined.
    assert.deepEqual(stats, {
      youtube: {
        accounts: 17 + 1 + 2,
        comments: 15 + 20 + 3,
        interactions: { follow: 5, like: 0, mention: 0, quote: 0, reply: 38, repost: 0 },
        quarantined: 1,
        root_posts: 1 + 1,
        threaded_replies: 3 + 2,
      },
    });
  });

  it('import <the same channels page twice>: the second run is all duplicates, stats unchanged', () => {
    // The page carries no fetch time: its snapshot is keyed by the channel's publishedAt
    // (parse-channel.ts), not by the import time, so the same bytes add nothing.
    const store = join(dir, 'channels.duckdb');
    const path = join(OWN, 'channels.json');
    const first = jsonOf(rapport(['import', 'auto', path, '--store', store, '--json']));
    assert.deepEqual(
      [first.format, first.records, first.imported],
      ['youtube-api', 1, { accounts: 1, posts: 0, interactions: 0 }],
    );
    const stats = jsonOf(rapport(['stats', '--store', store, '--json']));
    const profile = (): any =>
      jsonOf(rapport(['profile', 'youtube:UCexampleCreator000000001', '--store', store, '--json']));
    assert.equal(profile().metrics.followers, 1200);
    const again = jsonOf(rapport(['import', 'auto', path, '--store', store, '--json']));
    assert.deepEqual(again.imported, { accounts: 0, posts: 0, interactions: 0 });
    assert.equal(again.updated, 0);
    assert.equal(again.duplicates, again.records);
    assert.deepEqual(jsonOf(rapport(['stats', '--store', store, '--json'])), stats);

    // A later page with other counts updates the snapshot: the latest import wins.
    const later = join(dir, 'channels-later.json');
    const page = JSON.parse(readFileSync(path, 'utf8'));
    page.items[0].statistics.subscriberCount = '1300';
    writeFileSync(later, JSON.stringify(page));
    const changed = jsonOf(rapport(['import', 'auto', later, '--store', store, '--json']));
    assert.deepEqual([changed.updated, changed.duplicates], [1, 0]);
    assert.equal(profile().metrics.followers, 1300);
    assert.deepEqual(jsonOf(rapport(['stats', '--store', store, '--json'])), stats);
  });

  it('a Google Takeout .tgz (Takeout offers .zip or .tgz) imports as its folder does', async () => {
    // the real Takeout comments file, at the path Takeout gives it inside its archive
    const csv = readFileSync(fixture('youtube', 'takeout-2024', 'comments.csv'));
    const archive = join(dir, 'takeout-20241104T101112Z-001.tgz');
    writeFileSync(
      archive,
      await writeTar(
        [{ name: 'Takeout/YouTube and YouTube Music/comments/comments.csv', data: csv }],
        { gzip: true },
      ),
    );
    const store = join(dir, 'takeout.duckdb');
    const imported = jsonOf(rapport(['import', 'auto', archive, '--store', store, '--json']));
    assert.deepEqual(
      [imported.format, imported.records, imported.imported],
      ['youtube-takeout', 20, { accounts: 1, posts: 20, interactions: 20 }],
    );
  });
});
