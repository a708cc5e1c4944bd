import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Account, ImportUnit, Interaction, Post } from '../../model/index.js';
import { fixture, fixturesSkip } from '../../testing/fixtures.js';
import { DEFAULT_LIMITS } from '../limits.js';
import { openSource } from '../source.js';
import { wordpressImporter } from './index.js';

const CONTEXT = { limits: DEFAULT_LIMITS, salt: 'test-salt', observedAtMs: 0 };

export interface Tally {
  records: number;
  rootPosts: number;
  comments: number;
  threaded: number;
  skipped: Record<string, number>;
  quarantined: number;
}

async function readAll(path: string): Promise<{ format: string | null; units: ImportUnit[] }> {
  const source = await openSource(path, DEFAULT_LIMITS);
  try {
    const format = await wordpressImporter.detect(source);
    const units: ImportUnit[] = [];
    if (format)
      for await (const unit of wordpressImporter.read(source, format, CONTEXT)) units.push(unit);
    return { format, units };
  } finally {
    source.close();
  }
}

function emptyTally(): Tally {
  return { records: 0, rootPosts: 0, comments: 0, threaded: 0, skipped: {}, quarantined: 0 };
}

function tally(units: readonly ImportUnit[]): Tally {
  const t = emptyTally();
  for (const unit of units) {
    t.records++;
    if (unit.outcome === 'skipped') t.skipped[unit.reason] = (t.skipped[unit.reason] ?? 0) + 1;
    else if (unit.outcome === 'quarantined') t.quarantined++;
    else
      for (const item of unit.items) {
        if (item.type !== 'post') continue;
        if (item.kind === 'post') t.rootPosts++;
        else {
          t.comments++;
          if (item.parentIsComment) t.threaded++;
        }
      }
  }
  return t;
}

const items = (units: readonly ImportUnit[]) =>
  units.flatMap((u) => (u.outcome === 'record' ? u.items : []));

/*
 * Expected counts, each verified outside Rapport. WXR (run in ../shared/fixtures/wordpress,
 * L(x) abbreviating *[local-name()="x"]):
 *   records     xmllint --xpath 'count(//item) + count(//item/*[local-name()="comment"])' F
 *   root posts  xmllint --xpath 'count(//item[(L(post_type)="post" or L(post_type)="page")
 *                 and L(status)="publish" and not(L(post_password)!="")])' F
 *   comments    xmllint --xpath 'count(//item[…kept, as above…]/L(comment)[L(comment_approved)="1"
 *                 and (L(comment_type)="" or L(comment_type)="comment")])' F
 *   threaded    the same, adding `and L(comment_parent)!="0"`
 *   skipped     xmllint --xpath 'count(//item[L(post_type)="attachment"])' F, likewise per
 *               post_type / status / post_password / comment_type / comment_approved
 * and all of them at once by the ElementTree script in the comment at the end of this file.
 * REST (jq, in the same folder):
 *   records     jq '(if type=="array" then length else 1 end) + ([.. | objects |
 *                 ._embedded?.replies? // empty | flatten | length] | add // 0)' F
 *   root posts  jq '[(if type=="array" then .[] else . end) | select(has("guid"))
 *                 | select(.type=="post" or .type=="page") | select((.status // "publish")=="publish")
 *                 | select(.content.protected != true)] | length' F
 *   comments    jq '[.. | objects | select(has("author_name"))
 *                 | select((.status // "approved")=="approved")] | length' F
 *   threaded    jq '[.. | objects | select(has("author_name")) | select(.parent != 0)] | length' F
 */
