// response_rate and median_response_hours (SPEC §3): of others' direct replies to a's root
// posts, the share that got at least one direct reply from a, and the median time to a's first
// answer.
import type { CommentArrays } from './comments.js';

export interface ResponseRate {
  /** NaN (null) when nobody else replied to a's root posts. */
  readonly responseRate: Float64Array;
  /** NaN (null) when no answered reply has both times. */
  readonly medianResponseHours: Float64Array;
  /** Others' direct replies to a's root posts (the denominator). */
  readonly repliesToPosts: Int32Array;
  readonly answered: Int32Array;
}

const HOUR_MS = 3_600_000;

export function responseRate(n: number, comments: CommentArrays): ResponseRate {
  const { author, parent, parentAuthor, parentIsRoot, atMs, count } = comments;
  // Whether each comment got an answer from the post's author, and the first known answer time.
  const isAnswered = new Uint8Array(count);
  const firstAnswer = new Float64Array(count).fill(Infinity);
  for (let d = 0; d < count; d++) {
    const c = parent[d];
    if (c < 0 || !parentIsRoot[c]) continue;
    const owner = parentAuthor[c];
    if (owner < 0 || author[d] !== owner || author[c] === owner || author[c] < 0) continue;
    isAnswered[c] = 1;
    if (atMs[d] < firstAnswer[c]) firstAnswer[c] = atMs[d];
  }
  const hasDelay = (c: number) => firstAnswer[c] !== Infinity && !Number.isNaN(atMs[c]);
  const repliesToPosts = new Int32Array(n);
  const answered = new Int32Array(n);
  const delayCount = new Uint32Array(n + 1);
  for (let c = 0; c < count; c++) {
    if (!parentIsRoot[c]) continue;
    const owner = parentAuthor[c];
    if (owner < 0 || author[c] < 0 || author[c] === owner) continue;
    repliesToPosts[owner]++;
    if (!isAnswered[c]) continue;
    answered[owner]++;
    if (hasDelay(c)) delayCount[owner + 1]++;
  }
  for (let i = 0; i < n; i++) delayCount[i + 1] += delayCount[i];
  const fill = delayCount.slice(0, n);
  const delays = new Float64Array(delayCount[n]);
  for (let c = 0; c < count; c++) {
    if (!parentIsRoot[c] || !isAnswered[c] || !hasDelay(c)) continue;
    const owner = parentAuthor[c];
    if (owner < 0 || author[c] < 0 || author[c] === owner) continue;
    delays[fill[owner]++] = (firstAnswer[c] - atMs[c]) / HOUR_MS;
  }
  const responseRate = new Float64Array(n).fill(NaN);
  const medianResponseHours = new Float64Array(n).fill(NaN);
  for (let i = 0; i < n; i++) {
    if (repliesToPosts[i] > 0) responseRate[i] = answered[i] / repliesToPosts[i];
    medianResponseHours[i] = median(delays.subarray(delayCount[i], delayCount[i + 1]));
  }
  return { responseRate, medianResponseHours, repliesToPosts, answered };
}

/** Median of a slice (sorted in place); NaN when empty. */
export function median(values: Float64Array): number {
  const k = values.length;
  if (k === 0) return NaN;
  values.sort();
  return k % 2 ? values[(k - 1) >> 1] : (values[k / 2 - 1] + values[k / 2]) / 2;
}
