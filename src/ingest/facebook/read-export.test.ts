import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fixture, fixturesSkip } from '../../testing/fixtures.js';
import { REPO_ROOT } from '../../testing/repo-root.js';
import { expectTally, type ExpectedTally } from '../meta/expect-tally.js';
import { tallyImport } from '../meta/tally-units.js';
import { facebookImporter } from './index.js';

const W = 'waultar-2022';
const none = { rootPosts: 0, comments: 0, threaded: 0, accounts: 1, quarantined: 0 };

/**
 * Every file and folder under `fixtures/facebook/` (run in `waultar-2022/`). The only account is
 * the owner `~self`: these files name no one else by field. Posts without text or attachment are
 * skipped; this script applies the same rule:
 *
 *   python3 - FILES <<'PY'
 *   import json,sys; seen=set()
 *   for f in sys.argv[1:]:
 *     d=json.load(open(f)); es=d if isinstance(d,list) else d.get('group_posts_v2',[]); k=s=0
 *     for e in es:
 *       t='\n'.join(x['post'] for x in e.get('data',[]) if x.get('post'))
 *       a=[x for y in e.get('attachments',[]) for x in y.get('data',[])]
 *       h=any((x.get('media') or {}).get('uri') or str((x.get('external_context') or {}).get('url','')).startswith('http') or x.get('note') or x.get('poll') or x.get('event') for x in a)
 *       if t or h: k+=1; seen.add((e.get('timestamp'),t,tuple((x.get('media') or {}).get('uri') for x in a)))
 *       else: s+=1
 *     print(f,len(es),k,s)
 *   print('distinct',len(seen))
 *   PY
 *
 * → facebook_media.json 9 5 4; your_posts_1.json 14 11 3 (both copies); your_posts_in_groups.json 3 2 1;
 *   distinct over the parser folder (and over all four files) 17.
 */
const CASES: readonly { path: string; expected: ExpectedTally; verifiedBy: string }[] = [
  {
    path: `${W}/comments_and_reactions/comments.json`,
    // jq -c '[(.comments_v2|length), (.comments_v2|map(select(.data))|length)]' → [6,3]
    verifiedBy: 'jq comments_v2 with and without data',
    expected: {
      ...none,
      records: 6,
      comments: 3,
      interactions: { reply: 3 },
      skipped: { 'no comment text': 3 },
    },
  },
  {
    path: `${W}/comments_and_reactions/posts_and_comments.json`,
    // jq -c '[(.reactions_v2|length), ([.reactions_v2[]|[.timestamp,.title]]|unique|length)]' → [17,17]
    verifiedBy: 'jq reactions_v2',
    expected: { ...none, records: 17, interactions: { like: 17 }, skipped: {} },
  },
  {
    path: `${W}/comments_and_reactions`,
    verifiedBy: 'sum of the two files',
    expected: {
      ...none,
      records: 23,
      comments: 3,
      interactions: { reply: 3, like: 17 },
      skipped: { 'no comment text': 3 },
    },
  },
  {
    path: `${W}/parser/facebook_comments_redacted.json`,
    // jq -c '[([.[][][]]|length), ([.[][][]|select(.data)]|length)]' → [8,8]
    verifiedBy: 'jq over the outer array of sections',
    expected: { ...none, records: 8, comments: 8, interactions: { reply: 8 }, skipped: {} },
  },
  {
    path: `${W}/parser/facebook_media.json`,
    verifiedBy: 'python script above',
    expected: { ...none, records: 9, rootPosts: 5, interactions: {}, skipped: { 'no content': 4 } },
  },
  ...[`${W}/parser/your_posts_1.json`, `${W}/posts/your_posts_1.json`, `${W}/posts`].map(
    (path) => ({
      path,
      verifiedBy: 'python script above',
      expected: {
        ...none,
        records: 14,
        rootPosts: 11,
        interactions: {},
        skipped: { 'no content': 3 },
      },
    }),
  ),
  {
    path: `${W}/parser/your_posts_in_groups.json`,
    verifiedBy: 'python script above',
    expected: { ...none, records: 3, rootPosts: 2, interactions: {}, skipped: { 'no content': 1 } },
  },
  {
    path: `${W}/parser`,
    verifiedBy: 'python script above (distinct 17)',
    expected: {
      ...none,
      records: 34,
      rootPosts: 17,
      comments: 8,
      interactions: { reply: 8 },
      skipped: { 'no content': 8 },
    },
  },
  {
    path: W,
    verifiedBy: 'sum of the folders; distinct posts 17',
    expected: {
      ...none,
      records: 71,
      rootPosts: 17,
      comments: 11,
      interactions: { reply: 11, like: 17 },
      skipped: { 'no content': 11, 'no comment text': 3 },
    },
  },
];

describe(
  'facebook: readFacebookExport(source) on the shared fixtures',
  { skip: fixturesSkip() },
  () => {
    for (const { path, expected, verifiedBy } of CASES) {
      it(`imports facebook/${path} with exact counts (${verifiedBy})`, async () => {
        const tally = await tallyImport(facebookImporter, fixture('facebook', path));
        assert.equal(tally.format, 'facebook-export');
        expectTally(tally, expected, path);
      });
    }

    it('repairs mojibake in comment text and never keeps upload_ip', async () => {
      const tally = await tallyImport(facebookImporter, fixture('facebook', W));
      const texts = tally.units
        .flatMap((u) => (u.outcome === 'record' ? u.items : []))
        .flatMap((i) => (i.type === 'post' ? [i.text] : []));
      assert.ok(texts.includes('TØS\n'));
      assert.ok(texts.some((t) => t.includes('Holbæk')));
      assert.ok(!JSON.stringify(tally.units).includes('192.192'));
    });
  },
);

describe('facebook: friends and followers, written from the documented export layout', () => {
  // Written for these tests (no real fixture has them) after Facebook's documented
  // connections/friends/your_friends.json ({friends_v2:[{name,timestamp}]}),
  // connections/followers/people_who_followed_you.json (followers_v2) and
  // who_you've_followed.json (following_v3); one follower row has no name; a message thread.
  const path = join(REPO_ROOT, 'src/ingest/facebook/fixtures/connections');

  it('friends follow both ways, followers and followed one way; messages are skipped', async () => {
    const tally = await tallyImport(facebookImporter, path);
    assert.equal(tally.format, 'facebook-export');
    expectTally(
      tally,
      {
        records: 6,
        rootPosts: 0,
        comments: 0,
        threaded: 0,
        interactions: { follow: 6 },
        accounts: 5,
        skipped: { 'direct message': 1 },
        quarantined: 1,
      },
      'connections',
    );
    const keys = tally.units
      .flatMap((u) => (u.outcome === 'record' ? u.items : []))
      .flatMap((i) => (i.type === 'interaction' ? [i.key] : []));
    assert.ok(
      keys.includes('follow:~self:Jørgen Example') && keys.includes('follow:Jørgen Example:~self'),
    );
    assert.ok(
      keys.includes('follow:Bo Example:~self') &&
        keys.includes('follow:~self:Example Helpline Page'),
    );
  });
});
