import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { classify } from '../../src/engine/text/index.js';
import { loadHelplines } from '../../src/report/safety/helplines.js';
import { SAFETY_COPY } from '../../src/report/safety/safety-copy.js';
import { Database } from '../../src/store/index.js';
import { jsonOf, rapport, tempDir } from '../../src/testing/cli.js';
import { fixture, fixturesSkip } from '../../src/testing/fixtures.js';
import { POSTS, commentId, safetyWxr } from './safety-fixture.js';

// `rapport safety` end to end on a small blog written here: classification on first use,
// ordering (urgent on top, then newest), thread context, helplines from the sourced file by
// the SPEC §4 rule, no score, collapsed text, and "handled".
describe('rapport safety (CLI)', () => {
  const { dir, cleanup } = tempDir('rapport-safety-');
  const store = join(dir, 's.duckdb');
  const wxr = join(dir, 'blog.xml');
  after(cleanup);
  const directory = loadHelplines();
  const textOf = (id: number) => POSTS.flatMap((p) => p.comments).find((c) => c.id === id)!.text;
  let items: any[] = [];

  before(() => {
    writeFileSync(wxr, safetyWxr());
    jsonOf(rapport(['import', 'wordpress', wxr, '--store', store, '--json']));
  });

  it('classifies the new posts, then lists urgent first and the rest newest first', () => {
    const run = rapport(['safety', '--store', store, '--json']);
    assert.match(run.stderr, /classified 9 new posts/);
    const inbox = jsonOf(run);
    items = inbox.items;
    assert.deepEqual(
      items.map((i) => [i.post_id, i.level]),
      [
        [commentId(201), 'urgent'],
        [commentId(104), 'concern'],
        [commentId(102), 'concern'],
      ],
    );
    assert.deepEqual(inbox.counts, { urgent: 1, concern: 2 });
    // every comment of this blog is English: nothing was left unchecked
    assert.deepEqual(inbox.unchecked, { total: 0, by_language: {} });
    // the owner's supportive reply quoting a helpline is not flagged, nor is self-promotion
    assert.ok(!items.some((i) => i.post_id === commentId(103) || i.post_id === commentId(105)));
    // a second run has nothing new to classify
    const again = rapport(['safety', '--store', store, '--json']);
    assert.doesNotMatch(again.stderr, /classified/);
    assert.deepEqual(jsonOf(again).items, items);
  });

  it('shows each comment in its thread: root title, parent comment, author, platform, time', () => {
    const jo = items[1];
    assert.equal(jo.platform, 'wordpress');
    assert.equal(jo.author.handle, 'Jo');
    assert.equal(jo.created_at, '2024-03-03T21:00:00Z');
    assert.equal(jo.context.root.summary, 'Living with anxiety at work');
    assert.equal(jo.context.root.author_handle, 'sam');
    assert.equal(jo.context.parent.author_handle, 'sam');
    assert.match(jo.context.parent.summary, /^Thank you for telling me/);
    // a top-level comment has the root and no separate parent
    assert.equal(items[2].context.parent, null);
    assert.equal(items[2].context.root.summary, 'Living with anxiety at work');
    assert.equal(jo.text, textOf(104));
    assert.match(jo.why, /\S/);
  });

  it('offers helplines by the SPEC §4 rule, each from data/helplines.json with its source', () => {
    for (const item of items) {
      // a blog commenter states no location and the site's language is not theirs: directories
      assert.equal(item.helplines.country, null);
      assert.equal(item.helplines.international, true);
      assert.ok(item.helplines.lines.length > 0);
      for (const line of item.helplines.lines) {
        const entry = directory.find((h) => h.id === line.id);
        assert.ok(entry, `${line.id} is in the file`);
        assert.equal(entry.country, 'ZZ');
        assert.equal(line.source_url, entry.source_url);
        assert.equal(line.name, entry.name);
        assert.equal(line.phone, entry.phone);
        assert.equal(line.website, entry.website);
      }
      assert.equal(
        item.emergency_step,
        'If a life is in danger now, contact local emergency services.',
      );
      assert.ok(item.reply_templates.length > 0);
      for (const t of item.reply_templates) assert.match(t.text, /findahelpline\.com/);
      assert.equal(item.report.platform, 'wordpress');
      assert.match(item.report.how, /moderate/);
    }
  });

  it('has no score field and no number that grades risk, anywhere', () => {
    const keys: string[] = [];
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object')
        for (const [k, v] of Object.entries(value)) {
          keys.push(k);
          walk(v);
        }
    };
    walk(jsonOf(rapport(['safety', '--store', store, '--json', '--all'])));
    assert.deepEqual(
      keys.filter((k) => /score|risk|probab|confidence|severity|weight/i.test(k)),
      [],
    );
  });

  it('keeps the text collapsed behind a content warning until --show-text', () => {
    const list = rapport(['safety', '--store', store, '--owner-country', 'GB']);
    assert.equal(list.code, 0, list.stderr);
    for (const id of [201, 104, 102]) assert.ok(!list.stdout.includes(textOf(id)));
    assert.match(list.stdout, /Content warning: this comment may mention suicide or self-harm\./);
    assert.match(list.stdout, new RegExp(`--show-text ${items[0].id}`));
    assert.match(list.stdout, /If a life is in danger now, contact local emergency services\./);
    // the owner's own line, for their own wellbeing
    assert.match(list.stdout, /Samaritans/);
    assert.match(list.stdout, /116 123/);
    assert.ok(list.stdout.indexOf(items[0].id) < list.stdout.indexOf(items[1].id));
    const shown = rapport(['safety', '--store', store, '--show-text', items[1].id]);
    assert.equal(shown.code, 0, shown.stderr);
    assert.ok(shown.stdout.includes(textOf(104)));
    assert.ok(!shown.stdout.includes(textOf(201)));
  });

  it('--limit n keeps the head of the list (urgent first, then newest) and says how many more', () => {
    const limited = jsonOf(rapport(['safety', '--store', store, '--json', '--limit', '2']));
    assert.deepEqual(
      limited.items.map((i: any) => i.id),
      [items[0].id, items[1].id],
    );
    assert.equal(limited.not_shown, 1);
    assert.deepEqual(limited.counts, { urgent: 1, concern: 2 });
    assert.equal(jsonOf(rapport(['safety', '--store', store, '--json'])).not_shown, 0);
    const text = rapport(['safety', '--store', store, '--limit', '1']);
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stdout, new RegExp(`id ${items[0].id}`));
    assert.doesNotMatch(text.stdout, new RegExp(`id ${items[1].id}`));
    assert.match(
      text.stdout,
      /^2 more comments are not shown here; run `rapport safety` without --limit/m,
    );
    for (const bad of ['0', '-1', '1.5', 'ten']) {
      const run = rapport(['safety', '--store', store, '--limit', bad]);
      assert.equal(run.code, 2, `--limit ${bad}`);
      assert.match(run.stderr, /invalid --limit/);
    }
  });

  it('safety handle <id> records "handled"; --handled and --all list it', () => {
    const id = items[0].id;
    assert.deepEqual(jsonOf(rapport(['safety', 'handle', id, '--store', store, '--json'])), {
      id,
      handled: true,
    });
    const open = jsonOf(rapport(['safety', '--store', store, '--json'])).items;
    assert.deepEqual(
      open.map((i: any) => i.id),
      [items[1].id, items[2].id],
    );
    const handled = jsonOf(rapport(['safety', '--handled', '--store', store, '--json'])).items;
    assert.deepEqual(
      handled.map((i: any) => [i.id, i.handled]),
      [[id, true]],
    );
    assert.match(handled[0].handled_at, /^\d{4}-\d\d-\d\dT/);
    jsonOf(rapport(['safety', '--mark-handled', items[2].id, '--store', store, '--json']));
    const all = jsonOf(rapport(['safety', '--all', '--store', store, '--json'])).items;
    assert.deepEqual(
      all.map((i: any) => [i.id, i.handled]),
      [
        [items[0].id, true],
        [items[1].id, false],
        [items[2].id, true],
      ],
    );
  });

  it('refuses an unknown id and a bad owner country as usage errors', () => {
    assert.equal(rapport(['safety', 'handle', 'ffffffffff', '--store', store]).code, 2);
    assert.equal(rapport(['safety', '--show-text', 'nope', '--store', store]).code, 2);
    assert.equal(rapport(['safety', '--owner-country', 'Britain', '--store', store]).code, 2);
    assert.equal(rapport(['safety', '--store', join(dir, 'missing.duckdb')]).code, 1);
  });
});

