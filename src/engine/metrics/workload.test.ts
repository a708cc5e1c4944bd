import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { commentsOf } from './comments.js';
import { workload } from './workload.js';

const DAY = 86_400_000;

describe('workload', () => {
  it('workload flags a 7-day mean ≥ 3/day above twice the 90-day median', () => {
    const rows: { author: number; atMs: number }[] = [];
    // account 0: 1 reply a day for 97 days, then 5 a day in the last 7 → mean 5 > 2 × 1
    // account 1: 4 replies a day every day → mean 4, baseline 4: no flag
    for (let d = 0; d < 97; d++) {
      const n0 = d >= 90 ? 5 : 1;
      for (let k = 0; k < n0; k++) rows.push({ author: 0, atMs: d * DAY + k });
      for (let k = 0; k < 4; k++) rows.push({ author: 1, atMs: d * DAY + k });
    }
    const w = workload(2, commentsOf(rows));
    assert.equal(w.rollingMean[0], 5);
    assert.equal(w.baselineMedian[0], 1);
    assert.equal(w.flag[0], 1);
    assert.equal(w.rollingMean[1], 4);
    assert.equal(w.flag[1], 0);
    // 90 × 1 + 7 × 5 = 125 replies over 97 days
    assert.equal(w.repliesPerDay[0], 125 / 97);
  });

  it('workload does not flag a low volume however far above baseline', () => {
    const w = workload(
      1,
      commentsOf([
        { author: 0, atMs: 0 },
        { author: 0, atMs: 1 },
      ]),
    );
    assert.equal(w.flag[0], 0);
    assert.equal(w.rollingMean[0], 2 / 7);
  });
});
