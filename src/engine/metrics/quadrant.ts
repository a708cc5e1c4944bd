// Quadrants (SPEC §3, §9): "high" = at or above the platform median among accounts with at least
// one post. Connector = high connection and high reach; Broadcaster = high reach, low connection;
// Rising voice = low reach, high connection; Quiet = low both.
import { median } from './response-rate.js';

export const QUADRANTS = ['Connector', 'Broadcaster', 'Rising voice', 'Quiet'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

export interface Quadrants {
  /** Index into QUADRANTS per account, −1 when a score is unknown or there is no reference group. */
  readonly quadrant: Int8Array;
  readonly connectionMedian: number;
  readonly reachMedian: number;
}

/**
 * @param inReference 1 for accounts with at least one post: the group whose medians decide "high"
 */
export function quadrants(
  connection: Float64Array,
  reach: Float64Array,
  inReference: Uint8Array,
): Quadrants {
  const n = connection.length;
  const pick = (x: Float64Array) => {
    const values: number[] = [];
    for (let i = 0; i < n; i++) if (inReference[i] && !Number.isNaN(x[i])) values.push(x[i]);
    return median(Float64Array.from(values));
  };
  const connectionMedian = pick(connection);
  const reachMedian = pick(reach);
  const quadrant = new Int8Array(n).fill(-1);
  if (Number.isNaN(connectionMedian) || Number.isNaN(reachMedian))
    return { quadrant, connectionMedian, reachMedian };
  for (let i = 0; i < n; i++) {
    if (Number.isNaN(connection[i]) || Number.isNaN(reach[i])) continue;
    const highConnection = connection[i] >= connectionMedian;
    const highReach = reach[i] >= reachMedian;
    quadrant[i] = highConnection ? (highReach ? 0 : 2) : highReach ? 1 : 3;
  }
  return { quadrant, connectionMedian, reachMedian };
}