const EXPECTED: Record<string, { format: string } & Tally> = {
  'wxr-theme-unit-test-data.xml': {
    format: 'wxr',
    records: 219, // 186 items + 33 comments
    rootPosts: 76,
    comments: 25,
    threaded: 9, // 10 comments have a parent; one of them is on the password-protected post
    skipped: {
      'post_type attachment': 37,
      'post_type nav_menu_item': 70,
      'status draft': 1,
      'status future': 1,
      'password protected': 1,
      'comment of skipped item': 1,
      'comment type pingback': 2,
      'comment type trackback': 2,
      'comment not approved': 3,
    },
    quarantined: 0,
  },
  'wxr-small-export.xml': {
    format: 'wxr',
    records: 12, // 11 items + 1 comment
    rootPosts: 9,
    comments: 1,
    threaded: 0,
    skipped: { 'status draft': 1, 'status private': 1 },
    quarantined: 0,
  },
  'wxr-valid-1.1.xml': {
    format: 'wxr',
    records: 3,
    rootPosts: 2,
    comments: 1,
    threaded: 0,
    skipped: {},
    quarantined: 0,
  },
  'wxr-serialized-comment-meta.xml': {
    format: 'wxr',
    records: 2, // a draft and its comment
    rootPosts: 0,
    comments: 0,
    threaded: 0,
    skipped: { 'status draft': 1, 'comment of skipped item': 1 },
    quarantined: 0,
  },
  'rest-wp-v2-comment-5.json': {
    format: 'wp-rest',
    records: 1,
    rootPosts: 0,
    comments: 1,
    threaded: 0,
    skipped: {},
    quarantined: 0,
  },
  'rest-wp-v2-comments-post-60.json': {
    format: 'wp-rest',
    records: 3,
    rootPosts: 0,
    comments: 3,
    threaded: 1, // 129 → 124
    skipped: {},
    quarantined: 0,
  },
  'rest-wp-v2-posts-60-embed.json': {
    format: 'wp-rest',
    records: 2, // the post and its one embedded reply
    rootPosts: 1,
    comments: 1,
    threaded: 0,
    skipped: {},
    quarantined: 0,
  },
  'rest-wp-v2-posts-category-7-embed.json': {
    format: 'wp-rest',
    records: 5,
    rootPosts: 5,
    comments: 0,
    threaded: 0,
    skipped: {},
    quarantined: 0,
  },
  'rest-wp-v2-posts.json': {
    format: 'wp-rest',
    records: 4, // 3 posts + 1 embedded reply
    rootPosts: 3,
    comments: 1,
    threaded: 0,
    skipped: {},
    quarantined: 0,
  },
};

describe('wordpressImporter on the shared fixtures', { skip: fixturesSkip() }, () => {
  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`read(${name}) gives the independently verified counts`, async () => {
      const { format, units } = await readAll(fixture('wordpress', name));
      const { format: expectedFormat, ...counts } = expected;
      assert.equal(format, expectedFormat);
      assert.deepEqual(tally(units), counts);
    });
  }

  it('the whole folder is wordpress-mixed: every file read, the counts their sums', async () => {
    const { format, units } = await readAll(fixture('wordpress'));
    assert.equal(format, 'wordpress-mixed');
    const sum = emptyTally();
    for (const { format: _format, ...t } of Object.values(EXPECTED)) {
      for (const key of ['records', 'rootPosts', 'comments', 'threaded', 'quarantined'] as const)
        sum[key] += t[key];
      for (const [reason, n] of Object.entries(t.skipped))
        sum.skipped[reason] = (sum.skipped[reason] ?? 0) + n;
    }
    assert.deepEqual(tally(units), sum);
  });

  it('read(wxr) threads comments under their parent comment and names its author', async () => {
    const { units } = await readAll(fixture('wordpress', 'wxr-theme-unit-test-data.xml'));
    const all = items(units);
    const posts = new Map(all.filter((i): i is Post => i.type === 'post').map((p) => [p.id, p]));
    const replies = all.filter((i): i is Interaction => i.type === 'interaction');
    assert.equal(replies.length, 25);
    for (const reply of replies) {
      const comment = posts.get(reply.key.slice('reply:'.length) as Post['id'])!;
      assert.equal(comment.kind, 'comment');
      assert.equal(reply.targetPost, comment.parent);
      assert.equal(reply.actor, comment.author);
      assert.match(comment.root!, /^wpthemetestdata\.wordpress\.com\/post\/\d+$/);
      if (comment.parentIsComment) {
        assert.match(comment.parent!, /^wpthemetestdata\.wordpress\.com\/comment\/\d+$/);
        // every parent here is an earlier kept comment of the same post, so its author is known
        assert.equal(reply.targetAccount, posts.get(comment.parent!)?.author ?? null);
      } else {
        assert.equal(comment.parent, comment.root);
        assert.equal(reply.targetAccount, posts.get(comment.root!)!.author);
      }
    }
  });

  it('read(wxr) stores no email, IP address or author URL', async () => {
    for (const name of [
      'wxr-theme-unit-test-data.xml',
      'wxr-small-export.xml',
      'wxr-valid-1.1.xml',
    ]) {
      const { units } = await readAll(fixture('wordpress', name));
      const json = JSON.stringify(units);
      assert.doesNotMatch(json, /@(gmail\.com|example\.org|wordpress\.example|host\.null)/);
      assert.doesNotMatch(json, /\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b/);
    }
  });

  it('read(rest) uses the embedded author slug as handle and date_gmt as UTC', async () => {
    const { units } = await readAll(fixture('wordpress', 'rest-wp-v2-posts-60-embed.json'));
    const all = items(units);
    const alan = all.find((i): i is Account => i.type === 'account' && i.handle === 'alan');
    assert.equal(alan?.id, 'demo.worona.org/user/4');
    const post = all.find((i): i is Post => i.type === 'post' && i.kind === 'post')!;
    assert.equal(post.id, 'demo.worona.org/post/60');
    assert.equal(post.author, 'demo.worona.org/user/4');
    assert.deepEqual(post.createdAt, { ms: Date.UTC(2016, 10, 25, 18, 31, 11), isLocal: false });
    const reply = all.find((i): i is Post => i.type === 'post' && i.kind === 'comment')!;
    // embedded replies carry only the local `date`
    assert.equal(reply.createdAt?.isLocal, true);
    assert.equal(reply.parent, 'demo.worona.org/post/60');
  });

  it("read(rest comments) threads 129 under 124 and targets 124's anonymous author", async () => {
    const { units } = await readAll(fixture('wordpress', 'rest-wp-v2-comments-post-60.json'));
    const all = items(units);
    const reply = all.find(
      (i): i is Interaction => i.type === 'interaction' && i.key.endsWith('/129'),
    )!;
    assert.equal(reply.targetPost, 'test.frontity.org/comment/124');
    assert.match(reply.targetAccount!, /^test\.frontity\.org\/anon\/[0-9a-f]{32}\/Mario$/);
  });
});

