import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { jsonOf, listDir, rapport, tempDir, type CliResult } from '../../src/testing/cli.js';
import { fixture, fixturesSkip } from '../../src/testing/fixtures.js';
import { writeZip } from '../../src/testing/zip-writer.js';

/**
 * Hostile inputs for the Instagram, Facebook, TikTok and YouTube Takeout importers, through the
 * real CLI. Each store first holds a good import of the platform's real fixture; every hostile
 * run must then end in quarantine (exit 0) or in one clear line naming the file (exit 1) — never
 * a stack trace, a hang (each run has a timeout) or a partial write: `stats --json` is unchanged
 * after a failed run.
 */

interface Platform {
  readonly key: string;
  /** The real fixture imported first, and the entry name it has inside an export. */
  readonly good: string;
  readonly entry: string;
  /** Another file name the export may hold beside `entry`, for a hostile file next to a good one. */
  readonly sibling: string;
  /** A document the importer recognises, with `hole` where hostile content is put. */
  readonly wrap: (hole: string) => string;
  /** One valid record of that document whose text is `text` (written as `wrap` needs it: CSV doubles quotes). */
  readonly record: (text: string) => string;
}

const PLATFORMS: readonly Platform[] = [
  {
    key: 'instagram',
    good: fixture('instagram', 'export-2024-yummyhopper', 'comments', 'post_comments_1.json'),
    entry: 'your_instagram_activity/comments/post_comments_1.json',
    sibling: 'connections/followers_and_following/followers_1.json',
    wrap: (hole) => `{"relationships_followers": [${hole}]}`,
    record: (text) =>
      `{"title": "", "media_list_data": [], "string_list_data": [{"href": "https://www.instagram.com/someone", "value": "${text}", "timestamp": 1733433674}]}`,
  },
  {
    key: 'facebook',
    good: fixture('facebook', 'waultar-2022', 'comments_and_reactions', 'comments.json'),
    entry: 'comments_and_reactions/comments.json',
    sibling: 'comments_and_reactions/posts_and_comments.json',
    wrap: (hole) => `{"comments_v2": [${hole}]}`,
    record: (text) =>
      `{"timestamp": 1257938047, "data": [{"comment": {"timestamp": 1257938047, "comment": "${text}", "author": "Someone"}}], "title": "Someone commented."}`,
  },
  {
    key: 'tiktok',
    good: fixture('tiktok', 'user_data_tiktok-testaccount-2024.json'),
    entry: 'user_data_tiktok.json',
    sibling: 'user_data.json',
    wrap: (hole) =>
      `{"Profile": {"Profile Info": {"ProfileMap": {"userName": "someone"}}}, "Comment": {"Comments": {"CommentsList": [${hole}]}}}`,
    record: (text) => `{"date": "2024-05-01 10:00:00", "comment": "${text}"}`,
  },
  {
    key: 'youtube',
    good: fixture('youtube', 'takeout-2024', 'comments.csv'),
    entry: 'Takeout/YouTube and YouTube Music/comments/comments.csv',
    sibling: 'Takeout/YouTube and YouTube Music/comments/comments-1.csv',
    wrap: (hole) =>
      'Comment ID,Channel ID,Comment create timestamp,Price,Post ID,Video ID,Comment text\n' +
      `UgzEXAMPLE,UCexample,2024-08-17T20:04:52.096899+00:00,0,,vid,"${hole}"\n`,
    record: (text) => `{""text"":""${text}""}`,
  },
];

const NESTED = '['.repeat(100_000) + ']'.repeat(100_000);

/** Exit 1 with one `rapport: …` line naming `file`, and nothing on stdout. */
function expectCleanError(result: CliResult, file: string, pattern: RegExp): void {
  assert.notEqual(result.code, null, 'finished before the timeout');
  assert.equal(result.code, 1, `exit code 1 expected:\n${result.stdout}\n${result.stderr}`);
  const lines = result.stderr.trim().split('\n');
  assert.equal(lines.length, 1, `one line of error expected:\n${result.stderr}`);
  assert.match(lines[0]!, /^rapport: /);
  assert.ok(lines[0]!.includes(file), `the error names the file: ${lines[0]}`);
  assert.match(lines[0]!, pattern);
  assert.equal(result.stdout, '');
}

/**
 * Beside a good file already stored: a clean error, or exit 0 with nothing new (the hostile
 * file quarantined, or not taken for an export file at all).
 */
