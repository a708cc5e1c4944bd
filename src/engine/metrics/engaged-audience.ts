// engaged_audience and engaged_follower_rate (SPEC §3): distinct accounts other than a who
// replied to (directly), liked, reposted or quoted a; with a follower list, the share of those
// followers who engaged, else engaged_audience / followers, marked estimated.
import { groupByTarget, type AccountPairs } from './pairs.js';
import type { ReplyEdges } from './reply-edges.js';

export interface EngagedAudience {
  readonly engagedAudience: Int32Array;
  /** Distinct followers on the account's follower list (0 when there is no list). */
  readonly followerListSize: Int32Array;
  /** Followers on the list who are in the engaged audience. */
  readonly engagedFollowers: Int32Array;
}

/**
 * @param replies distinct reply edges (replier → parent author)
 * @param engagements like, repost and quote pairs (target = the account engaged with)
 * @param follows follower-list pairs (target = the followed account, actor = the follower)
 */
export function engagedAudience(
  n: number,
  replies: ReplyEdges,
  engagements: AccountPairs,
  follows: AccountPairs,
): EngagedAudience {
  const replyPairs: AccountPairs = {
    count: replies.count,
    target: replies.dst,
    actor: replies.src,
  };
  const engaged = groupByTarget(n, [replyPairs, engagements]);
  const followers = groupByTarget(n, [follows]);
  const seen = new Int32Array(n).fill(-1);
  const seenFollower = new Int32Array(n).fill(-1);
  const engagedAudience = new Int32Array(n);
  const followerListSize = new Int32Array(n);
  const engagedFollowers = new Int32Array(n);
  for (let t = 0; t < n; t++) {
    for (let e = engaged.starts[t]; e < engaged.starts[t + 1]; e++) {
      const a = engaged.actors[e];
      if (a === t || seen[a] === t) continue;
      seen[a] = t;
      engagedAudience[t]++;
    }
    for (let e = followers.starts[t]; e < followers.starts[t + 1]; e++) {
      const f = followers.actors[e];
      if (f === t || seenFollower[f] === t) continue;
      seenFollower[f] = t;
      followerListSize[t]++;
      if (seen[f] === t) engagedFollowers[t]++;
    }
  }
  return { engagedAudience, followerListSize, engagedFollowers };
}

/**
 * engaged_follower_rate: exact from a follower list when there is one, else estimated from the
 * follower count; null (NaN) with a zero or unknown denominator.
 */
export function engagedFollowerRate(
  audience: EngagedAudience,
  followers: Float64Array,
): { rate: Float64Array; estimated: Uint8Array } {
  const n = audience.engagedAudience.length;
  const rate = new Float64Array(n).fill(NaN);
  const estimated = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (audience.followerListSize[i] > 0) {
      rate[i] = audience.engagedFollowers[i] / audience.followerListSize[i];
    } else if (followers[i] > 0) {
      rate[i] = audience.engagedAudience[i] / followers[i];
      estimated[i] = 1;
    }
  }
  return { rate, estimated };
}
