export { repairMojibake, repairMojibakeDeep } from './repair-mojibake.js';
export { EXPORT_OWNER } from './export-owner.js';
export { fromUnixSeconds, fromIsoTime, fromLocalDateTime } from './timestamps.js';
export { findEntry, peekText } from './peek-text.js';
export { MAX_JSON_DEPTH, readExportJson } from './read-export-json.js';
export { hashtagsOf, linksOf } from './text-entities.js';
export {
  quarantinedUnit,
  recordUnit,
  schemaReason,
  skipAll,
  skippedUnit,
  unitsOfArray,
  whereOf,
} from './record-units.js';
export type { ElementSite } from './record-units.js';
