import type { Bench } from './types.js';
import { communities10m, communities1m } from './communities.bench.js';
import { importReddit1m } from './import-reddit.bench.js';
import { importBlueskyJetstream1m } from './import-bluesky.bench.js';
import { pagerank10m, pagerank1m } from './pagerank.bench.js';
import { classifyBench } from './classify.bench.js';
import { analyze10m } from './analyze.bench.js';

/** Every benchmark `npm run bench` knows, in the order it runs them. */
export const benches: readonly Bench[] = [
  importReddit1m,
  importBlueskyJetstream1m,
  pagerank1m,
  pagerank10m,
  communities1m,
  communities10m,
  classifyBench,
  analyze10m,
];
