import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InputError } from '../errors.js';
import type { SourceEntry } from '../source.js';
import { readWrappedJson } from './read-wrapped-json.js';

function entry(bytes: Buffer, chunk = 7): SourceEntry {
  return {
    path: 'data/tweets.js',
    name: 'data/tweets.js',
    size: bytes.length,
    async *open() {
      // Small chunks: the prefix, a trailing `;` and UTF-8 sequences straddle chunk edges.
      for (let i = 0; i < bytes.length; i += chunk) yield bytes.subarray(i, i + chunk);
    },
  };
}

const MAX = 1 << 26;

describe('readWrappedJson', () => {
  it('readWrappedJson(window.YTD.… = [ … ];) is the array, with no eval', async () => {
    const text =
      'window.YTD.tweets.part0 = [ {"tweet": {"id_str": "1", "full_text": "ü; ok"}} ];\n';
    assert.deepEqual(await readWrappedJson(entry(Buffer.from(text)), MAX), [
      { tweet: { id_str: '1', full_text: 'ü; ok' } },
    ]);
    const manifest = 'window.__THAR_CONFIG = {"userInfo": {}}';
    assert.deepEqual(await readWrappedJson(entry(Buffer.from(manifest)), MAX), { userInfo: {} });
  });

  it('readWrappedJson rejects code that is not a plain assignment', async () => {
    for (const text of [
      '[1, 2]',
      'alert(1); window.YTD.tweets.part0 = []',
      'window.YTD.tweets.part0 = [] ; alert(1)',
      'window.YTD.tweets.part0 = ',
    ]) {
      await assert.rejects(readWrappedJson(entry(Buffer.from(text)), MAX), InputError, text);
    }
  });

  it('readWrappedJson rejects a huge wrapper line without reading it whole', async () => {
    const text = `window.YTD.${'a'.repeat(5_000_000)}.part0 = []`;
    await assert.rejects(readWrappedJson(entry(Buffer.from(text), 65536), MAX), /assignment/);
  });

  it('readWrappedJson rejects invalid UTF-8 with the file named', async () => {
    const bytes = Buffer.concat([
      Buffer.from('window.YTD.tweets.part0 = [{"full_text": "'),
      Buffer.from([0xc3, 0x28]),
      Buffer.from('"}]'),
    ]);
    await assert.rejects(readWrappedJson(entry(bytes), MAX), /data\/tweets\.js: invalid UTF-8/);
  });

  it('readWrappedJson on deeply nested JSON ends in a value or an InputError, never a crash', async () => {
    const depth = 1_000_000;
    const text = `window.YTD.tweets.part0 = ${'['.repeat(depth)}${']'.repeat(depth)}`;
    try {
      await readWrappedJson(entry(Buffer.from(text), 1 << 16), MAX);
    } catch (error) {
      assert.ok(error instanceof InputError, String(error));
    }
  });
});
