import assert from 'node:assert/strict';
import type { Tally } from './tally-units.js';

/** The counts a fixture test states: every key of `Tally` except the format and snapshots. */
export type ExpectedTally = Omit<Tally, 'format' | 'snapshots'> & { snapshots?: number };

/** Asserts `actual` has exactly the `expected` counts (absent kinds and reasons = 0). */
export function expectTally(actual: Tally, expected: ExpectedTally, label: string): void {
  const pick = (t: Tally | ExpectedTally) => ({
    records: t.records,
    rootPosts: t.rootPosts,
    comments: t.comments,
    threaded: t.threaded,
    interactions: Object.fromEntries(Object.entries(t.interactions).filter(([, n]) => n)),
    accounts: t.accounts,
    skipped: t.skipped,
    quarantined: t.quarantined,
    ...(expected.snapshots === undefined ? {} : { snapshots: t.snapshots ?? 0 }),
  });
  assert.deepEqual(pick(actual), pick(expected), label);
}
