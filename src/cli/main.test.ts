import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { RAPPORT_BIN, rapport, tempDir } from '../testing/cli.js';
import { fixture, fixturesSkip } from '../testing/fixtures.js';
import { REPO_ROOT } from '../testing/repo-root.js';

const MAIN = pathToFileURL(join(REPO_ROOT, 'dist', 'src', 'cli', 'main.js')).href;

/** The node arguments that run `runAsProcess(<run>)` as a process of its own. */
function processArgs(run: string): string[] {
  const script = `import { runAsProcess } from ${JSON.stringify(MAIN)};\nawait runAsProcess(${run});`;
  return ['--input-type=module', '-e', script];
}

/** Runs `runAsProcess(<run>)` in a node process of its own. */
function asProcess(run: string) {
  const result = spawnSync(process.execPath, processArgs(run), {
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

  it('goes on to the end when its stderr reader is gone', async () => {
    // notes written to stderr after its reader closed it (EPIPE), then the result on stdout
    const run = `(async () => {
      for (let i = 0; i < 20; i++) {
        process.stderr.write('a note\\n'.repeat(1000));
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      process.stdout.write('done\\n');
      return 0;
    })()`;
    const result = await withClosedStderr([process.execPath, ...processArgs(run)]);
    assert.deepEqual(result, { code: 0, stdout: 'done\n' });
  });

  it(
    'rapport safety prints its inbox when its stderr reader is gone',
    { skip: fixturesSkip() },
    async () => {
      const { dir, cleanup } = tempDir('rapport-stderr-');
      try {
        const store = join(dir, 's.duckdb');
        const file = fixture('reddit', 'gkotsis-2015dump-depression-sample.ndjson');
        assert.equal(rapport(['import', 'reddit', file, '--store', store, '--quiet']).code, 0);
        // the first run classifies the posts and notes so on stderr
        const result = await withClosedStderr([
          process.execPath,
          RAPPORT_BIN,
          'safety',
          '--store',
          store,
        ]);
        assert.equal(result.code, 0);
        assert.match(result.stdout, /^Safety inbox/);
      } finally {
        cleanup();
      }
    },
  );
});

/** Runs `command` with its stderr a pipe closed at once by the reader; its code and stdout. */
function withClosedStderr(command: string[]): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command[0]!, command.slice(1), { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stderr.destroy();
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout }));
  });
}
