import type { ImportUnit, Location, ModelRecord, Quarantined } from '../model/index.js';
import { contentHash } from './hash.js';

/**
 * Takes each unit as a reader makes it. A parallel import's readers push their units into the
 * stager (`PART_READERS`) instead of yielding them: no await per unit, and each unit is garbage
 * as soon as it is staged. (Yielding them in batches instead kept a batch's units alive through
 * collections: twice the full collections on the Reddit bench's lines, `--trace-gc`.)
 */
export type UnitSink = (unit: ImportUnit) => void;

/** An input record that became model records. */
export function recordUnit(where: Location, items: readonly ModelRecord[]): ImportUnit {
  return { outcome: 'record', where, items };
}

/** An input record deliberately not imported (a direct message, a deleted tweet…). */
export function skippedUnit(where: Location, reason: string): ImportUnit {
  return { outcome: 'skipped', where, reason };
}

/** An input record that cannot be imported; `content` stands for its raw bytes. */
export function quarantineUnit(where: Location, reason: string, content: string): Quarantined {
  return { outcome: 'quarantined', where, reason, contentHash: contentHash(content) };
}

/**
 * The serialisation of one element of a parsed document, standing for its raw bytes (size
 * limit, quarantine hash), as the other document readers do.
 */
export function elementContent(element: unknown): string {
  return JSON.stringify(element) ?? 'undefined';
}

/** Whether an element is over the record size limit. */
export function isTooLarge(content: string, maxRecordBytes: number): boolean {
  return content.length > maxRecordBytes || Buffer.byteLength(content) > maxRecordBytes;
}
