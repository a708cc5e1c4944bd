// connection_score and reach_score (SPEC §3): documented formulas whose parts are always shown.
//
//   connection_score = 100 × Σ wᵢ·partᵢ / Σ wᵢ over the parts that are known, with
//     response_rate      (a share, used as is)                      w = 0.25
//     dialogue_partners  log(1 + x) / log(1 + platform maximum)     w = 0.25
//     reciprocity        (a share, used as is)                      w = 0.25
//     outbound_reach     log(1 + x) / log(1 + platform maximum)     w = 0.25
//   reach_score = 100 × the same weighted mean of
//     followers          log(1 + x) / log(1 + platform maximum)     w = 0.5
//     engaged_audience   log(1 + x) / log(1 + platform maximum)     w = 0.5
//
// A part with an unknown value (a ratio with a zero denominator, followers never observed) drops
// out and the others' weights are renormalised; with no known part the score is null. Counts are
// log-scaled because follower and partner counts are heavy-tailed.

export const CONNECTION_WEIGHTS = {
  response_rate: 0.25,
  dialogue_partners: 0.25,
  reciprocity: 0.25,
  outbound_reach: 0.25,
} as const;

export const REACH_WEIGHTS = { followers: 0.5, engaged_audience: 0.5 } as const;

/** How a part is scaled into [0, 1]. */
type Scale = 'share' | 'log';

const SCALES: Record<string, Scale> = {
  response_rate: 'share',
  reciprocity: 'share',
  dialogue_partners: 'log',
  outbound_reach: 'log',
  followers: 'log',
  engaged_audience: 'log',
};

/** One part of a score, as shown beside it. */
export interface ScorePart {
  readonly value: number | null;
  readonly normalized: number | null;
  readonly weight: number;
}

export interface Score {
  /** 0..100, NaN (null) when no part is known. */
  readonly value: Float64Array;
  /** The parts of account i's score. */
  parts(i: number): Record<string, ScorePart>;
}

/**
 * A weighted score over named per-account inputs (NaN = unknown), scaled as documented above.
 *
 * @example weightedScore(CONNECTION_WEIGHTS, { response_rate, dialogue_partners, reciprocity, outbound_reach })
 */
export function weightedScore(
  weights: Readonly<Record<string, number>>,
  inputs: Readonly<Record<string, ArrayLike<number>>>,
): Score {
  const names = Object.keys(weights);
  const n = inputs[names[0]!]!.length;
  const normalized: Record<string, Float64Array> = {};
  for (const name of names) {
    const x = inputs[name]!;
    const out = new Float64Array(n);
    if (SCALES[name] === 'log') {
      let max = 0;
      for (let i = 0; i < n; i++) if (x[i] > max) max = x[i];
      for (let i = 0; i < n; i++)
        out[i] = Number.isNaN(x[i])
          ? NaN
          : max > 0
            ? Math.log1p(Math.max(0, x[i])) / Math.log1p(max)
            : 0;
    } else {
      for (let i = 0; i < n; i++) out[i] = x[i];
    }
    normalized[name] = out;
  }
  const value = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = 0;
    let weight = 0;
    for (const name of names) {
      const v = normalized[name]![i];
      if (Number.isNaN(v)) continue;
      sum += weights[name]! * v;
      weight += weights[name]!;
    }
    value[i] = weight > 0 ? (100 * sum) / weight : NaN;
  }
  return {
    value,
    parts(i) {
      const parts: Record<string, ScorePart> = {};
      for (const name of names) {
        parts[name] = {
          value: nullable(inputs[name]![i]),
          normalized: nullable(normalized[name]![i]),
          weight: weights[name]!,
        };
      }
      return parts;
    },
  };
}

function nullable(x: number | undefined): number | null {
  return x === undefined || Number.isNaN(x) ? null : x;
}
