import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { accountId } from '../../model/index.js';
import { parseActivity, visibilityOf } from './parse-activity.js';

const PUBLIC = 'https://www.w3.org/ns/activitystreams#Public';
const FOLLOWERS = 'https://example.social/users/me/followers';
const owner = {
  id: accountId('me@example.social'),
  actorUri: 'https://example.social/users/me',
  followers: FOLLOWERS,
};

describe('visibilityOf', () => {
  it('visibilityOf(to, cc) follows Mastodon addressing', () => {
    assert.equal(visibilityOf([PUBLIC], [FOLLOWERS], FOLLOWERS), 'public');
    assert.equal(visibilityOf([FOLLOWERS], [PUBLIC], FOLLOWERS), 'unlisted');
    assert.equal(visibilityOf([FOLLOWERS], [], FOLLOWERS), 'followers');
    assert.equal(visibilityOf(['https://other.example/users/x'], [], FOLLOWERS), 'direct');
  });
});

describe('parseActivity', () => {
  const where = { file: 'outbox.json', line: 1 };
  const create = (object: object) => ({
    id: 'https://example.social/users/me/statuses/2/activity',
    type: 'Create',
    actor: owner.actorUri,
    published: '2023-01-01T00:00:00Z',
    object: {
      id: 'https://example.social/users/me/statuses/2',
      type: 'Note',
      published: '2023-01-01T00:00:00Z',
      attributedTo: owner.actorUri,
      content: '<p>hi</p>',
      to: [PUBLIC],
      cc: [FOLLOWERS],
      ...object,
    },
  });
  const run = (activity: object) =>
    parseActivity(activity, owner, where, () => JSON.stringify(activity));

  it('parseActivity(Create of a reply) → comment, reply to the mentioned parent author, mention', () => {
    const unit = run(
      create({
        inReplyTo: 'https://other.example/users/friend/statuses/1',
        tag: [
          {
            type: 'Mention',
            href: 'https://other.example/users/friend',
            name: '@friend@other.example',
          },
          { type: 'Hashtag', name: '#MentalHealth' },
        ],
      }),
    );
    assert.equal(unit.outcome, 'record');
    if (unit.outcome !== 'record') return;
    const post = unit.items.find((i) => i.type === 'post');
    assert.ok(post?.type === 'post');
    assert.deepEqual(
      [post.kind, post.author, post.parentIsComment, post.hashtags],
      ['comment', 'me@example.social', null, ['MentalHealth']],
    );
    const reply = unit.items.find((i) => i.type === 'interaction' && i.kind === 'reply');
    assert.ok(reply?.type === 'interaction');
    assert.equal(reply.targetAccount, 'friend@other.example');
  });

  it('parseActivity(direct message) is skipped; Announce is a repost, never a post', () => {
    const dm = run(create({ to: ['https://other.example/users/friend'], cc: [] }));
    assert.deepEqual(dm.outcome === 'skipped' && dm.reason, 'direct message');
    const boost = run({
      id: 'https://example.social/users/me/statuses/3/activity',
      type: 'Announce',
      actor: owner.actorUri,
      published: '2023-01-02T00:00:00Z',
      to: [PUBLIC],
      object: 'https://other.example/users/friend/statuses/1',
    });
    assert.equal(boost.outcome, 'record');
    if (boost.outcome !== 'record') return;
    assert.deepEqual(
      boost.items.map((i) => i.type === 'interaction' && [i.kind, i.key, i.targetAccount]),
      [
        [
          'repost',
          'repost:https://example.social/users/me/statuses/3/activity',
          'friend@other.example',
        ],
      ],
    );
  });

  it('parseActivity quarantines a bad timestamp', () => {
    const unit = run({ ...create({}), published: '0000-00-00' });
    assert.equal(unit.outcome === 'quarantined' && unit.reason, 'bad timestamp');
  });
});
