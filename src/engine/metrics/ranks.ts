// 1-based ranks with ties averaged (SPEC §9): the highest value is rank 1 when descending.

/**
 * Ranks of `values` (NaN values get NaN and are not ranked).
 *
 * @example ranks(Float64Array.of(5, 7, 5), { descending: true }) // [2.5, 1, 2.5]
 */
export function ranks(
  values: ArrayLike<number>,
  options: { descending?: boolean } = {},
): Float64Array {
  const n = values.length;
  const sign = options.descending ? -1 : 1;
  const order: number[] = [];
  for (let i = 0; i < n; i++) if (!Number.isNaN(values[i])) order.push(i);
  order.sort((a, b) => sign * (values[a] - values[b]) || a - b);
  const out = new Float64Array(n).fill(NaN);
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j + 1 < order.length && values[order[j + 1]] === values[order[i]]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) out[order[k]] = rank;
    i = j + 1;
  }
  return out;
}
