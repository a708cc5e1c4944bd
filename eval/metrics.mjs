// Precision, recall and F1 for the evaluation: per crisis level, per topic, macro-F1 over topics,
// the `urgent ∪ concern` flag, and flag rates. A ratio with a zero denominator is null, never 0.

/** Counts for one binary question over paired gold/predicted booleans. */
export function confusion(pairs) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const [gold, predicted] of pairs) {
    if (gold && predicted) tp++;
    else if (!gold && predicted) fp++;
    else if (gold && !predicted) fn++;
    else tn++;
  }
  return { tp, fp, fn, tn };
}

export function ratio(numerator, denominator) {
  return denominator === 0 ? null : numerator / denominator;
}

/**
 * Precision, recall and F1 from counts. F1 = 2tp / (2tp + fp + fn): 0 when a topic exists but
 * is never found (so a silent class drags macro-F1 down), null only when there is nothing to
 * find and nothing was predicted.
 */
export function prf({ tp, fp, fn }) {
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const f1 = ratio(2 * tp, 2 * tp + fp + fn);
  return { precision, recall, f1, support: tp + fn };
}

/** Mean of the non-null values, or null when there are none. */
export function macro(values) {
  const present = values.filter((v) => v !== null);
  return present.length === 0 ? null : present.reduce((a, b) => a + b, 0) / present.length;
}

export const isFlag = (level) => level === 'urgent' || level === 'concern';

/**
 * Scores predictions against gold items.
 * `items`: `{ crisis, topics, supportive_reply }`; `predictions`: `{ crisis: level|null, topics }`
 * in the same order (a null level — language not supported — counts as not flagged).
 */
export function scoreSet(items, predictions, { levels, topics }) {
  const pairs = (goldOf, predOf) => items.map((item, i) => [goldOf(item), predOf(predictions[i])]);
  const crisis = {};
  for (const level of levels)
    crisis[level] = prf(
      confusion(
        pairs(
          (g) => g.crisis === level,
          (p) => (p.crisis ?? 'none') === level,
        ),
      ),
    );
  const byTopic = {};
  for (const topic of topics)
    byTopic[topic] = prf(
      confusion(
        pairs(
          (g) => g.topics.includes(topic),
          (p) => p.topics.includes(topic),
        ),
      ),
    );
  const flag = prf(
    confusion(
      pairs(
        (g) => isFlag(g.crisis),
        (p) => isFlag(p.crisis),
      ),
    ),
  );
  const supportive = items
    .map((item, i) => [item, predictions[i]])
    .filter(([item]) => item.supportive_reply);
  const supportiveNone = supportive.filter(([item]) => item.crisis === 'none');
  const flagRate = (rows) => ratio(rows.filter(([, p]) => isFlag(p.crisis)).length, rows.length);
  return {
    items: items.length,
    crisis,
    topics: byTopic,
    topics_macro_f1: macro(topics.map((t) => byTopic[t].f1)),
    flag_urgent_or_concern: flag,
    supportive_replies: {
      count: supportive.length,
      flag_rate: flagRate(supportive),
      count_gold_none: supportiveNone.length,
      flag_rate_gold_none: flagRate(supportiveNone),
    },
  };
}