const OWNER_WXR = `<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
  <link>https://blog.example/</link>
  <wp:base_blog_url>https://Blog.Example/</wp:base_blog_url>
  <wp:author><wp:author_id>7</wp:author_id><wp:author_login>sam</wp:author_login><wp:author_email>sam@blog.example</wp:author_email><wp:author_display_name><![CDATA[Sam]]></wp:author_display_name></wp:author>
  <item>
    <title>On bad days</title>
    <dc:creator><![CDATA[sam]]></dc:creator>
    <content:encoded><![CDATA[<p>Talk to someone. <a href="https://988lifeline.org/">988</a> #EndTheStigma</p>]]></content:encoded>
    <wp:post_id>12</wp:post_id>
    <wp:post_date>2024-05-01 10:00:00</wp:post_date>
    <wp:post_date_gmt>0000-00-00 00:00:00</wp:post_date_gmt>
    <wp:status>publish</wp:status>
    <wp:post_type>post</wp:post_type>
    <wp:post_password></wp:post_password>
    <wp:comment>
      <wp:comment_id>30</wp:comment_id>
      <wp:comment_author><![CDATA[Reader]]></wp:comment_author>
      <wp:comment_author_email>Reader@Mail.example</wp:comment_author_email>
      <wp:comment_author_IP>192.0.2.1</wp:comment_author_IP>
      <wp:comment_date>2024-05-01 12:00:00</wp:comment_date>
      <wp:comment_date_gmt>2024-05-01 10:00:00</wp:comment_date_gmt>
      <wp:comment_content><![CDATA[Thank you]]></wp:comment_content>
      <wp:comment_approved>1</wp:comment_approved>
      <wp:comment_type>comment</wp:comment_type>
      <wp:comment_parent>0</wp:comment_parent>
      <wp:comment_user_id>0</wp:comment_user_id>
    </wp:comment>
    <wp:comment>
      <wp:comment_id>31</wp:comment_id>
      <wp:comment_author><![CDATA[Sam the blogger]]></wp:comment_author>
      <wp:comment_author_email>sam@blog.example</wp:comment_author_email>
      <wp:comment_date>2024-05-01 13:00:00</wp:comment_date>
      <wp:comment_date_gmt>2024-05-01 11:00:00</wp:comment_date_gmt>
      <wp:comment_content><![CDATA[Glad it helped]]></wp:comment_content>
      <wp:comment_approved>1</wp:comment_approved>
      <wp:comment_type></wp:comment_type>
      <wp:comment_parent>30</wp:comment_parent>
      <wp:comment_user_id>7</wp:comment_user_id>
    </wp:comment>
    <wp:comment>
      <wp:comment_id>32</wp:comment_id>
      <wp:comment_author><![CDATA[reader]]></wp:comment_author>
      <wp:comment_author_email>reader@mail.example</wp:comment_author_email>
      <wp:comment_date>0000-00-00 00:00:00</wp:comment_date>
      <wp:comment_date_gmt>0000-00-00 00:00:00</wp:comment_date_gmt>
      <wp:comment_content><![CDATA[no date]]></wp:comment_content>
      <wp:comment_approved>1</wp:comment_approved>
      <wp:comment_parent>31</wp:comment_parent>
      <wp:comment_user_id>0</wp:comment_user_id>
    </wp:comment>
  </item>
</channel>
</rss>
`;

