import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { errorLine } from './errors.js';

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('errorLine', () => {
  it('says a file system error on a path in words, with the path', () => {
    const missing = join(tmpdir(), 'rapport-no-such-folder', 'x.csv');
    assert.equal(
      errorLine(thrown(() => readFileSync(missing))),
      `${missing}: no such file or folder`,
    );
    assert.equal(
      errorLine(thrown(() => writeFileSync(tmpdir(), 'x'))),
      `${tmpdir()}: it is a folder`,
    );
  });

  it("keeps any other error's message as it is", () => {
    assert.equal(errorLine(new Error('no store at x.duckdb')), 'no store at x.duckdb');
    assert.equal(errorLine('plain'), 'plain');
    // a code without a path names nothing to put first
    const coded = Object.assign(new Error('read failed'), { code: 'EIO' });
    assert.equal(errorLine(coded), 'read failed');
  });
});
