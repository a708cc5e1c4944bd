import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ranks } from './ranks.js';
import { spearman } from './spearman.js';

describe('ranks and spearman', () => {
  it('ranks(values, descending) is 1-based with ties averaged', () => {
    assert.deepEqual(
      [...ranks(Float64Array.of(5, 7, 5, 1), { descending: true })],
      [2.5, 1, 2.5, 4],
    );
    assert.deepEqual([...ranks(Float64Array.of(5, 7, 5, 1))], [2.5, 4, 2.5, 1]);
  });

  it('spearman(x, y) is 1 for the same order, −1 for the reverse, NaN for a constant', () => {
    assert.equal(spearman([1, 2, 3], [10, 20, 30]), 1);
    assert.equal(spearman([1, 2, 3], [3, 2, 1]), -1);
    assert.ok(Number.isNaN(spearman([1, 1, 1], [1, 2, 3])));
  });

  it('spearman(x, y) with ties equals Pearson of averaged ranks: 1, 2.5, 2.5, 4 vs 1..4', () => {
    // ranks x: [1, 2.5, 2.5, 4], y: [1, 2, 3, 4]; deviations ±1.5, 0, 0 / ±1.5, ±0.5
    // sxy = 2.25 + 0 + 0 + 2.25 = 4.5; sxx = 4.5; syy = 5 → 4.5 / sqrt(22.5)
    assert.ok(Math.abs(spearman([1, 2, 2, 3], [1, 2, 3, 4]) - 4.5 / Math.sqrt(22.5)) < 1e-15);
  });
});
