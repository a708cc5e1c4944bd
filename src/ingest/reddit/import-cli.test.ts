import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { compress } from 'zstd-napi';
import { after, describe, it } from 'node:test';
import { jsonOf, rapport, tempDir } from '../../testing/cli.js';
import { fixture, fixturesSkip } from '../../testing/fixtures.js';

// End to end through the real CLI: `rapport import reddit … --json` and `rapport stats --json` on
// the r/depression sample, whose counts index.test.ts verifies with jq.
describe('rapport import reddit (CLI)', { skip: fixturesSkip() }, () => {
  const { dir, cleanup } = tempDir('rapport-reddit-cli-');
  after(cleanup);
  const store = join(dir, 's.duckdb');
  const sample = (ext: string) => fixture('reddit', `gkotsis-2015dump-depression-sample${ext}`);
  const STATS = {
    reddit: {
      accounts: 3352,
      comments: 4056,
      interactions: { follow: 0, like: 0, mention: 0, quote: 0, reply: 4056, repost: 0 },
      quarantined: 0,
      root_posts: 944,
      threaded_replies: 1984,
    },
  };
  let firstStats = '';

  it('import --json reports every record once, by SPEC §9 keys', () => {
    const summary = jsonOf(
      rapport(['import', 'reddit', sample('.ndjson'), '--store', store, '--json']),
    );
    assert.deepEqual(Object.keys(summary).sort(), [
      'duplicates',
      'elapsed_s',
      'format',
      'imported',
      'platform',
      'quarantined',
      'records',
      'skipped',
      'updated',
    ]);
    assert.equal(summary.platform, 'reddit');
    assert.equal(summary.format, 'pushshift-ndjson');
    assert.equal(summary.records, 5000);
    assert.deepEqual(summary.imported, { accounts: 3352, posts: 5000, interactions: 4056 });
    assert.equal(summary.updated, 0);
    assert.equal(summary.duplicates, 0);
    assert.equal(summary.quarantined, 0);
    assert.deepEqual(summary.skipped, {});
    assert.equal(typeof summary.elapsed_s, 'number');
    const stats = rapport(['stats', '--store', store, '--json']);
    assert.deepEqual(jsonOf(stats), STATS);
    firstStats = stats.stdout;
  });

  it('importing the sample again, as NDJSON, .zst or CSV, finds 5000 duplicates, stats unchanged', () => {
    for (const [ext, format] of [
      ['.ndjson', 'pushshift-ndjson'],
      ['.ndjson.zst', 'pushshift-ndjson'],
      ['.csv', 'pushshift-csv'],
    ] as const) {
      const summary = jsonOf(rapport(['import', 'auto', sample(ext), '--store', store, '--json']));
      assert.equal(summary.format, format);
      assert.equal(summary.records, 5000);
      assert.deepEqual(summary.imported, { accounts: 0, posts: 0, interactions: 0 });
      assert.equal(summary.updated, 0);
      assert.equal(summary.duplicates, 5000, ext);
      const again = rapport(['stats', '--store', store, '--json']);
      assert.equal(again.stdout, firstStats);
    }
  });

  it('--subreddits skips the other subreddits by reason', () => {
    const api = fixture('reddit', 'pushshift-api-2021-comment-search-science.json');
    const args = ['import', 'reddit', api, '--subreddits', 'depression,anxiety'];
    const summary = jsonOf(rapport([...args, '--store', store, '--json']));
    assert.equal(summary.records, 100);
    assert.deepEqual(summary.skipped, { 'subreddit filter': 100 });
    assert.equal(rapport(['stats', '--store', store, '--json']).stdout, firstStats);
  });

  it('--subreddits takes r/ and any case; no names, or another platform, is a usage error', () => {
    const fresh = join(dir, 'filtered.duckdb');
    const api = fixture('reddit', 'pushshift-api-2021-comment-search-science.json');
    const kept = jsonOf(
      rapport([
        'import',
        'reddit',
        api,
        '--subreddits',
        ' /r/Science ',
        '--store',
        fresh,
        '--json',
      ]),
    );
    assert.deepEqual([kept.records, kept.skipped], [100, {}]);
    const wxr = fixture('wordpress', 'wxr-serialized-comment-meta.xml');
    for (const [args, message] of [
      [['reddit', api, '--subreddits', ' , r/'], /--subreddits: expected subreddit names/],
      [
        ['wordpress', wxr, '--subreddits', 'science'],
        /applies to reddit imports only, not wordpress/,
      ],
      [['auto', wxr, '--subreddits', 'science'], /applies to reddit imports only; .* is wordpress/],
    ] as const) {
      const none = join(dir, 'none.duckdb');
      const result = rapport(['import', ...args, '--store', none, '--json']);
      assert.equal(result.code, 2, result.stderr);
      assert.match(result.stderr, message);
      assert.equal(result.stdout, '');
      assert.equal(existsSync(none), false, 'no store is created');
    }
  });

  it('a corrupt .zst ends in one clear error naming the file, exit 1, store unchanged', () => {
    // 64 bytes overwritten inside the compressed data (`zstd -t` says "Data corruption
    // detected"); the decoder fails while the reader waits on its full buffer, which once left
    // the run waiting forever and the process ending with exit 0 and no output.
    const bytes = Buffer.from(readFileSync(sample('.ndjson.zst')));
    bytes.fill(0xff, 9000, 9064);
    const corrupt = join(dir, 'corrupt.ndjson.zst');
    writeFileSync(corrupt, bytes);
    const result = rapport(['import', 'reddit', corrupt, '--store', store, '--json']);
    assert.equal(result.code, 1);
    assert.equal(result.stdout, '');
    assert.match(
      result.stderr,
      /^rapport: cannot decompress .*corrupt\.ndjson\.zst: Data corruption detected\n$/,
    );
    assert.equal(rapport(['stats', '--store', store, '--json']).stdout, firstStats);
  });

  it('a cut-off .zst ends in one clear error naming the file, exit 1, store unchanged', () => {
    const bytes = readFileSync(sample('.ndjson.zst'));
    const cut = join(dir, 'cut.ndjson.zst');
    writeFileSync(cut, bytes.subarray(0, bytes.length - 1000));
    const result = rapport(['import', 'reddit', cut, '--store', store, '--json']);
    assert.equal(result.code, 1);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /cut\.ndjson\.zst/);
    assert.equal(rapport(['stats', '--store', store, '--json']).stdout, firstStats);
  });

  it('a --store that is not a store file ends in one clear error, exit 1, the file unchanged', () => {
    // DuckDB would open a data file named `.ndjson` as an empty database in memory: the import
    // would report its counts and store nothing
    const copy = join(dir, 'copy.ndjson');
    const empty = join(dir, 'empty.duckdb');
    writeFileSync(copy, readFileSync(sample('.ndjson')));
    writeFileSync(empty, '');
    for (const [target, why] of [
      [copy, 'it is not a DuckDB database file'],
      [empty, 'it is not a DuckDB database file'],
      [dir, 'it is a folder'],
    ] as const) {
      for (const args of [['import', 'reddit', sample('.ndjson')], ['stats']]) {
        const result = rapport([...args, '--store', target, '--json']);
        assert.equal(result.code, 1, `${args[0]} --store ${target}: ${result.stderr}`);
        assert.equal(result.stdout, '');
        assert.equal(result.stderr, `rapport: cannot open store ${target}: ${why}\n`);
      }
    }
    assert.ok(readFileSync(copy).equals(readFileSync(sample('.ndjson'))), 'the file is unchanged');
    assert.equal(readFileSync(empty).length, 0);
  });

  it('--memory that is no size DuckDB can use is a usage error, exit 2', () => {
    for (const memory of ['lots', '1', '80%', '100KB']) {
      const result = rapport(['stats', '--memory', memory, '--store', store]);
      assert.equal(result.code, 2, `--memory ${memory}: ${result.stderr}`);
      assert.match(result.stderr, /--memory .* is invalid\. expected a size of at least 64MB/);
    }
    assert.equal(rapport(['stats', '--memory', '512MB', '--store', store, '--json']).code, 0);
  });

  it('a .gz of the sample imports as the plain file does; a cut one is one clear error', () => {
    const gz = join(dir, 'sample.ndjson.gz');
    writeFileSync(gz, gzipSync(readFileSync(sample('.ndjson'))));
    const fresh = join(dir, 'gz.duckdb');
    const summary = jsonOf(rapport(['import', 'auto', gz, '--store', fresh, '--json']));
    assert.deepEqual(
      [summary.format, summary.records, summary.imported.posts],
      ['pushshift-ndjson', 5000, 5000],
    );
    assert.equal(rapport(['stats', '--store', fresh, '--json']).stdout, firstStats);
    const again = jsonOf(rapport(['import', 'reddit', gz, '--store', store, '--json']));
    assert.equal(again.duplicates, 5000);

    const cut = join(dir, 'cut.ndjson.gz');
    const bytes = readFileSync(gz);
    writeFileSync(cut, bytes.subarray(0, bytes.length >> 1));
    const result = rapport(['import', 'reddit', cut, '--store', store, '--json']);
    assert.equal(result.code, 1);
    assert.equal(result.stdout, '');
    assert.match(
      result.stderr,
      /^rapport: cannot decompress .*cut\.ndjson\.gz: unexpected end of file\n$/,
    );
    assert.equal(rapport(['stats', '--store', store, '--json']).stdout, firstStats);
  });

  it('a .gz or .zst that inflates past 200:1 is refused as a bomb, storing nothing', () => {
    // the sample's first line, then 64 MiB of blank lines: about 1000:1 either way
    const head = readFileSync(sample('.ndjson'), 'utf8').split('\n')[0]!;
    const plain = Buffer.concat([Buffer.from(head + '\n'), Buffer.alloc(64 * 1024 * 1024, 0x0a)]);
    for (const [name, bytes] of [
      ['bomb.ndjson.gz', gzipSync(plain, { level: 9 })],
      ['bomb.ndjson.zst', compress(plain)],
    ] as const) {
      assert.ok(bytes.length * 200 < plain.length, `${name} is a bomb: ${bytes.length} bytes`);
      const file = join(dir, name);
      writeFileSync(file, bytes);
      const none = join(dir, `${name}.duckdb`);
      const result = rapport(['import', 'reddit', file, '--store', none, '--json']);
      assert.equal(result.code, 1, result.stderr);
      assert.equal(result.stdout, '');
      assert.equal(
        result.stderr,
        `rapport: decompression bomb refused: ${file} inflates past 200:1\n`,
      );
      assert.equal(existsSync(none), false);
    }
  });
});
