// Every metric of SPEC §3 for one platform's window, from typed arrays: the engine's entry point.
import {
  buildDirectedGraph,
  buildUndirectedGraph,
  createRng,
  louvain,
  pagerank,
  LOUVAIN_DEFAULTS,
} from '../graph/index.js';
import type { CommentArrays } from './comments.js';
import { dialogues } from './dialogues.js';
import { engagedAudience, engagedFollowerRate } from './engaged-audience.js';
import type { AccountPairs } from './pairs.js';
import { quadrants } from './quadrant.js';
import { ranks } from './ranks.js';
import { replyProfile } from './reciprocity.js';
import { replyEdges, type ReplyEdges } from './reply-edges.js';
import { responseRate } from './response-rate.js';
import { CONNECTION_WEIGHTS, REACH_WEIGHTS, weightedScore, type Score } from './scores.js';
import { spearman } from './spearman.js';
import type { TextSignals } from './text-signals.js';
import { workload, type Workload, type WorkloadOptions } from './workload.js';

/** One platform's window, accounts numbered 0..n-1. */
export interface MetricsInput {
  readonly n: number;
  readonly comments: CommentArrays;
  /** Likes, reposts and quotes in the window (target = the account engaged with). */
  readonly engagements: AccountPairs;
  /** Follower lists (target = the followed account). */
  readonly follows: AccountPairs;
  /** Latest observed counts; NaN when never observed. */
  readonly followers: Float64Array;
  readonly following: Float64Array;
  /** Root posts by the account in the window. */
  readonly posts: Int32Array;
  /** 1 when the account wrote at least one post or comment in the window. */
  readonly active: Uint8Array;
  /** From the text classifiers once wired; absent → advocacy_focus and self_promotion_rate null. */
  readonly text?: TextSignals;
}

export interface MetricsOptions {
  readonly damping?: number;
  readonly threads?: number;
  readonly seed?: number;
  readonly workload?: WorkloadOptions;
}

export const DEFAULTS = { damping: 0.85, threads: 1, seed: LOUVAIN_DEFAULTS.seed } as const;

/** Per-account arrays (NaN = null) and the platform summary. */
export interface PlatformMetrics {
  readonly n: number;
  readonly edges: ReplyEdges;
  readonly followRatio: Float64Array;
  readonly inboundReplies: Int32Array;
  readonly engagedAudience: Int32Array;
  readonly engagedFollowerRate: Float64Array;
  readonly engagedFollowerRateEstimated: Uint8Array;
  readonly responseRate: Float64Array;
  readonly medianResponseHours: Float64Array;
  readonly dialogues: Int32Array;
  readonly dialoguePartners: Int32Array;
  readonly outboundReplies: Int32Array;
  readonly outboundReach: Int32Array;
  readonly reciprocity: Float64Array;
  readonly connectionPagerank: Float64Array;
  readonly connectionRank: Float64Array;
  readonly reachRank: Float64Array;
  /** Community id, −1 for accounts without any reply in the window. */
  readonly community: Int32Array;
  readonly connectionScore: Score;
  readonly reachScore: Score;
  /** Index into QUADRANTS, −1 when unknown. */
  readonly quadrant: Int8Array;
  readonly workload: Workload;
  /** The text classifiers' metrics when given (advocacy_focus, self_promotion_rate). */
  readonly text: TextSignals | null;
  readonly summary: {
    readonly replyEdges: number;
    readonly replies: number;
    readonly dialogues: number;
    readonly communities: number;
    readonly modularity: number | null;
    readonly pagerankIterations: number;
    readonly pagerankConverged: boolean;
    /** Spearman ρ of reach_rank vs connection_rank over active accounts; NaN when undefined. */
    readonly spearman: number;
  };
}

export function computeMetrics(input: MetricsInput, options: MetricsOptions = {}): PlatformMetrics {
  const { n, comments } = input;
  const edges = replyEdges(n, comments);
  const profile = replyProfile(n, edges);
  const audience = engagedAudience(n, edges, input.engagements, input.follows);
  const efr = engagedFollowerRate(audience, input.followers);
  const response = responseRate(n, comments);
  const talk = dialogues(n, comments);

  // connection_rank: PageRank (d = 0.85) on the directed reply graph weighted by reply counts.
  const directed = buildDirectedGraph(n, edges);
  const pr = pagerank(directed, {
    damping: options.damping ?? DEFAULTS.damping,
    threads: options.threads ?? DEFAULTS.threads,
  });
  const connectionRank = ranks(pr.scores, { descending: true });
  // reach_rank: by followers, or engaged_audience where followers are unknown.
  const reachKey = new Float64Array(n);
  for (let i = 0; i < n; i++)
    reachKey[i] = Number.isNaN(input.followers[i])
      ? audience.engagedAudience[i]
      : input.followers[i];
  const reachRank = ranks(reachKey, { descending: true });

  // community: Louvain on the undirected dialogue graph (weight = a→b + b→a).
  const undirected = buildUndirectedGraph(n, edges);
  const communities = louvain(undirected, { rng: createRng(options.seed ?? DEFAULTS.seed) });
  const community = new Int32Array(n).fill(-1);
  const used = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    if (undirected.starts[i + 1] === undirected.starts[i]) continue;
    const raw = communities.membership[i];
    let id = used.get(raw);
    if (id === undefined) used.set(raw, (id = used.size));
    community[i] = id;
  }

  const followRatio = new Float64Array(n);
  for (let i = 0; i < n; i++)
    followRatio[i] = input.followers[i] > 0 ? input.following[i] / input.followers[i] : NaN;
  const connectionScore = weightedScore(CONNECTION_WEIGHTS, {
    response_rate: response.responseRate,
    dialogue_partners: talk.dialoguePartners,
    reciprocity: profile.reciprocity,
    outbound_reach: profile.outboundReach,
  });
  const reachScore = weightedScore(REACH_WEIGHTS, {
    followers: input.followers,
    engaged_audience: audience.engagedAudience,
  });
  const hasPost = new Uint8Array(n);
  for (let i = 0; i < n; i++) hasPost[i] = input.posts[i] > 0 ? 1 : 0;
  const quadrant = quadrants(connectionScore.value, reachScore.value, hasPost).quadrant;

  const reachActive: number[] = [];
  const connectionActive: number[] = [];
  for (let i = 0; i < n; i++) {
    if (!input.active[i]) continue;
    reachActive.push(reachRank[i]);
    connectionActive.push(connectionRank[i]);
  }
  let replies = 0;
  for (let e = 0; e < edges.count; e++) replies += edges.weight[e];
  return {
    n,
    edges,
    followRatio,
    inboundReplies: profile.inboundReplies,
    engagedAudience: audience.engagedAudience,
    engagedFollowerRate: efr.rate,
    engagedFollowerRateEstimated: efr.estimated,
    responseRate: response.responseRate,
    medianResponseHours: response.medianResponseHours,
    dialogues: talk.dialogues,
    dialoguePartners: talk.dialoguePartners,
    outboundReplies: profile.outboundReplies,
    outboundReach: profile.outboundReach,
    reciprocity: profile.reciprocity,
    connectionPagerank: pr.scores,
    connectionRank,
    reachRank,
    community,
    connectionScore,
    reachScore,
    quadrant,
    workload: workload(n, comments, options.workload),
    text: input.text ?? null,
    summary: {
      replyEdges: edges.count,
      replies,
      dialogues: talk.total,
      communities: used.size,
      modularity: communities.modularity,
      pagerankIterations: pr.iterations,
      pagerankConverged: pr.converged,
      spearman: spearman(reachActive, connectionActive),
    },
  };
}