// The real Mastodon archive holds toots Rapport cannot read (one in French, tagged `en` by its
// author's client): the inbox counts them as not checked instead of staying silent about them.
describe('rapport safety on the real Mastodon archive', { skip: fixturesSkip() }, () => {
  const { dir, cleanup } = tempDir('rapport-safety-unchecked-');
  const store = join(dir, 'm.duckdb');
  after(cleanup);

  it('counts the posts in a language it cannot read, by their language tag, and says so', async () => {
    const archive = fixture('mastodon', 'archive-dealingwith-2024');
    jsonOf(rapport(['import', 'auto', archive, '--store', store, '--json']));
    const inbox = jsonOf(rapport(['safety', '--store', store, '--json']));
    // recount: classify every stored text in this process and group the unreadable ones
    const db = await Database.open(store);
    const expected: Record<string, number> = {};
    let total = 0;
    try {
      for (const row of await db.rows('SELECT text, language FROM posts')) {
        if (classify(String(row.text)).languageSupported) continue;
        const tag = row.language === null ? 'unknown' : String(row.language);
        expected[tag] = (expected[tag] ?? 0) + 1;
        total++;
      }
    } finally {
      db.close();
    }
    assert.ok(total >= 1, 'the archive has a toot in French');
    assert.deepEqual(inbox.unchecked, { total, by_language: expected });
    const text = rapport(['safety', '--store', store]);
    assert.equal(text.code, 0, text.stderr);
    assert.ok(text.stdout.includes(SAFETY_COPY.unchecked(total)), text.stdout);
  });
});
