import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonOf, listDir, rapport, tempDir, type CliResult } from '../../src/testing/cli.js';
import { writeTar } from '../../src/testing/tar-writer.js';
import { writeZip } from '../../src/testing/zip-writer.js';

/**
 * Hostile inputs through the real CLI: each ends in quarantine or in a clear one-line error
 * naming the file — never a crash (a stack trace), a hang (the runs have a timeout) or a write
 * outside the store.
 */

function expectCleanError(result: CliResult, file: string, pattern: RegExp): void {
  assert.equal(result.code, 1, `exit code 1 expected:\n${result.stderr}`);
  const lines = result.stderr.trim().split('\n');
  assert.equal(lines.length, 1, `one line of error expected:\n${result.stderr}`);
  assert.match(lines[0]!, /^rapport: /);
  assert.ok(lines[0]!.includes(file), `the error names the file: ${lines[0]}`);
  assert.match(lines[0]!, pattern);
  assert.equal(result.stdout, '');
}

const XXE = `<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><wp:wxr_version>1.2</wp:wxr_version><wp:base_blog_url>https://xxe.example</wp:base_blog_url>
<item><title>&xxe;</title><content:encoded>&xxe;</content:encoded><wp:post_id>1</wp:post_id>
<wp:post_date_gmt>2024-01-01 00:00:00</wp:post_date_gmt><wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item>
</channel></rss>
`;

const LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><wp:wxr_version>1.2</wp:wxr_version><wp:base_blog_url>https://laughs.example</wp:base_blog_url>
<item><title>&lol9;</title><content:encoded>&lol9;</content:encoded><wp:post_id>1</wp:post_id>
<wp:post_date_gmt>2024-01-01 00:00:00</wp:post_date_gmt><wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item>
</channel></rss>
`;

const GOOD_LINE = JSON.stringify({
  id: 'abc1',
  name: 't1_abc1',
  author: 'someone',
  body: 'hello',
  created_utc: 1400000000,
  link_id: 't3_xyz',
  parent_id: 't3_xyz',
  subreddit: 'test',
});

describe('hostile input through `rapport import`', () => {
  it('import wordpress of an XXE document neither reads the entity nor crashes', () => {
    const { dir, cleanup } = tempDir();
    try {
      const file = join(dir, 'xxe.xml');
      writeFileSync(file, XXE);
      const result = rapport([
        'import',
        'wordpress',
        file,
        '--store',
        join(dir, 's.duckdb'),
        '--json',
      ]);
      if (result.code === 0) {
        const summary = jsonOf(result);
        assert.equal(summary.imported.posts, 0, 'an item with an external entity is not imported');
        assert.equal(summary.quarantined, 1);
      } else expectCleanError(result, file, /entit/i);
      assert.ok(!result.stdout.includes('root:'), 'no file content leaks');
      assert.deepEqual(
        listDir(dir).filter((f) => !f.startsWith('s.duckdb')),
        ['xxe.xml'],
      );
    } finally {
      cleanup();
    }
  });

  it('import wordpress of a billion-laughs document does not expand entities', () => {
    const { dir, cleanup } = tempDir();
    try {
      const file = join(dir, 'laughs.xml');
      writeFileSync(file, LAUGHS);
      const result = rapport(
        ['import', 'wordpress', file, '--store', join(dir, 's.duckdb'), '--json'],
        { timeoutMs: 60_000 },
      );
      assert.notEqual(result.code, null, 'finished before the timeout');
      if (result.code === 0) {
        const summary = jsonOf(result);
        assert.equal(summary.imported.posts, 0);
        assert.equal(summary.quarantined, 1);
      } else expectCleanError(result, file, /entit/i);
    } finally {
      cleanup();
    }
  });

  it('import auto of a zip with `../` entry names is refused whole, writing nothing', () => {
    const { dir, cleanup } = tempDir();
    try {
      const file = join(dir, 'slip.zip');
      writeFileSync(
        file,
        writeZip([
          { name: 'data.ndjson', data: Buffer.from(GOOD_LINE + '\n') },
          { name: '../../evil.ndjson', data: Buffer.from(GOOD_LINE + '\n') },
        ]),
      );
      const result = rapport(['import', 'auto', file, '--store', join(dir, 's.duckdb')]);
      expectCleanError(result, file, /unsafe path/);
      assert.deepEqual(listDir(dir), ['slip.zip'], 'no store and no extracted file');
    } finally {
      cleanup();
    }
  });

  it('import reddit of a zip bomb stops at the ratio limit with a clear error', () => {
    const { dir, cleanup } = tempDir();
    try {
      const file = join(dir, 'bomb.zip');
      // 64 MiB of zeros deflate to ~64 KiB: far over 200:1. The second entry lies about its size.
      const zeros = Buffer.alloc(64 * 1024 * 1024);
      writeFileSync(file, writeZip([{ name: 'RC_bomb.ndjson', data: zeros }]));
      const honest = rapport(['import', 'reddit', file, '--store', join(dir, 's.duckdb')]);
      expectCleanError(honest, file, /zip bomb/);
      const liar = join(dir, 'liar.zip');
      writeFileSync(liar, writeZip([{ name: 'RC_bomb.ndjson', data: zeros, claimedSize: 1000 }]));
      const lying = rapport(['import', 'reddit', liar, '--store', join(dir, 's.duckdb')]);
      expectCleanError(lying, liar, /zip bomb|unreadable|too many|size/i);
      assert.deepEqual(listDir(dir), ['bomb.zip', 'liar.zip']);
    } finally {
      cleanup();
    }
  });

  it('tar archives: `../` names, a gzip bomb and a cut .tar.gz are one-line errors, leaving nothing', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const temp = join(dir, 'tmp');
      mkdirSync(temp);
      const env = { ...process.env, TMPDIR: temp };
      const line = Buffer.from(GOOD_LINE + '\n');
      const store = join(dir, 's.duckdb');

      const slip = join(dir, 'slip.tar');
      writeFileSync(
        slip,
        await writeTar([
          { name: 'RC_2015-01.ndjson', data: line },
          { name: '../../evil.ndjson', data: line },
        ]),
      );
      expectCleanError(
        rapport(['import', 'auto', slip, '--store', store], { env }),
        slip,
        /unsafe path/,
      );

      // 64 MiB of zeros gzip to ~64 KiB: far over 200:1
      const bomb = join(dir, 'bomb.tar.gz');
      const zeros = Buffer.alloc(64 * 1024 * 1024);
      writeFileSync(
        bomb,
        await writeTar([{ name: 'RC_bomb.ndjson', data: zeros }], { gzip: true }),
      );
      expectCleanError(
        rapport(['import', 'reddit', bomb, '--store', store], { env }),
        bomb,
        /decompression bomb refused/,
      );

      const whole = await writeTar(
        [{ name: 'RC_2015-01.ndjson', data: Buffer.concat(Array(2000).fill(line)) }],
        { gzip: true },
      );
      const cut = join(dir, 'cut.tar.gz');
      writeFileSync(cut, whole.subarray(0, Math.floor(whole.length / 2)));
      expectCleanError(
        rapport(['import', 'reddit', cut, '--store', store], { env }),
        cut,
        /unexpected end of file/,
      );

      assert.deepEqual(listDir(dir), ['bomb.tar.gz', 'cut.tar.gz', 'slip.tar', 'tmp']);
      assert.deepEqual(listDir(temp), [], 'no file kept from an archive is left behind');
      // the whole archive imports: the same bytes, not cut
      writeFileSync(cut, whole);
      const imported = jsonOf(
        rapport(['import', 'reddit', cut, '--store', store, '--json'], { env }),
      );
      assert.equal(imported.records, 2000);
      assert.equal(imported.duplicates, 1999);
      // a large archive is said to be listed first: it is read through before the bar can show
      const large = join(dir, 'large.tar');
      writeFileSync(
        large,
        await writeTar([
          { name: 'media/clip.mp4', data: Buffer.alloc(40 * 1024 * 1024) },
          { name: 'RC_2015-01.ndjson', data: line },
        ]),
      );
      const run = rapport(['import', 'reddit', large, '--store', store, '--json'], { env });
      assert.equal(jsonOf(run).duplicates, 1);
      assert.match(run.stderr, /^listing the files of the tar archive .*large\.tar \(40 MB\)$/m);
      assert.deepEqual(listDir(temp), []);
    } finally {
      cleanup();
    }
  });

  it('import reddit of a 0-byte file is a clear error and creates no store', () => {
    const { dir, cleanup } = tempDir();
    try {
      const file = join(dir, 'empty.ndjson');
      writeFileSync(file, '');
      expectCleanError(
        rapport(['import', 'reddit', file, '--store', join(dir, 's.duckdb')]),
        file,
        /empty/,
      );
      assert.deepEqual(listDir(dir), ['empty.ndjson']);
    } finally {
      cleanup();
    }
  });

  it('import of an empty folder or archive says it holds nothing, and creates no store', () => {
    const { dir, cleanup } = tempDir();
    try {
      const folder = join(dir, 'export');
      mkdirSync(join(folder, 'data'), { recursive: true });
      const store = join(dir, 's.duckdb');
      for (const platform of ['auto', 'x'])
        expectCleanError(
          rapport(['import', platform, folder, '--store', store]),
          folder,
          /the folder .* holds no files: nothing to import$/,
        );
      writeFileSync(join(folder, 'data', 'tweets.js'), '');
      expectCleanError(
        rapport(['import', 'auto', folder, '--store', store]),
        folder,
        /holds only empty files: nothing to import$/,
      );
      const zip = join(dir, 'export.zip');
      writeFileSync(zip, writeZip([]));
      expectCleanError(
        rapport(['import', 'auto', zip, '--store', store]),
        zip,
        /the archive .* holds no files: nothing to import$/,
      );
      assert.deepEqual(listDir(dir), ['export', 'export.zip']);
    } finally {
      cleanup();
    }
  });

  it('a first import that fails while reading (a truncated file) leaves no store file', () => {
    const { dir, cleanup } = tempDir();
    try {
      const file = join(dir, 'cut.ndjson');
      // one whole comment, then a line cut off mid-record: found only after the store opened
      writeFileSync(
        file,
        '{"id":"c1","author":"a","created_utc":1420070400,"body":"hi","link_id":"t3_p1",' +
          '"parent_id":"t3_p1","subreddit":"depression"}\n{"id":"c2","author":"b","bo',
      );
      expectCleanError(
        rapport(['import', 'reddit', file, '--store', join(dir, 's.duckdb')]),
        file,
        /truncated/,
      );
      assert.deepEqual(listDir(dir), ['cut.ndjson']);
    } finally {
      cleanup();
    }
  });

  it('import auto of a binary file is named and rejected, storing nothing', () => {
    const { dir, cleanup } = tempDir();
    try {
      const file = join(dir, 'noise.bin');
      const noise = Buffer.alloc(100_000);
      for (let i = 0; i < noise.length; i++) noise[i] = (i * 2654435761) >>> 24;
      writeFileSync(file, noise);
      expectCleanError(
        rapport(['import', 'auto', file, '--store', join(dir, 's.duckdb')]),
        file,
        /not a recognised/,
      );
      assert.deepEqual(listDir(dir), ['noise.bin']);
    } finally {
      cleanup();
    }
  });

  it('import reddit quarantines a 10 MB JSON line and invalid UTF-8, keeping the good lines', () => {
    const { dir, cleanup } = tempDir();
    try {
      const file = join(dir, 'mixed.ndjson');
      const huge = JSON.stringify({
        id: 'big',
        body: 'x'.repeat(10 * 1024 * 1024),
        subreddit: 'test',
      });
      const badUtf8 = Buffer.concat([
        Buffer.from('{"id":"bad","body":"'),
        Buffer.from([0xff, 0xfe, 0xc3]),
        Buffer.from('","subreddit":"test"}'),
      ]);
      writeFileSync(
        file,
        Buffer.concat([Buffer.from(GOOD_LINE + '\n' + huge + '\n'), badUtf8, Buffer.from('\n')]),
      );
      const summary = jsonOf(
        rapport(['import', 'reddit', file, '--store', join(dir, 's.duckdb'), '--json']),
      );
      assert.equal(summary.records, 3);
      assert.equal(summary.imported.posts, 1);
      assert.equal(summary.quarantined, 2);
      const again = jsonOf(
        rapport(['import', 'reddit', file, '--store', join(dir, 's.duckdb'), '--json']),
      );
      assert.equal(again.duplicates, 1);
      assert.equal(again.quarantined, 2);
      const stats = jsonOf(rapport(['stats', '--store', join(dir, 's.duckdb'), '--json']));
      assert.equal(stats.reddit.quarantined, 2, 'the same bytes add no second quarantine entry');
    } finally {
      cleanup();
    }
  });

  it('a missing file and a wrong platform name end in one-line errors', () => {
    const { dir, cleanup } = tempDir();
    try {
      const missing = join(dir, 'nope.ndjson');
      expectCleanError(
        rapport(['import', 'reddit', missing, '--store', join(dir, 's.duckdb')]),
        missing,
        /no such file/,
      );
      const wrong = rapport(['import', 'myspace', missing, '--store', join(dir, 's.duckdb')]);
      assert.equal(wrong.code, 2);
      assert.match(wrong.stderr, /unknown platform: myspace/);
      assert.deepEqual(listDir(dir), []);
    } finally {
      cleanup();
    }
  });
});
