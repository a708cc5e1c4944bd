import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
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
  it('rapport classify FILE exits 1 naming a missing file', () => {
    const run = spawnSync(process.execPath, ['bin/rapport.js', 'classify', 'no-such-file.ndjson'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    assert.equal(run.status, 1);
    assert.match(run.stderr, /no-such-file\.ndjson/);
  });
});
