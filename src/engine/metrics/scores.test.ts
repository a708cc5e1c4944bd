import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { quadrants } from './quadrant.js';
import { CONNECTION_WEIGHTS, REACH_WEIGHTS, weightedScore } from './scores.js';

describe('scores and quadrants', () => {
  it('weightedScore(connection) averages the known parts, log-scaling counts to the maximum', () => {
    const s = weightedScore(CONNECTION_WEIGHTS, {
      response_rate: Float64Array.of(1, NaN),
      dialogue_partners: Float64Array.of(3, 0),
      reciprocity: Float64Array.of(0.5, 0),
      outbound_reach: Float64Array.of(0, 7),
    });
    // account 0: (1 + log4/log4 + 0.5 + 0) / 4 = 0.625 → 62.5
    assert.ok(Math.abs(s.value[0] - 62.5) < 1e-12);
    // account 1: response_rate unknown drops out: (0 + 0 + 1) / 3 → 33.33…
    assert.ok(Math.abs(s.value[1] - 100 / 3) < 1e-12);
    assert.deepEqual(s.parts(1).response_rate, { value: null, normalized: null, weight: 0.25 });
    assert.equal(s.parts(0).dialogue_partners!.value, 3);
  });

  it('weightedScore(reach) falls back to engaged audience where followers are unknown', () => {
    const s = weightedScore(REACH_WEIGHTS, {
      followers: Float64Array.of(NaN, 99),
      engaged_audience: Float64Array.of(9, 0),
    });
    assert.equal(s.value[0], 100);
    assert.equal(s.value[1], 50);
  });

  it('quadrants split at the median of accounts with a post, ties counting as high', () => {
    const q = quadrants(
      Float64Array.of(10, 10, 0, 0, 99),
      Float64Array.of(10, 0, 10, 0, 99),
      Uint8Array.of(1, 1, 1, 1, 0),
    );
    // medians over the first four: connection 5, reach 5
    assert.deepEqual([...q.quadrant], [0, 2, 1, 3, 0]);
    assert.equal(q.connectionMedian, 5);
  });
});
