// The metrics of SPEC §3 on typed arrays: pure functions, one metric family per module.
export { computeMetrics, DEFAULTS as METRICS_DEFAULTS } from './account-metrics.js';
export type { MetricsInput, MetricsOptions, PlatformMetrics } from './account-metrics.js';
export { allocateComments, commentsOf, type CommentArrays } from './comments.js';
export { dialogues, type Dialogues } from './dialogues.js';
export { engagedAudience, engagedFollowerRate, type EngagedAudience } from './engaged-audience.js';
export { pairsOf, type AccountPairs } from './pairs.js';
export { QUADRANTS, quadrants, type Quadrant } from './quadrant.js';
export { ranks } from './ranks.js';
export { replyProfile, type ReplyProfile } from './reciprocity.js';
export { replyEdges, type ReplyEdges } from './reply-edges.js';
export { median, responseRate, type ResponseRate } from './response-rate.js';
export {
  CONNECTION_WEIGHTS,
  REACH_WEIGHTS,
  weightedScore,
  type Score,
  type ScorePart,
} from './scores.js';
export { spearman } from './spearman.js';
export type { TextSignals } from './text-signals.js';
export {
  workload,
  DEFAULTS as WORKLOAD_DEFAULTS,
  type Workload,
  type WorkloadOptions,
} from './workload.js';
