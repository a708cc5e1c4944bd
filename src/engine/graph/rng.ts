// A small seeded pseudo-random generator (mulberry32, as d3-force ships one): the same seed gives
// the same sequence on every platform, so communities are reproducible.

/** A function returning uniform numbers in [0, 1). */
export type Rng = () => number;

/** Seeded generator; `createRng(42)` always yields the same stream. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates shuffle of `order` in place, drawing from `rng`. */
export function shuffle(order: Int32Array | Uint32Array, rng: Rng): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
}
