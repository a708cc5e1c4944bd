import { spawn } from 'node:child_process';

export interface Measured {
  readonly seconds: number;
  readonly peakRssMb: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly code: number | null;
}

/**
 * Runs a whole process and measures its wall time and peak RSS. The child reports its own
 * `maxRSS` when `RAPPORT_REPORT_MAXRSS=1` (bin/rapport.js prints `maxrss_kb=N` on stderr at
 * exit); otherwise peak RSS is polled from /proc (its VmHWM high-water mark).
 */
export function measureProcess(
  command: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv = {},
): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      env: { ...process.env, RAPPORT_REPORT_MAXRSS: '1', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      const match = /maxrss_kb=(\d+)/.exec(stderr);
      resolve({ seconds, peakRssMb: match ? Number(match[1]) / 1024 : null, stdout, stderr, code });
    });
  });
}
