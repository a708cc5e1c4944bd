// Reply edges (SPEC §9): from the replier to the parent's author, weight = count; self-replies
// and unknown authors are dropped. Likes are not replies.
import type { CommentArrays } from './comments.js';

/** Distinct directed pairs with their reply counts, sorted by source then target. */
export interface ReplyEdges {
  readonly count: number;
  readonly src: Int32Array;
  readonly dst: Int32Array;
  readonly weight: Float64Array;
}

/**
 * Collapses the comments of a window into weighted reply edges on accounts 0..n-1.
 *
 * @example replyEdges(3, comments).weight // replies per (replier, parent author) pair
 */
export function replyEdges(n: number, comments: CommentArrays): ReplyEdges {
  const { author, parentAuthor } = comments;
  // Counting sort by source, then merge equal targets within each row.
  const starts = new Uint32Array(n + 1);
  let m = 0;
  for (let i = 0; i < comments.count; i++) {
    const s = author[i];
    const d = parentAuthor[i];
    if (s < 0 || d < 0 || s === d) continue;
    starts[s + 1]++;
    m++;
  }
  for (let i = 0; i < n; i++) starts[i + 1] += starts[i];
  const fill = starts.slice(0, n);
  const targets = new Int32Array(m);
  for (let i = 0; i < comments.count; i++) {
    const s = author[i];
    const d = parentAuthor[i];
    if (s < 0 || d < 0 || s === d) continue;
    targets[fill[s]++] = d;
  }
  const src = new Int32Array(m);
  const dst = new Int32Array(m);
  const weight = new Float64Array(m);
  let out = 0;
  for (let s = 0; s < n; s++) {
    const row = targets.subarray(starts[s], starts[s + 1]);
    row.sort();
    for (let e = 0; e < row.length; e++) {
      if (e > 0 && row[e] === row[e - 1]) {
        weight[out - 1]++;
        continue;
      }
      src[out] = s;
      dst[out] = row[e];
      weight[out] = 1;
      out++;
    }
  }
  return {
    count: out,
    src: src.slice(0, out),
    dst: dst.slice(0, out),
    weight: weight.slice(0, out),
  };
}
