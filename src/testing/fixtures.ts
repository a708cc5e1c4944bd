import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { REPO_ROOT } from './repo-root.js';

/**
 * The shared real-format fixtures: `../shared/fixtures` beside the checkout, or
 * `RAPPORT_FIXTURES`. Tests read them in place; they are never copied into the repository.
 * Under `CI=true` a missing folder fails the run; elsewhere the tests that need it skip, and
 * the reason is printed once.
 */
export const FIXTURES_DIR = resolve(
  process.env.RAPPORT_FIXTURES ?? join(REPO_ROOT, '..', 'shared', 'fixtures'),
);

let warned = false;

/** `false` when the fixtures are present, else the skip message (throws under CI). */
export function fixturesSkip(): false | string {
  if (existsSync(FIXTURES_DIR)) return false;
  const message = `fixtures folder not found at ${FIXTURES_DIR} (set RAPPORT_FIXTURES)`;
  if (process.env.CI === 'true') throw new Error(`${message}: required under CI`);
  if (!warned) {
    warned = true;
    process.stderr.write(`skipping fixture tests: ${message}\n`);
  }
  return message;
}

/** Absolute path of a fixture file, e.g. `fixture('reddit', 'x.ndjson')`. */
export function fixture(...parts: string[]): string {
  return join(FIXTURES_DIR, ...parts);
}
