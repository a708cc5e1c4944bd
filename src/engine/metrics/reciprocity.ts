// Reply counts, outbound reach and reciprocity (SPEC §3) from the weighted reply edges.
import type { ReplyEdges } from './reply-edges.js';

export interface ReplyProfile {
  /** Direct replies by others to the account's posts or comments (weighted in-degree). */
  readonly inboundReplies: Int32Array;
  /** Replies the account wrote on others' posts or comments (weighted out-degree). */
  readonly outboundReplies: Int32Array;
  /** Distinct accounts the account replied to. */
  readonly outboundReach: Int32Array;
  /** Distinct accounts who replied to the account. */
  readonly inboundRepliers: Int32Array;
  /** |replied to ∩ replied by| / |replied to ∪ replied by|; NaN when the union is empty. */
  readonly reciprocity: Float64Array;
}

/**
 * Per-account reply profile. `edges` are distinct pairs (as `replyEdges` returns them).
 *
 * @example replyProfile(3, replyEdges(3, comments)).reciprocity
 */
export function replyProfile(n: number, edges: ReplyEdges): ReplyProfile {
  const inboundReplies = new Int32Array(n);
  const outboundReplies = new Int32Array(n);
  const outboundReach = new Int32Array(n);
  const inboundRepliers = new Int32Array(n);
  const mutual = new Int32Array(n);
  const { src, dst, weight, count } = edges;
  for (let e = 0; e < count; e++) {
    outboundReplies[src[e]] += weight[e];
    inboundReplies[dst[e]] += weight[e];
    outboundReach[src[e]]++;
    inboundRepliers[dst[e]]++;
  }
  // Edges are sorted by (src, dst): the reverse of s→d exists iff d's row holds s.
  const starts = new Uint32Array(n + 1);
  for (let e = 0; e < count; e++) starts[src[e] + 1]++;
  for (let i = 0; i < n; i++) starts[i + 1] += starts[i];
  for (let e = 0; e < count; e++) {
    if (hasEdge(dst, starts, dst[e], src[e])) mutual[src[e]]++;
  }
  const reciprocity = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const union = outboundReach[i] + inboundRepliers[i] - mutual[i];
    reciprocity[i] = union > 0 ? mutual[i] / union : NaN;
  }
  return { inboundReplies, outboundReplies, outboundReach, inboundRepliers, reciprocity };
}

function hasEdge(dst: Int32Array, starts: Uint32Array, from: number, to: number): boolean {
  let lo = starts[from];
  let hi = starts[from + 1];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (dst[mid] < to) lo = mid + 1;
    else hi = mid;
  }
  return lo < starts[from + 1] && dst[lo] === to;
}
