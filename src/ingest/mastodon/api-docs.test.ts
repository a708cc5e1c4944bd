import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fixture, fixturesSkip } from '../../testing/fixtures.js';
import { REPO_ROOT } from '../../testing/repo-root.js';

/**
 * REST shapes the shared fixtures lack — a reblog, a `direct` and a `private` status — written
 * from the Status entity documented at https://docs.joinmastodon.org/entities/Status/ (the
 * accounts are invented); and the inputs `rapport import auto` must refuse.
 */
const work = mkdtempSync(join(tmpdir(), 'rapport-mastodon-docs-'));
after(() => rmSync(work, { recursive: true, force: true }));

function rapport(...args: string[]): {
  status: number | null;
  json: Record<string, unknown>;
  stderr: string;
} {
  const result = spawnSync(process.execPath, ['bin/rapport.js', ...args, '--json'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
  return {
    status: result.status,
    json: result.stdout ? JSON.parse(result.stdout) : {},
    stderr: result.stderr,
  };
}

const account = (id: string, acct: string, url: string) => ({
  id,
  username: acct.split('@')[0],
  acct,
  display_name: '',
  note: '<p>peer supporter</p>',
  url,
  followers_count: 10,
  following_count: 5,
  statuses_count: 3,
});
const status = (id: string, extra: object) => ({
  id,
  uri: `https://home.example/users/me/statuses/${id}`,
  url: `https://home.example/@me/${id}`,
  created_at: '2024-05-01T10:00:00.000Z',
  account: account('1', 'me', 'https://home.example/@me'),
  content: '<p>hello</p>',
  visibility: 'public',
  in_reply_to_id: null,
  in_reply_to_account_id: null,
  reblog: null,
  mentions: [],
  tags: [],
  spoiler_text: '',
  language: 'en',
  favourites_count: 1,
  reblogs_count: 0,
  replies_count: 0,
  ...extra,
});

describe('mastodon REST responses written from the documented Status entity', () => {
  it('import auto <statuses with a reblog, a direct and a private status> maps each by SPEC §9', () => {
    const file = join(work, 'statuses.json');
    const original = status('9', {
      uri: 'https://away.example/users/friend/statuses/9',
      account: account('2', 'friend@away.example', 'https://away.example/@friend'),
    });
    writeFileSync(
      file,
      JSON.stringify([
        status('10', {
          uri: 'https://home.example/users/me/statuses/10/activity',
          reblog: original,
          content: '',
        }),
        status('11', { visibility: 'direct' }),
        status('12', {
          visibility: 'private',
          in_reply_to_id: '9',
          in_reply_to_account_id: '2',
          mentions: [
            {
              id: '2',
              username: 'friend',
              acct: 'friend@away.example',
              url: 'https://away.example/@friend',
            },
          ],
        }),
      ]),
    );
    const store = join(work, 'docs.duckdb');
    const run = rapport('import', 'auto', file, '--store', store);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.json.format, 'mastodon-api');
    assert.equal(run.json.records, 3);
    assert.deepEqual(run.json.skipped, { 'direct message': 1 });
    assert.deepEqual(rapport('stats', '--store', store).json, {
      mastodon: {
        accounts: 2,
        comments: 1,
        interactions: { follow: 0, like: 0, mention: 1, quote: 0, reply: 1, repost: 1 },
        quarantined: 0,
        root_posts: 1,
        threaded_replies: 0,
      },
    });
  });

  it('import auto <deeply nested or non-UTF-8 JSON> exits 1 naming the file, and stores nothing', () => {
    const nested = join(work, 'nested.json');
    writeFileSync(nested, `${'['.repeat(500_000)}${']'.repeat(500_000)}`);
    const bad = join(work, 'bad.json');
    writeFileSync(
      bad,
      Buffer.concat([Buffer.from('[{"uri": "'), Buffer.from([0xff]), Buffer.from('"}]')]),
    );
    for (const file of [nested, bad]) {
      const store = join(work, 'never.duckdb');
      const run = rapport('import', 'mastodon', file, '--store', store);
      assert.equal(run.status, 1, run.stderr);
      assert.equal(existsSync(store), false);
    }
  });

  for (const name of ['follow_requests.json', 'notifications.json']) {
    it(
      `import auto ${name} is refused: not a platform input (exit 1, no store)`,
      { skip: fixturesSkip() },
      () => {
        const store = join(work, `${name}.duckdb`);
        const run = rapport(
          'import',
          'auto',
          fixture('mastodon', 'rest-api', name),
          '--store',
          store,
        );
        assert.equal(run.status, 1);
        assert.match(run.stderr, /not a recognised platform input/);
        assert.equal(existsSync(store), false);
      },
    );
  }
});
