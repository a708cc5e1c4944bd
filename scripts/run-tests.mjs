// Runs every compiled test file with node's own test runner. Node 20's `--test` takes no glob,
// so the files are listed here; `RAPPORT_TEST_FILTER=<substring>` narrows the run.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

function collect(dir, out) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) collect(path, out);
    else if (name.endsWith('.test.js')) out.push(path);
  }
  return out;
}

const filter = process.env.RAPPORT_TEST_FILTER ?? '';
const files = ['dist/src', 'dist/test']
  .flatMap((dir) => {
    try {
      return collect(dir, []);
    } catch {
      return [];
    }
  })
  .filter((file) => file.includes(filter))
  .sort();
if (files.length === 0) {
  console.error('no test files found under dist/ (did the build run?)');
  process.exit(1);
}
const result = spawnSync(
  process.execPath,
  ['--test', '--test-concurrency=2', '--test-reporter=spec', ...files],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
