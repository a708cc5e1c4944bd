import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { accountId, type ImportUnit, type ModelRecord } from '../../model/index.js';
import { parseLegacyTweet } from './parse-tweet.js';
import { v2TweetItems } from './parse-tweet-v2.js';
import { v2TweetSchema } from './schemas.js';

const owner = { id: accountId('100'), handle: 'owner' };
const where = { file: 'tweets.js', line: 1 };
const archive = (tweet: object): ImportUnit =>
  parseLegacyTweet(tweet, where, () => JSON.stringify(tweet), { origin: 'archive', owner });
const items = (unit: ImportUnit): readonly ModelRecord[] => {
  assert.equal(unit.outcome, 'record', JSON.stringify(unit));
  return unit.outcome === 'record' ? unit.items : [];
};
const base = { id_str: '1', created_at: 'Wed Oct 10 20:19:24 +0000 2018', full_text: 'hello' };

describe('parseLegacyTweet (archive)', () => {
  it('parseLegacyTweet(RT @name: …) is a repost of that author, never a post', () => {
    const out = items(
      archive({
        ...base,
        full_text: 'RT @Friend: original text',
        entities: { user_mentions: [{ id_str: '7', screen_name: 'friend', name: 'F' }] },
      }),
    );
    assert.equal(out.filter((i) => i.type === 'post').length, 0);
    assert.deepEqual(
      out
        .filter((i) => i.type === 'interaction')
        .map((i) => i.type === 'interaction' && [i.kind, i.key, i.actor, i.targetAccount]),
      [['repost', 'repost:1', '100', '7']],
    );
  });

  it('parseLegacyTweet(reply) is a comment by the owner with parent, reply and mention', () => {
    const out = items(
      archive({
        ...base,
        full_text: '@friend yes &amp; no',
        in_reply_to_status_id_str: '9',
        in_reply_to_user_id_str: '7',
        in_reply_to_screen_name: 'friend',
        favorite_count: '3',
        entities: {
          user_mentions: [{ id_str: '7', screen_name: 'friend' }],
          hashtags: [{ text: 'MH' }],
        },
      }),
    );
    const post = out.find((i) => i.type === 'post');
    assert.ok(post && post.type === 'post');
    assert.equal(post.kind, 'comment');
    assert.equal(post.parent, '9');
    assert.equal(post.parentIsComment, null);
    assert.equal(post.author, '100');
    assert.equal(post.text, '@friend yes & no');
    assert.deepEqual(post.hashtags, ['MH']);
    assert.equal(post.counts?.likes, 3);
    const kinds = out
      .filter((i) => i.type === 'interaction')
      .map((i) => i.type === 'interaction' && i.key);
    assert.deepEqual(kinds, ['mention:1:7', 'reply:1']);
  });

  it('parseLegacyTweet quarantines numeric ids and bad times', () => {
    assert.equal(archive({ ...base, id_str: undefined, id: 1 }).outcome, 'quarantined');
    const bad = archive({ ...base, created_at: 'yesterday' });
    assert.equal(bad.outcome === 'quarantined' && bad.reason, 'bad timestamp');
  });
});

describe('v2TweetItems', () => {
  const page = { users: new Map(), idByUsername: new Map([['friend', '7']]), tweets: new Map() };
  const tweet = (extra: object) =>
    v2TweetSchema.parse({
      id: '3',
      text: 'hi @friend',
      author_id: '100',
      created_at: '2021-09-22T16:37:29.000Z',
      ...extra,
    });

  it('v2TweetItems(reply to a reply) says parentIsComment = replied_to ≠ conversation_id', () => {
    const out = v2TweetItems(
      tweet({
        conversation_id: '1',
        referenced_tweets: [{ type: 'replied_to', id: '2' }],
        entities: { mentions: [{ username: 'friend' }] },
      }),
      page,
    );
    assert.ok(Array.isArray(out));
    const post = out.find((i) => i.type === 'post');
    assert.ok(post && post.type === 'post');
    assert.deepEqual([post.parent, post.root, post.parentIsComment], ['2', '1', true]);
    const direct = v2TweetItems(
      tweet({ conversation_id: '2', referenced_tweets: [{ type: 'replied_to', id: '2' }] }),
      page,
    );
    assert.ok(Array.isArray(direct));
    const top = direct.find((i) => i.type === 'post');
    assert.equal(top?.type === 'post' && top.parentIsComment, false);
    assert.ok(out.some((i) => i.type === 'interaction' && i.key === 'mention:3:7'));
  });

  it('v2TweetItems(retweet) is a repost only; a quote is a post plus a quote', () => {
    const rt = v2TweetItems(tweet({ referenced_tweets: [{ type: 'retweeted', id: '8' }] }), page);
    assert.ok(Array.isArray(rt));
    assert.deepEqual(
      rt.map((i) => (i.type === 'interaction' ? i.kind : i.type)),
      ['account', 'repost'],
    );
    const quote = v2TweetItems(tweet({ referenced_tweets: [{ type: 'quoted', id: '8' }] }), page);
    assert.ok(Array.isArray(quote));
    assert.deepEqual(
      quote.map((i) => (i.type === 'interaction' ? i.kind : i.type)),
      // "@friend" in the text is no mention: mentions come only from entities.mentions.
      ['account', 'post', 'quote'],
    );
  });
});