describe('wordpressImporter on a small hand-written WXR', () => {
  it("read(wxr) gives the owner's own comment to the owner's account", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rapport-wp-'));
    try {
      const file = join(dir, 'owner.xml');
      await writeFile(file, OWNER_WXR);
      const { format, units } = await readAll(file);
      assert.equal(format, 'wxr');
      assert.deepEqual(
        units.map((u) => [u.outcome, u.where.line, u.outcome === 'quarantined' ? u.reason : null]),
        [
          ['record', 8, null],
          ['record', 18, null],
          ['record', 31, null],
          ['quarantined', 43, 'bad timestamp'],
        ],
      );
      const all = items(units);
      const posts = all.filter((i): i is Post => i.type === 'post');
      const [post, readerComment, ownerComment] = posts;
      assert.equal(post!.id, 'blog.example/post/12');
      assert.equal(post!.author, 'blog.example/user/7');
      // a zero gmt date: the local date is kept, marked local
      assert.deepEqual(post!.createdAt, { ms: Date.UTC(2024, 4, 1, 10), isLocal: true });
      assert.equal(post!.text, 'Talk to someone. 988 #EndTheStigma');
      assert.deepEqual(post!.links, ['https://988lifeline.org/']);
      assert.deepEqual(post!.hashtags, ['EndTheStigma']);
      assert.equal(ownerComment!.author, 'blog.example/user/7');
      assert.equal(ownerComment!.parent, 'blog.example/comment/30');
      assert.equal(ownerComment!.parentIsComment, true);
      assert.equal(readerComment!.parentIsComment, false);
      const accounts = all.filter((i): i is Account => i.type === 'account');
      const sam = accounts.filter((a) => a.id === 'blog.example/user/7');
      assert.ok(sam.every((a) => a.handle === 'sam' && a.displayName === 'Sam'));
      const reader = accounts.find((a) => a.handle === 'Reader')!;
      assert.match(reader.id, /^blog\.example\/anon\/[0-9a-f]{32}\/Reader$/);
      const replies = all.filter((i): i is Interaction => i.type === 'interaction');
      assert.deepEqual(
        replies.map((r) => [r.key, r.actor, r.targetAccount]),
        [
          ['reply:blog.example/comment/30', reader.id, 'blog.example/user/7'],
          ['reply:blog.example/comment/31', 'blog.example/user/7', reader.id],
        ],
      );
      const json = JSON.stringify(units);
      assert.doesNotMatch(json, /mail\.example|sam@|192\.0\.2\.1/i);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

/*
 * The ElementTree cross-check of the WXR counts (python3, run in the fixtures folder):
 *
 * import sys, collections, xml.etree.ElementTree as ET
 * L = lambda e, n: next(((c.text or '').strip() for c in e if c.tag.split('}')[-1] == n), None)
 * K = lambda e, n: [c for c in e if c.tag.split('}')[-1] == n]
 * for f in sys.argv[1:]:
 *     ch = K(ET.parse(f).getroot(), 'channel')[0]; n = [0, 0, 0, 0]; s = collections.Counter()
 *     for it in K(ch, 'item'):
 *         n[0] += 1; pt, st = L(it, 'post_type'), L(it, 'status')
 *         r = ('post_type ' + pt if pt not in ('post', 'page') else 'status ' + st
 *              if st != 'publish' else 'password protected' if L(it, 'post_password') else None)
 *         if r: s[r] += 1
 *         else: n[1] += 1
 *         for c in K(it, 'comment'):
 *             n[0] += 1; t = L(c, 'comment_type') or ''
 *             if r: s['comment of skipped item'] += 1
 *             elif t not in ('', 'comment'): s['comment type ' + t] += 1
 *             elif L(c, 'comment_approved') != '1': s['comment not approved'] += 1
 *             else: n[2] += 1; n[3] += L(c, 'comment_parent') != '0'
 *     print(f, n, dict(s))
 */
