import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listValue } from '@duckdb/node-api';
import { Database } from './database.js';
import { ParquetAppender, type StagingType } from './parquet-appender.js';

// DuckDB, which reads these files in the merge, is the reader they are checked against: its
// `read_parquet`, `parquet_metadata` and `parquet_schema`.

const SCHEMA: readonly (readonly [string, StagingType])[] = [
  ['sid', 'BIGINT'],
  ['name', 'VARCHAR'],
  ['score', 'DOUBLE'],
  ['big', 'BIGINT'],
  ['line', 'INTEGER'],
  ['flag', 'BOOLEAN'],
  ['src', 'VARCHAR'],
  ['late', 'VARCHAR'],
];

async function withFolder(body: (dir: string, db: Database) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-parquet-'));
  const db = await Database.open(join(dir, 'read.duckdb'), { create: true });
  try {
    await body(dir, db);
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The rows of each row group of a file, in order. */
async function rowGroupSizes(db: Database, file: string): Promise<number[]> {
  const groups = await db.rows(
    `SELECT DISTINCT row_group_id, row_group_num_rows::DOUBLE AS n
     FROM parquet_metadata($1) ORDER BY row_group_id`,
    [file],
  );
  return groups.map((g) => Number(g.n));
}

const BIGS = [-(2 ** 53 - 1), 2 ** 53 - 1, 2 ** 32, -(2 ** 32), -1, 0, 2 ** 31];
const LONG = 'a "long", text\nwith lines\r\n and é 😀 '.repeat(3_000);

/** Row i of the round trip: every type, NULLs, non-ASCII, empty and long strings. */
function row(i: number) {
  const name =
    i % 7 === 0
      ? null
      : i % 11 === 0
        ? ''
        : i % 5 === 0
          ? `é😀 ${i}`
          : i % 50_000 === 1
            ? LONG
            : `n${i}`;
  return {
    name,
    score: i % 4 === 0 ? null : i * 1.5 - 1e6,
    big: i % 3 === 0 ? null : BIGS[i % BIGS.length]!,
    line: i % 6 === 0 ? null : i % 2 === 0 ? -i : i,
    flag: i % 9 === 0 ? null : i % 2 === 0,
    // one value throughout, with NULLs: a dictionary of one value in every row group
    src: i % 13 === 0 ? null : 'dir/dump "é".ndjson',
    // one value until row 200,000, then three: a dictionary in the first row group, PLAIN from
    // its first row in the second (where it changes) and the third
    late: i < 200_000 ? 'same' : `v${i % 3}`,
  };
}

const ROWS = 300_000;
const BASE = 3 * 10 ** 12;

describe('ParquetAppender', () => {
  it('writes every type, NULL and string so that DuckDB reads back exactly what was put, in row groups of 122,880 rows', async () => {
    await withFolder(async (dir, db) => {
      const file = join(dir, 't.parquet');
      const a = new ParquetAppender(file, SCHEMA, 10 ** 12);
      a.startPart(BASE);
      let textBytes = 0;
      let nonNull = { name: 0, score: 0, big: 0, line: 0, flag: 0 };
      let scoreSum = 0;
      let lineSum = 0;
      let flags = 0;
      for (let i = 0; i < ROWS; i++) {
        assert.equal(a.rowNumber(), i);
        const r = row(i);
        a.number(i);
        a.put(r.name);
        a.put(r.score);
        a.put(r.big);
        a.put(r.line);
        a.put(r.flag);
        a.put(r.src);
        a.put(r.late);
        a.endRow();
        if (r.name !== null) (nonNull.name++, (textBytes += Buffer.byteLength(r.name)));
        if (r.score !== null) (nonNull.score++, (scoreSum += r.score));
        if (r.big !== null) nonNull.big++;
        if (r.line !== null) (nonNull.line++, (lineSum += r.line));
        if (r.flag !== null) (nonNull.flag++, (flags += r.flag ? 1 : 0));
      }
      // a lone surrogate is written as U+FFFD, as Buffer.write encodes it
      a.number(ROWS);
      a.put('x\ud800y');
      for (let k = 0; k < 6; k++) a.put(null);
      a.endRow();
      a.close();

      const [agg] = await db.rows(
        `SELECT count(*)::DOUBLE AS n, min(sid)::DOUBLE AS first, max(sid)::DOUBLE AS last,
           count(name)::DOUBLE AS name, count(score)::DOUBLE AS score, count(big)::DOUBLE AS big,
           count(line)::DOUBLE AS line, count(flag)::DOUBLE AS flag,
           sum(strlen(name)) FILTER (WHERE sid < $2)::DOUBLE AS text_bytes,
           sum(score) AS score_sum, sum(line)::DOUBLE AS line_sum,
           count(*) FILTER (WHERE flag)::DOUBLE AS flags
         FROM read_parquet($1)`,
        [file, BASE + ROWS],
      );
      assert.deepEqual(
        { ...agg, score_sum: Math.round(Number(agg!.score_sum)) },
        {
          n: ROWS + 1,
          first: BASE,
          last: BASE + ROWS,
          name: nonNull.name + 1,
          score: nonNull.score,
          big: nonNull.big,
          line: nonNull.line,
          flag: nonNull.flag,
          text_bytes: textBytes,
          score_sum: Math.round(scoreSum),
          line_sum: lineSum,
          flags,
        },
      );

      // every value of a sample of rows, and of each row that is unlike the others
      const picks = [
        0,
        1,
        5,
        11,
        13,
        50_001,
        122_879,
        122_880,
        199_999,
        200_000,
        245_760,
        ROWS - 1,
      ];
      for (let i = 0; i < ROWS; i += 997) picks.push(i);
      const got = await db.rows(
        `SELECT (sid - $2)::DOUBLE AS i, name, score, big::DOUBLE AS big, line, flag, src, late
         FROM read_parquet($1) WHERE sid - $2 IN (SELECT unnest($3::DOUBLE[])) ORDER BY sid`,
        [file, BASE, `[${picks.join(',')}]`],
      );
      const want = [...new Set(picks)].sort((x, y) => x - y).map((i) => ({ i, ...row(i) }));
      assert.deepEqual(got, want);

      const [odd] = await db.rows(`SELECT name FROM read_parquet($1) WHERE sid = $2`, [
        file,
        BASE + ROWS,
      ]);
      assert.equal(odd!.name, 'x\ufffdy');

      assert.deepEqual(await rowGroupSizes(db, file), [122_880, 122_880, ROWS + 1 - 2 * 122_880]);
      const types = await db.rows(
        `SELECT name, type, converted_type FROM parquet_schema($1) WHERE name <> 'schema'`,
        [file],
      );
      assert.deepEqual(
        types.map((t) => [t.name, t.type, t.converted_type]),
        [
          ['sid', 'INT64', null],
          ['name', 'BYTE_ARRAY', 'UTF8'],
          ['score', 'DOUBLE', null],
          ['big', 'INT64', null],
          ['line', 'INT32', null],
          ['flag', 'BOOLEAN', null],
          ['src', 'BYTE_ARRAY', 'UTF8'],
          ['late', 'BYTE_ARRAY', 'UTF8'],
        ],
      );
    });
  });

  it('writes a column of one value in a row group as a dictionary of that value', async () => {
    await withFolder(async (dir, db) => {
      const file = join(dir, 'dict.parquet');
      const a = new ParquetAppender(file, SCHEMA.slice(-2));
      for (let i = 0; i < ROWS; i++) {
        const r = row(i);
        a.put(r.src);
        a.put(r.late);
        a.endRow();
      }
      a.close();
      const chunks = await db.rows(
        `SELECT row_group_id::DOUBLE AS g, path_in_schema AS c, encodings AS e
         FROM parquet_metadata($1) ORDER BY row_group_id, column_id`,
        [file],
      );
      assert.deepEqual(
        chunks.map((k) => `${String(k.g)} ${String(k.c)} ${String(k.e)}`),
        [
          '0 src PLAIN, RLE, RLE_DICTIONARY',
          '0 late PLAIN, RLE, RLE_DICTIONARY',
          '1 src PLAIN, RLE, RLE_DICTIONARY',
          '1 late PLAIN, RLE',
          '2 src PLAIN, RLE, RLE_DICTIONARY',
          '2 late PLAIN, RLE',
        ],
      );
      const [counts] = await db.rows(
        `SELECT count(src)::DOUBLE AS src, count(*) FILTER (WHERE late = 'same')::DOUBLE AS same,
           count(*) FILTER (WHERE late = 'v1')::DOUBLE AS v1
         FROM read_parquet($1)`,
        [file],
      );
      const want = { src: 0, same: 0, v1: 0 };
      for (let i = 0; i < ROWS; i++) {
        const r = row(i);
        if (r.src !== null) want.src++;
        if (r.late === 'same') want.same++;
        if (r.late === 'v1') want.v1++;
      }
      assert.deepEqual(counts, want);
    });
  });

  it('starts a row group early once its text reaches 64 MiB', async () => {
    await withFolder(async (dir, db) => {
      const file = join(dir, 'long.parquet');
      const a = new ParquetAppender(file, [['text', 'VARCHAR']]);
      const texts = [0, 1, 2, 3, 4, 5].map((k) => String.fromCharCode(0x61 + k).repeat(17 << 20));
      for (const text of texts) {
        a.put(text);
        a.endRow();
      }
      a.close();
      assert.deepEqual(await rowGroupSizes(db, file), [4, 2]);
      const read = await db.rows(
        `SELECT strlen(text)::DOUBLE AS n, left(text, 1) AS c FROM read_parquet($1)`,
        [file],
      );
      assert.deepEqual(
        read,
        texts.map((t) => ({ n: t.length, c: t[0] })),
      );
    });
  });

  it('numbers the rows of each part of the input from its own base, in one file', async () => {
    await withFolder(async (dir, db) => {
      const file = join(dir, 'parts.parquet');
      const a = new ParquetAppender(
        file,
        [
          ['sid', 'BIGINT'],
          ['rec', 'BIGINT'],
        ],
        10 ** 12,
      );
      // a reader that took parts 0, 3 and 5 of a file, with 2, 3 and 1 rows
      for (const [part, rows] of [
        [0, 2],
        [3, 3],
        [5, 1],
      ] as const) {
        a.startPart(part * 10 ** 12);
        for (let r = 0; r < rows; r++) {
          assert.equal(a.rowNumber(), r);
          a.number(a.rowNumber());
          a.number(r + 1);
          a.endRow();
        }
      }
      a.close();
      const rows = await db.rows(
        `SELECT sid::VARCHAR AS sid, rec::VARCHAR AS rec FROM read_parquet($1)`,
        [file],
      );
      assert.deepEqual(
        rows.map((r) => `${String(r.sid)}/${String(r.rec)}`),
        [
          '0/1',
          '1/2',
          '3000000000000/3000000000001',
          '3000000000001/3000000000002',
          '3000000000002/3000000000003',
          '5000000000000/5000000000001',
        ],
      );
    });
  });

  it('writes the last row group of a file of several to a tail file of its own, when asked', async () => {
    await withFolder(async (dir, db) => {
      const write = (name: string, rows: number, tail: boolean) => {
        const a = new ParquetAppender(join(dir, name), [['n', 'BIGINT']], undefined, tail);
        for (let i = 0; i < rows; i++) {
          a.number(i);
          a.endRow();
        }
        return a.close();
      };
      const full = 122_880;
      const files = write('t.parquet', 2 * full + 5, true);
      assert.deepEqual(files, [join(dir, 't.parquet'), join(dir, 't-tail.parquet')]);
      assert.deepEqual(await rowGroupSizes(db, files[0]!), [full, full]);
      assert.deepEqual(await rowGroupSizes(db, files[1]!), [5]);
      const [all] = await db.rows(
        `SELECT count(*)::DOUBLE AS n, count(DISTINCT n)::DOUBLE AS d, max(n)::DOUBLE AS top
         FROM read_parquet($1)`,
        [listValue(files)],
      );
      assert.deepEqual(all, { n: 2 * full + 5, d: 2 * full + 5, top: 2 * full + 4 });
      // one row group in all, or only whole ones: one file; without `tail` never two
      assert.deepEqual(write('small.parquet', 10, true), [join(dir, 'small.parquet')]);
      assert.deepEqual(write('whole.parquet', full, true), [join(dir, 'whole.parquet')]);
      const plain = write('plain.parquet', full + 5, false);
      assert.deepEqual(plain, [join(dir, 'plain.parquet')]);
      assert.deepEqual(await rowGroupSizes(db, plain[0]!), [full, 5]);
    });
  });

  it('writes a file of no rows that reads as an empty table of its columns', async () => {
    await withFolder(async (dir, db) => {
      const file = join(dir, 'empty.parquet');
      new ParquetAppender(file, SCHEMA).close();
      assert.equal(Number(await db.value(`SELECT count(*) FROM read_parquet($1)`, [file])), 0);
      const columns = await db.rows(
        `SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet('${file.replaceAll("'", "''")}'))`,
      );
      assert.deepEqual(
        columns.map((c) => [c.column_name, c.column_type]),
        SCHEMA.map(([name, type]) => [name, type]),
      );
    });
  });

  it('refuses a value of the wrong type, a row of the wrong width and a number beyond its part', async () => {
    await withFolder(async (dir) => {
      const a = new ParquetAppender(join(dir, 'bad.parquet'), SCHEMA.slice(0, 6), 10);
      assert.throws(() => a.number(10), /too many records/);
      a.number(1);
      assert.throws(() => a.put(1), /name \(VARCHAR\) given number/);
      a.put('x');
      assert.throws(() => a.put('1'), /score \(DOUBLE\) given string/);
      a.put(1);
      assert.throws(() => a.put(2 ** 53), /big \(BIGINT\)/);
      a.put(2);
      assert.throws(() => a.put(1.5), /line \(INTEGER\)/);
      assert.throws(() => a.put(2 ** 31), /line \(INTEGER\)/);
      a.put(3);
      assert.throws(() => a.endRow(), /5 of 6 columns/);
      a.put(true);
      assert.throws(() => a.put(null), /more than 6 columns/);
      a.closeFile();
    });
  });
});
