import { spawnSync } from 'node:child_process';

/**
 * Debian's Python graph libraries (python3-igraph, python3-networkx, python3-graph-tool) used
 * as oracles in tests and anchors in benchmarks. They belong to /usr/bin/python3, which may not
 * be the `python3` first on PATH. Under `CI=true` a missing oracle fails the run; elsewhere the
 * tests that need it skip with one message.
 */
export const SYSTEM_PYTHON = process.env.RAPPORT_PYTHON ?? '/usr/bin/python3';

const cache = new Map<string, boolean>();
let warned = false;

export function hasPythonModules(modules: readonly string[]): boolean {
  const key = modules.join(',');
  let ok = cache.get(key);
  if (ok === undefined) {
    const result = spawnSync(SYSTEM_PYTHON, ['-c', modules.map((m) => `import ${m}`).join('; ')], {
      stdio: 'ignore',
    });
    ok = result.status === 0;
    cache.set(key, ok);
  }
  return ok;
}

/** `false` when the modules import, else the skip message (throws under CI). */
export function oracleSkip(modules: readonly string[]): false | string {
  if (hasPythonModules(modules)) return false;
  const message = `${SYSTEM_PYTHON} cannot import ${modules.join(', ')} (apt-get install python3-igraph python3-networkx python3-graph-tool)`;
  if (process.env.CI === 'true') throw new Error(`${message}: required under CI`);
  if (!warned) {
    warned = true;
    process.stderr.write(`skipping oracle tests: ${message}\n`);
  }
  return message;
}

/** Runs a Python snippet with the system interpreter; returns stdout, throws on failure. */
export function runPython(code: string, input?: string): string {
  const result = spawnSync(SYSTEM_PYTHON, ['-c', code], {
    input,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (result.status !== 0) throw new Error(`python failed: ${result.stderr}`);
  return result.stdout;
}
