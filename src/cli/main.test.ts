import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from '../testing/repo-root.js';

const MAIN = pathToFileURL(join(REPO_ROOT, 'dist', 'src', 'cli', 'main.js')).href;

/** Runs `runAsProcess(<run>)` in a node process of its own. */
function asProcess(run: string) {
  const script = `import { runAsProcess } from ${JSON.stringify(MAIN)};\nawait runAsProcess(${run});`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('runAsProcess(run)', () => {
  it('exits with the code the run resolves to, saying nothing of its own', () => {
    assert.deepEqual(asProcess('Promise.resolve(2)'), { code: 2, stdout: '', stderr: '' });
    assert.deepEqual(asProcess('Promise.resolve(0)'), { code: 0, stdout: '', stderr: '' });
  });

  it('exits 1 with one line on stderr when the process runs out of work before the run ends', () => {
    // a promise nothing will settle, as when a stream failed while a reader waited on it
    assert.deepEqual(asProcess('new Promise(() => {})'), {
      code: 1,
      stdout: '',
      stderr: 'rapport: internal error: the run stopped before it finished\n',
    });
  });
});
