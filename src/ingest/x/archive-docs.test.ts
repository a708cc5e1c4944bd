import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { REPO_ROOT } from '../../testing/repo-root.js';

/**
 * Archive files the shared fixtures lack (`account.js`, `deleted-tweets.js`,
 * `direct-messages.js`), written by hand from the layout X documents in the archive's own
 * `README.txt` ("Download your data"); the people in them are invented. Also hostile inputs.
 */
const work = mkdtempSync(join(tmpdir(), 'rapport-x-docs-'));
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

const wrap = (name: string, value: unknown) =>
  `window.YTD.${name}.part0 = ${JSON.stringify(value, null, 2)}`;

function writeArchive(root: string, tweetsJs?: string): void {
  mkdirSync(join(root, 'data'), { recursive: true });
  const file = (name: string, text: string) => writeFileSync(join(root, 'data', name), text);
  file(
    'account.js',
    wrap('account', [
      {
        account: {
          email: 'someone@example.org',
          createdVia: 'web',
          username: 'advocate',
          accountId: '500',
          createdAt: '2015-01-01T00:00:00.000Z',
          accountDisplayName: 'An Advocate',
        },
      },
    ]),
  );
  const tweet = (id: string, text: string, extra: object = {}) => ({
    tweet: {
      id_str: id,
      id,
      created_at: 'Mon Oct 10 12:00:00 +0000 2022',
      full_text: text,
      favorite_count: '2',
      retweet_count: '1',
      lang: 'en',
      ...extra,
    },
  });
  file(
    'tweets.js',
    tweetsJs ??
      wrap('tweets', [
        tweet('11', 'Talking helps. #EndTheStigma', {
          entities: {
            hashtags: [{ text: 'EndTheStigma', indices: ['15', '28'] }],
            user_mentions: [],
          },
        }),
        tweet('12', '@helper thank you for this', {
          in_reply_to_status_id_str: '11',
          in_reply_to_user_id_str: '500',
          in_reply_to_screen_name: 'advocate',
          entities: {
            user_mentions: [
              { id_str: '600', screen_name: 'helper', name: 'Helper', indices: ['0', '7'] },
            ],
          },
        }),
        tweet('13', 'RT @helper: you are not alone', {
          entities: {
            user_mentions: [
              { id_str: '600', screen_name: 'helper', name: 'Helper', indices: ['3', '10'] },
            ],
          },
        }),
      ]),
  );
  file(
    'deleted-tweets.js',
    wrap('deleted_tweets', [tweet('14', 'gone', { deleted_at: 'Mon Oct 10 13:00:00 +0000 2022' })]),
  );
  file(
    'direct-messages.js',
    wrap('direct_messages', [
      {
        dmConversation: {
          conversationId: '500-600',
          messages: [
            { messageCreate: { text: 'private words', senderId: '600', recipientId: '500' } },
          ],
        },
      },
    ]),
  );
  file(
    'like.js',
    wrap('like', [
      {
        like: {
          tweetId: '99',
          fullText: 'someone else',
          expandedUrl: 'https://twitter.com/i/web/status/99',
        },
      },
    ]),
  );
  file(
    'follower.js',
    wrap('follower', [
      { follower: { accountId: '700', userLink: 'https://twitter.com/intent/user?user_id=700' } },
    ]),
  );
}

const STATS = {
  x: {
    accounts: 3,
    comments: 1,
    interactions: { follow: 1, like: 1, mention: 1, quote: 0, reply: 1, repost: 1 },
    quarantined: 0,
    root_posts: 1,
    threaded_replies: 0,
  },
};

describe('x archive written from the documented layout', () => {
  it('import auto <archive folder> reads account.js as owner, skips deleted tweets and DMs; its zip then adds nothing', () => {
    const folder = join(work, 'archive');
    writeArchive(folder);
    const store = join(work, 'docs.duckdb');
    const first = rapport('import', 'auto', folder, '--store', store);
    assert.equal(first.status, 0, first.stderr);
    assert.equal(first.json.format, 'x-archive');
    assert.equal(first.json.records, 8);
    assert.deepEqual(first.json.skipped, { 'deleted tweet': 1, 'direct message': 1 });
    assert.deepEqual(rapport('stats', '--store', store).json, STATS);

    const zip = join(work, 'archive.zip');
    const zipped = spawnSync('zip', ['-qr', zip, 'data'], { cwd: folder });
    if (zipped.status !== 0) return; // no zip tool: the folder import above still ran
    const again = rapport('import', 'twitter', zip, '--store', store);
    assert.equal(again.status, 0, again.stderr);
    assert.deepEqual(again.json.imported, { accounts: 0, posts: 0, interactions: 0 });
    assert.equal(again.json.duplicates, 6);
    assert.deepEqual(rapport('stats', '--store', store).json, STATS);
  });

  it('import <archive with a huge JS wrapper line> quarantines that file and imports the rest', () => {
    const folder = join(work, 'hostile');
    writeArchive(folder, `window.YTD.${'x'.repeat(3_000_000)}.part0 = []`);
    const store = join(work, 'hostile.duckdb');
    const run = rapport('import', 'x', folder, '--store', store);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.json.quarantined, 1);
    assert.equal(run.json.records, 6);
  });

  it('import <v2 JSONL with nested, non-UTF-8 and non-page lines> quarantines each, keeps the page', () => {
    const file = join(work, 'pages.jsonl');
    const page = JSON.stringify({
      data: [
        {
          id: '21',
          text: 'hello',
          author_id: '800',
          created_at: '2021-09-22T16:37:29.000Z',
          conversation_id: '21',
        },
      ],
      includes: { users: [{ id: '800', username: 'someone', name: 'Someone' }] },
    });
    writeFileSync(
      file,
      Buffer.concat([
        Buffer.from(`${page}\n${'['.repeat(200_000)}${']'.repeat(200_000)}\n`),
        Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d, 0x0a]),
        Buffer.from('{"not": "a page"}\n'),
      ]),
    );
    const store = join(work, 'pages.duckdb');
    const run = rapport('import', 'auto', file, '--store', store);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.json.format, 'x-api-v2');
    assert.equal(run.json.records, 5);
    assert.equal(run.json.quarantined, 3);
  });

  it('import auto <JSON that is no X input> exits 1 and creates no store', () => {
    const file = join(work, 'other.json');
    writeFileSync(file, JSON.stringify({ hello: 'world' }));
    const store = join(work, 'none.duckdb');
    const run = rapport('import', 'auto', file, '--store', store);
    assert.equal(run.status, 1);
    assert.equal(existsSync(store), false);
  });
});
