import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { tempDir } from '../../testing/cli.js';
import { fixture, fixturesSkip } from '../../testing/fixtures.js';
import { InputError } from '../errors.js';
import { expectTally } from '../meta/expect-tally.js';
import { tallyImport } from '../meta/tally-units.js';
import { youtubeImporter } from './index.js';
import { takeoutText } from './parse-takeout-row.js';

describe('youtube: Google Takeout comments.csv', () => {
  it('takeoutText(raw) joins the JSON segments of a Comment text cell', () => {
    assert.equal(
      takeoutText('{"text":"a "},{"text":"14:04","videoLink":{"externalVideoId":"x"}}'),
      'a 14:04',
    );
    assert.equal(takeoutText(''), '');
    assert.equal(takeoutText('{"text":'), null);
    assert.equal(takeoutText('[[[]]]'), null);
    assert.equal(takeoutText('{"text":12}'), null);
  });

  it('readTakeoutComments quarantines a row with invalid UTF-8 and keeps the others, BOM or not', async () => {
    const { dir, cleanup } = tempDir('rapport-takeout-');
    try {
      const row = (id: string, text: Buffer) =>
        Buffer.concat([
          Buffer.from(`${id},UCx,2024-08-17T20:04:52.096899+00:00,0,,vid,"{""text"":""`),
          text,
          Buffer.from('""}"\n'),
        ]);
      const file = join(dir, 'comments.csv');
      writeFileSync(
        file,
        Buffer.concat([
          Buffer.from([0xef, 0xbb, 0xbf]),
          Buffer.from(
            'Comment ID,Channel ID,Comment create timestamp,Price,Post ID,Video ID,Comment text\n',
          ),
          row('Ugygood1', Buffer.from('齊人 ok')),
          row('Ugybad01', Buffer.from([0x68, 0xff, 0xfe, 0xc3])),
        ]),
      );
      const tally = await tallyImport(youtubeImporter, file);
      assert.equal(tally.format, 'youtube-takeout');
      assert.deepEqual([tally.records, tally.comments, tally.quarantined], [2, 1, 1]);
      const bad = tally.units.find((u) => u.outcome === 'quarantined');
      assert.deepEqual(bad?.outcome === 'quarantined' ? [bad.reason, bad.where.line] : null, [
        'invalid UTF-8',
        3,
      ]);
      const post = tally.units
        .flatMap((u) => (u.outcome === 'record' ? u.items : []))
        .find((i) => i.type === 'post');
      assert.equal(post?.type === 'post' ? post.text : null, '齊人 ok');
    } finally {
      cleanup();
    }
  });

  it('imports takeout-2024/comments.csv with exact counts', { skip: fixturesSkip() }, async () => {
    // python3 -c "import csv; r=list(csv.DictReader(open('comments.csv',encoding='utf-8')));
    //   print(len(r), len({x['Comment ID'] for x in r}), len({x['Channel ID'] for x in r}),
    //   sum('.' in x['Comment ID'] for x in r), sum(not x['Video ID'] for x in r))" → 20 20 1 0 1
    for (const path of [
      fixture('youtube', 'takeout-2024', 'comments.csv'),
      fixture('youtube', 'takeout-2024'),
    ]) {
      const tally = await tallyImport(youtubeImporter, path);
      assert.equal(tally.format, 'youtube-takeout');
      expectTally(
        tally,
        {
          records: 20,
          rootPosts: 0,
          comments: 20,
          threaded: 0,
          interactions: { reply: 20 },
          accounts: 1,
          skipped: {},
          quarantined: 0,
        },
        path,
      );
    }
  });

  it(
    'hangs a community-post comment on post/<id> and a video comment on video/<id>',
    { skip: fixturesSkip() },
    async () => {
      const tally = await tallyImport(
        youtubeImporter,
        fixture('youtube', 'takeout-2024', 'comments.csv'),
      );
      const posts = tally.units
        .flatMap((u) => (u.outcome === 'record' ? u.items : []))
        .flatMap((i) => (i.type === 'post' ? [i] : []));
      assert.equal(posts.filter((p) => String(p.parent).startsWith('post/')).length, 1);
      assert.equal(posts.filter((p) => String(p.parent).startsWith('video/')).length, 19);
      assert.ok(posts.every((p) => p.createdAt && !p.createdAt.isLocal));
    },
  );
  it(
    'a comments.csv damaged mid-row ends in an InputError naming the file, never a wait',
    { skip: fixturesSkip() },
    async () => {
      // Bytes 448–620 cut out: from inside row 3's quoted text into row 4, so a quote closes
      // before a character that is no delimiter. csv-parse fails; the reader once waited
      // forever on the failed parser, and the process ended with nothing said.
      const { dir, cleanup } = tempDir('rapport-takeout-');
      try {
        const bytes = readFileSync(fixture('youtube', 'takeout-2024', 'comments.csv'));
        const file = join(dir, 'comments.csv');
        writeFileSync(file, Buffer.concat([bytes.subarray(0, 448), bytes.subarray(621)]));
        await assert.rejects(
          tallyImport(youtubeImporter, file),
          (error: unknown) =>
            error instanceof InputError &&
            error.file === file &&
            error.message.startsWith(`${file} is not a readable CSV: Invalid Closing Quote`),
        );
      } finally {
        cleanup();
      }
    },
  );
});
