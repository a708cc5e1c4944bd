export { Database, NoStoreError, StoreVersionError, quoteIdentifier } from './database.js';
export type { OpenOptions } from './database.js';
export { writeImport, LIST_SEPARATOR } from './write-records.js';
export type { ImportSummary, RunInfo, WriteOptions } from './write-records.js';
export { readStats } from './queries/stats.js';
export type { PlatformStats, StoreStats } from './queries/stats.js';
export { hasRealData } from './queries/runs.js';
