// node --test eval/metrics.test.mjs — the metric arithmetic on cases small enough to check by hand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { confusion, macro, prf, scoreSet } from './metrics.mjs';

test('prf(counts) gives precision 2/3, recall 2/4, F1 4/7 for tp=2 fp=1 fn=2', () => {
  const counts = confusion([
    [true, true],
    [true, true],
    [false, true],
    [true, false],
    [true, false],
    [false, false],
  ]);
  assert.deepEqual(counts, { tp: 2, fp: 1, fn: 2, tn: 1 });
  const { precision, recall, f1, support } = prf(counts);
  assert.equal(precision, 2 / 3);
  assert.equal(recall, 0.5);
  assert.ok(Math.abs(f1 - 4 / 7) < 1e-12);
  assert.equal(support, 4);
});

test('prf(counts) is null where a denominator is zero, and F1 0 when a class is never found', () => {
  assert.deepEqual(prf({ tp: 0, fp: 0, fn: 0 }), {
    precision: null,
    recall: null,
    f1: null,
    support: 0,
  });
  assert.equal(prf({ tp: 0, fp: 2, fn: 1 }).f1, 0);
  assert.deepEqual(prf({ tp: 0, fp: 0, fn: 3 }), { precision: null, recall: 0, f1: 0, support: 3 });
});

test('macro(values) ignores nulls', () => {
  assert.equal(macro([1, null, 0.5]), 0.75);
  assert.equal(macro([null]), null);
});

test('scoreSet(items, predictions) scores levels, the flag, topics and supportive replies', () => {
  const items = [
    { crisis: 'urgent', topics: ['depression'], supportive_reply: false },
    { crisis: 'concern', topics: [], supportive_reply: false },
    { crisis: 'none', topics: ['peer_support'], supportive_reply: true },
    { crisis: 'none', topics: ['peer_support', 'crisis_resources'], supportive_reply: true },
  ];
  const predictions = [
    { crisis: 'concern', topics: ['depression'] },
    { crisis: null, topics: [] },
    { crisis: 'concern', topics: ['peer_support'] },
    { crisis: 'none', topics: ['crisis_resources'] },
  ];
  const s = scoreSet(items, predictions, {
    levels: ['none', 'concern', 'urgent'],
    topics: ['depression', 'peer_support', 'crisis_resources'],
  });
  // flag: gold {0,1}, predicted {0,2} → tp 1, fp 1, fn 1
  assert.deepEqual(
    [s.flag_urgent_or_concern.precision, s.flag_urgent_or_concern.recall],
    [0.5, 0.5],
  );
  // urgent: one gold, never predicted → recall 0, precision null
  assert.equal(s.crisis.urgent.recall, 0);
  assert.equal(s.crisis.urgent.precision, null);
  assert.equal(s.crisis.urgent.f1, 0);
  // none: gold {2,3}, predicted {1 (null), 3} → tp 1, fp 1, fn 1
  assert.equal(s.crisis.none.f1, 0.5);
  // topics: depression 1, peer_support P 1 R 0.5 → 2/3, crisis_resources 1
  assert.equal(s.topics.depression.f1, 1);
  assert.ok(Math.abs(s.topics.peer_support.f1 - 2 / 3) < 1e-12);
  assert.ok(Math.abs(s.topics_macro_f1 - (1 + 2 / 3 + 1) / 3) < 1e-12);
  assert.equal(s.supportive_replies.count, 2);
  assert.equal(s.supportive_replies.flag_rate, 0.5);
});
