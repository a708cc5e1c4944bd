export { Database, NoStoreError, StoreVersionError, quoteIdentifier } from './database.js';
export type { OpenOptions } from './database.js';
export { writeImport } from './write-records.js';
export type { ImportSummary, RunInfo, Staging, WriteOptions } from './write-records.js';
export { MERGE_STEPS, type MergeStep } from './merge-run.js';
export { LIST_SEPARATOR, stageUnits } from './stage-units.js';
export type { Staged, StageOptions } from './stage-units.js';
export { readStats } from './queries/stats.js';
export type { PlatformStats, StoreStats } from './queries/stats.js';
export { hasRealData } from './queries/runs.js';
export {
  readMetricsInput,
  type MetricsWindow,
  type PlatformInput,
} from './queries/metrics-input.js';
export {
  RESULT_COLUMNS,
  readAccountResult,
  readAnalysis,
  readDataPlatforms,
  readDoneRuns,
  readTop,
  writeResults,
  type AnalysisRecord,
  type ResultValue,
  type TopBy,
} from './queries/results.js';
export {
  findAccountById,
  findAccountsByHandle,
  type AccountMatch,
} from './queries/resolve-handle.js';
export { readReplyGraph, type ReplyGraphRows } from './queries/reply-graph.js';
export {
  MAIN_SELF_PROMOTION_SCORE,
  readAdvocacyFocus,
  readSelfPromotionRate,
  readTextResultCounts,
  type AdvocacyFocusRow,
  type SelfPromotionRow,
} from './queries/text-results.js';
export {
  endClassifyRun,
  readClassifyBatch,
  startClassifyRun,
  writeTextResults,
  type PostTextResult,
  type PostToClassify,
} from './write-text-results.js';
// @NOTE queries/crisis-signals.ts is deliberately not listed: only the owner's safety inbox may
// read crisis results (SPEC §4), and it imports that module directly.
