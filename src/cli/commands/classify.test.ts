import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { tempDir } from '../../testing/cli.js';
import { REPO_ROOT } from '../../testing/repo-root.js';

function runClassify(
  input: string,
  args: string[] = [],
): { lines: unknown[]; status: number | null } {
  const run = spawnSync(process.execPath, ['bin/rapport.js', 'classify', ...args], {
    cwd: REPO_ROOT,
    input,
    encoding: 'utf8',
  });
  const lines = run.stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as unknown);
  return { lines, status: run.status };
}

describe('rapport classify', () => {
  it('rapport classify - prints one SPEC §9 line per input, in order, and goes on after a bad line', () => {
    const input =
      [
        JSON.stringify({ id: 'a', text: '💙 #EndTheStigma, I want to die' }),
        '{not json',
        JSON.stringify({ id: 'b' }),
        JSON.stringify({ id: 7, text: 'estoy muy triste y no quiero vivir' }),
      ].join('\n') + '\n';
    const { lines, status } = runClassify(input, ['-']);
    assert.equal(status, 0);
    assert.equal(lines.length, 4);
    const [a, bad, missing, es] = lines as Record<string, unknown>[];
    assert.deepEqual(Object.keys(a!), [
      'id',
      'topics',
      'crisis',
      'self_promotion',
      'language_supported',
    ]);
    assert.equal(a!.id, 'a');
    assert.deepEqual(a!.crisis, {
      level: 'concern',
      spans: [{ start: 18, end: 31, text: 'I want to die' }],
      rule: 'concern:ideation',
    });
    const topics = a!.topics as { topic: string; evidence: { start: number; text: string }[] }[];
    assert.equal(topics[0]!.topic, 'stigma');
    assert.equal(topics[0]!.evidence[0]!.start, 4);
    assert.deepEqual(bad, { id: null, error: 'invalid JSON' });
    assert.deepEqual(missing, { id: 'b', error: '"text" must be a string' });
    assert.equal(es!.language_supported, false);
    assert.equal(es!.crisis, null);
  });
  it('rapport classify FILE exits 1 naming a missing file or a folder, saying what is wrong', () => {
    for (const [file, reason] of [
      ['no-such-file.ndjson', 'no such file or folder'],
      ['src', 'it is a folder'],
    ]) {
      const run = spawnSync(process.execPath, ['bin/rapport.js', 'classify', file!], {
        cwd: REPO_ROOT,
        encoding: 'utf8',
      });
      assert.equal(run.status, 1);
      assert.equal(run.stderr, `rapport: ${file}: ${reason}\n`);
    }
  });
  it('stops quietly, exit 0, when the reader of its output closes the pipe early (| head)', async () => {
    const { dir, cleanup } = tempDir('rapport-classify-');
    try {
      const file = join(dir, 'texts.ndjson');
      const line = (i: number) => JSON.stringify({ id: `t${i}`, text: `comment number ${i}` });
      writeFileSync(file, Array.from({ length: 50_000 }, (_, i) => line(i)).join('\n') + '\n');
      const child = spawn(process.execPath, ['bin/rapport.js', 'classify', file], {
        cwd: REPO_ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      // like `head -c 1`: read the first chunk, then close the pipe
      child.stdout.once('data', () => child.stdout.destroy());
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      assert.equal(stderr, '');
      assert.equal(code, 0);
    } finally {
      cleanup();
    }
  });
});
