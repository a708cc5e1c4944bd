export {
  PLATFORMS,
  UnknownPlatformError,
  bareHandle,
  isPlatform,
  ensurePlatform,
} from './platform.js';
export type { Platform } from './platform.js';
export { INTERACTION_KINDS, accountId, postId } from './records.js';
export type {
  Account,
  AccountId,
  ImportUnit,
  Interaction,
  InteractionKind,
  Location,
  ModelRecord,
  Post,
  PostId,
  PostKind,
  ProfileSnapshot,
  Quarantined,
  ReportedCounts,
  Timestamp,
  Visibility,
} from './records.js';
