import type { Bench } from './types.js';

/** Every benchmark `npm run bench` knows, in the order it runs them. */
export const benches: readonly Bench[] = [];