function expectNothingNew(result: CliResult, file: string, pattern: RegExp): void {
  if (result.code === 0) {
    const summary = jsonOf(result);
    assert.deepEqual(summary.imported, { accounts: 0, posts: 0, interactions: 0 });
    assert.equal(summary.updated, 0);
  } else expectCleanError(result, file, pattern);
}

/** Quarantine (exit 0, nothing imported from the hostile part) or a clean error. */
function expectQuarantineOrError(result: CliResult, file: string, pattern: RegExp): void {
  if (result.code === 0) {
    const summary = jsonOf(result);
    assert.ok(summary.quarantined >= 1, `quarantined: ${result.stdout}`);
    assert.deepEqual(summary.imported, { accounts: 0, posts: 0, interactions: 0 });
  } else expectCleanError(result, file, pattern);
}

for (const platform of PLATFORMS) {
  describe(
    `hostile ${platform.key} input through \`rapport import\``,
    { skip: fixturesSkip() },
    () => {
      /** A store holding the good fixture, and a function that checks it is unchanged. */
      function seeded(dir: string): { store: string; unchanged: () => void } {
        const store = join(dir, 's.duckdb');
        const first = jsonOf(
          rapport(['import', platform.key, platform.good, '--store', store, '--json']),
        );
        assert.ok(first.records > 0);
        const stats = jsonOf(rapport(['stats', '--store', store, '--json']));
        return {
          store,
          unchanged: () =>
            assert.deepEqual(jsonOf(rapport(['stats', '--store', store, '--json'])), stats),
        };
      }

      /** Runs `import <platform> <path> --json` with a timeout. */
      const run = (path: string, store: string) =>
        rapport(['import', platform.key, path, '--store', store, '--json'], { timeoutMs: 60_000 });

      /** Writes `bytes` as the platform's export entry inside a fresh folder. */
      function exportFolder(dir: string, name: string, bytes: Uint8Array): string {
        const root = join(dir, name);
        const file = join(root, platform.entry);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, bytes);
        return root;
      }

      /** An export folder with the good fixture and `bytes` as the sibling file beside it. */
      function mixedFolder(dir: string, name: string, bytes: Uint8Array): string {
        const root = exportFolder(dir, name, readFileSync(platform.good));
        const file = join(root, platform.sibling);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, bytes);
        return root;
      }

      it(`import ${platform.key} <zip with a ../ entry> is refused whole, writing nothing`, () => {
        const { dir, cleanup } = tempDir();
        try {
          const { store, unchanged } = seeded(dir);
          const zip = join(dir, 'slip.zip');
          writeFileSync(
            zip,
            writeZip([
              { name: platform.entry, data: readFileSync(platform.good) },
              { name: `../../${platform.entry.split('/').pop()}`, data: Buffer.from('[]') },
            ]),
          );
          expectCleanError(run(zip, store), zip, /unsafe path/);
          unchanged();
          assert.deepEqual(
            listDir(dir).filter((f) => !f.startsWith('s.duckdb')),
            ['slip.zip'],
          );
        } finally {
          cleanup();
        }
      });

      it(`import ${platform.key} <zip bomb entry over 200:1> stops with a clear error`, () => {
        const { dir, cleanup } = tempDir();
        try {
          const { store, unchanged } = seeded(dir);
          // 64 MiB of spaces in a recognisable document deflate to ~64 KiB: far over 200:1.
          const bomb = Buffer.from(platform.wrap(' '.repeat(64 * 1024 * 1024)));
          const zip = join(dir, 'bomb.zip');
          writeFileSync(zip, writeZip([{ name: platform.entry, data: bomb }]));
          expectCleanError(run(zip, store), zip, /zip bomb/);
          const liar = join(dir, 'liar.zip');
          writeFileSync(liar, writeZip([{ name: platform.entry, data: bomb, claimedSize: 1000 }]));
          expectCleanError(run(liar, store), liar, /zip bomb|unreadable|too many|size/i);
          unchanged();
        } finally {
          cleanup();
        }
      });

      it(`import ${platform.key} <100,000 nested arrays> ends in quarantine or a clean error`, () => {
        const { dir, cleanup } = tempDir();
        try {
          const { store, unchanged } = seeded(dir);
          const root = exportFolder(dir, 'nested', Buffer.from(platform.wrap(NESTED)));
          const result = run(root, store);
          expectQuarantineOrError(result, platform.entry.split('/').pop()!, /nested too deeply/);
          if (result.code !== 0) unchanged();
        } finally {
          cleanup();
        }
      });

      it(`import ${platform.key} <invalid UTF-8 bytes> ends in quarantine or a clean error`, () => {
        const { dir, cleanup } = tempDir();
        try {
          const { store, unchanged } = seeded(dir);
          // A valid record but for three bytes that are no UTF-8: replacing them silently would
          // import it with altered text.
          const [before, after] = platform
            .wrap(platform.record('hello \u0000 there'))
            .split('\u0000') as [string, string];
          const bytes = Buffer.concat([
            Buffer.from(before),
            Buffer.from([0xff, 0xfe, 0xc3]),
            Buffer.from(after),
          ]);
          const root = exportFolder(dir, 'utf8', bytes);
          const result = run(root, store);
          expectQuarantineOrError(result, platform.entry.split('/').pop()!, /invalid UTF-8/);
          if (result.code !== 0) unchanged();
          else {
            const stats = jsonOf(rapport(['stats', '--store', store, '--json']));
            const again = jsonOf(run(root, store));
            assert.equal(again.quarantined, 1);
            assert.deepEqual(jsonOf(rapport(['stats', '--store', store, '--json'])), stats);
          }
        } finally {
          cleanup();
        }
      });

      it(`import ${platform.key} <0-byte export file> is a clean error, the store unchanged`, () => {
        const { dir, cleanup } = tempDir();
        try {
          const { store, unchanged } = seeded(dir);
          const alone = join(dir, platform.entry.split('/').pop()!);
          writeFileSync(alone, '');
          expectCleanError(
            run(alone, store),
            alone,
            /empty|no \w+ input Rapport can read|not valid/,
          );
          const root = exportFolder(dir, 'empty', new Uint8Array(0));
          expectCleanError(
            run(root, store),
            'empty',
            /empty|no \w+ input Rapport can read|not valid/,
          );
          const mixed = mixedFolder(dir, 'mixed-empty', new Uint8Array(0));
          expectNothingNew(
            run(mixed, store),
            platform.sibling.split('/').pop()!,
            /empty|not valid/,
          );
          unchanged();
        } finally {
          cleanup();
        }
      });

      it(`import ${platform.key} <truncated export file> is a clean error, the store unchanged`, () => {
        const { dir, cleanup } = tempDir();
        try {
          const { store, unchanged } = seeded(dir);
          const good = readFileSync(platform.good);
          const cut = good.subarray(0, Math.floor(good.length / 2));
          const root = exportFolder(dir, 'truncated', cut);
          const result = run(root, store);
          if (platform.key === 'youtube') {
            // A CSV cut mid-file: the rows before the cut are whole, the cut row is quarantined
            // or an unterminated quote ends the file with an error; either way no crash.
            assert.notEqual(result.code, null);
            if (result.code !== 0) expectCleanError(result, 'comments.csv', /comments\.csv/);
            else assert.ok(jsonOf(result).records > 0);
          } else {
            expectCleanError(result, platform.entry.split('/').pop()!, /not valid JSON/);
            unchanged();
          }
        } finally {
          cleanup();
        }
      });

      it(`import ${platform.key} <binary file> is named and rejected, the store unchanged`, () => {
        const { dir, cleanup } = tempDir();
        try {
          const { store, unchanged } = seeded(dir);
          const noise = Buffer.alloc(100_000);
          for (let i = 0; i < noise.length; i++) noise[i] = (i * 2654435761) >>> 24;
          const alone = join(dir, 'noise.bin');
          writeFileSync(alone, noise);
          expectCleanError(run(alone, store), alone, /no \w+ input Rapport can read/);
          // The same bytes under the export's own file name, inside an export folder.
          const root = exportFolder(dir, 'binary', noise);
          expectQuarantineOrError(
            run(root, store),
            root,
            /no \w+ input Rapport can read|invalid UTF-8|not valid/,
          );
          const mixed = mixedFolder(dir, 'mixed-binary', noise);
          expectNothingNew(
            run(mixed, store),
            platform.sibling.split('/').pop()!,
            /invalid UTF-8|not valid/,
          );
          unchanged();
        } finally {
          cleanup();
        }
      });
    },
  );
}
