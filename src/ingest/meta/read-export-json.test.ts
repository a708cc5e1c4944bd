import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InputError } from '../errors.js';
import type { SourceEntry } from '../source.js';
import { depthExceeds, MAX_JSON_DEPTH, readExportJson } from './read-export-json.js';

function entry(bytes: Buffer, chunk = 5): SourceEntry {
  return {
    path: 'export.zip!comments.json',
    name: 'comments.json',
    size: bytes.length,
    async *open() {
      // Small chunks: multi-byte sequences straddle chunk edges.
      for (let i = 0; i < bytes.length; i += chunk) yield bytes.subarray(i, i + chunk);
    },
  };
}

const MAX = 1 << 26;

describe('readExportJson', () => {
  it('readExportJson(UTF-8 JSON) is the value, multi-byte characters across chunks intact', async () => {
    assert.deepEqual(await readExportJson(entry(Buffer.from('{"a": ["Tøs 🙄"]}')), MAX), {
      a: ['Tøs 🙄'],
    });
  });

  it('readExportJson rejects bytes that are not UTF-8, naming the file and the byte', async () => {
    const bytes = Buffer.concat([Buffer.from('{"a": "h'), Buffer.from([0xff]), Buffer.from('"}')]);
    await assert.rejects(
      readExportJson(entry(bytes), MAX),
      (error: unknown) =>
        error instanceof InputError &&
        /^export\.zip!comments\.json: invalid UTF-8 near byte 5$/.test(error.message),
    );
    const cut = Buffer.concat([Buffer.from('"a'), Buffer.from([0xc3])]);
    await assert.rejects(readExportJson(entry(cut), MAX), /invalid UTF-8 at its end/);
  });

  it('readExportJson rejects nesting deeper than MAX_JSON_DEPTH, and accepts it at the limit', async () => {
    const deep = (n: number) => Buffer.from('['.repeat(n) + ']'.repeat(n));
    await assert.rejects(
      readExportJson(entry(deep(100_000), 65_536), MAX),
      (error: unknown) => error instanceof InputError && /nested too deeply/.test(error.message),
    );
    assert.ok(await readExportJson(entry(deep(MAX_JSON_DEPTH), 65_536), MAX));
    await assert.rejects(readExportJson(entry(deep(MAX_JSON_DEPTH + 1), 65_536), MAX));
  });

  it('depthExceeds(value, max) counts arrays and objects, not scalars', () => {
    assert.equal(depthExceeds('text', 0), false);
    assert.equal(depthExceeds({ a: [1, 2] }, 2), false);
    assert.equal(depthExceeds({ a: [1, { b: 2 }] }, 2), true);
  });
});
