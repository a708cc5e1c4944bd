import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './repo-root.js';

export const RAPPORT_BIN = join(REPO_ROOT, 'bin', 'rapport.js');

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `rapport …` as a real process (the node process itself, no wrapper). */
export function rapport(
  args: readonly string[],
  options: { input?: string; timeoutMs?: number; env?: NodeJS.ProcessEnv } = {},
): CliResult {
  const result = spawnSync(process.execPath, [RAPPORT_BIN, ...args], {
    encoding: 'utf8',
    input: options.input,
    ...(options.env ? { env: options.env } : {}),
    timeout: options.timeoutMs ?? 120_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The same, without blocking the test process (for tests that watch a running import). */
export function rapportAsync(args: readonly string[], options: { env?: NodeJS.ProcessEnv } = {}) {
  return spawn(process.execPath, [RAPPORT_BIN, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(options.env ? { env: options.env } : {}),
  });
}

/** Parses the one JSON line a `--json` run prints, failing loudly with the run's stderr. */
export function jsonOf(result: CliResult): any {
  const lines = result.stdout.trim().split('\n');
  if (result.code !== 0 || lines.length !== 1) {
    throw new Error(
      `expected one JSON line and exit 0, got exit ${result.code}:\n${result.stdout}\n${result.stderr}`,
    );
  }
  return JSON.parse(lines[0]!);
}

/** A fresh temporary folder, removed by the returned function. */
export function tempDir(prefix = 'rapport-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** File names in a folder (to check nothing was written beside the store). */
export function listDir(dir: string): string[] {
  return readdirSync(dir).sort();
}
