import type { ImportUnit, Location } from '../../model/index.js';
import { contentHash } from '../hash.js';
import type { Parsed } from './parsed.js';

/**
 * The import unit for one input record. The raw content is asked for only when the record is
 * quarantined, so the common path hashes nothing.
 */
export function toUnit(
  parsed: Parsed,
  where: Location,
  raw: () => string | Uint8Array,
): ImportUnit {
  switch (parsed.kind) {
    case 'items':
      return { outcome: 'record', where, items: parsed.items };
    case 'skip':
      return { outcome: 'skipped', where, reason: parsed.reason };
    case 'bad':
      return quarantined(where, parsed.reason, raw());
  }
}

export function quarantined(where: Location, reason: string, raw: string | Uint8Array): ImportUnit {
  return { outcome: 'quarantined', where, reason, contentHash: contentHash(raw) };
}
