import type { z } from 'zod';
import type { ImportUnit, Location, ModelRecord, Quarantined } from '../../model/index.js';
import { contentHash } from '../hash.js';
import type { InputLimits } from '../limits.js';

/**
 * Where one element of a JSON export sits: the file, the JSON pointer of its array and its
 * index. Whole JSON documents carry no line numbers once parsed, so `line` is the element's
 * 1-based position in that array and the quarantine reason names the pointer.
 */
export interface ElementSite {
  readonly file: string;
  readonly pointer: string;
  readonly index: number;
}

export function whereOf(site: ElementSite): Location {
  return { file: site.file, line: site.index + 1 };
}

export function recordUnit(site: ElementSite, items: readonly ModelRecord[]): ImportUnit {
  return { outcome: 'record', where: whereOf(site), items };
}

export function skippedUnit(site: ElementSite, reason: string): ImportUnit {
  return { outcome: 'skipped', where: whereOf(site), reason };
}

/** A quarantine entry keyed by the element's serialized content (the raw bytes are gone). */
export function quarantinedUnit(site: ElementSite, reason: string, value: unknown): Quarantined {
  return {
    outcome: 'quarantined',
    where: whereOf(site),
    reason: `${reason} at ${site.pointer}/${site.index}`,
    contentHash: contentHash(JSON.stringify(value) ?? 'undefined'),
  };
}

/** The first schema problem, short: `invalid record: string_list_data.0.timestamp: expected number…`. */
export function schemaReason(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid record';
  const path = issue.path.map(String).join('.');
  return `invalid record: ${path ? `${path}: ` : ''}${issue.message}`;
}

/**
 * One unit per element of `values`: an element larger than `maxRecordBytes` is quarantined as
 * `record too large` (SPEC §9); the others go to `parse`.
 */
export function* unitsOfArray(
  values: readonly unknown[],
  file: string,
  pointer: string,
  limits: InputLimits,
  parse: (value: unknown, site: ElementSite) => ImportUnit,
): Generator<ImportUnit> {
  for (let index = 0; index < values.length; index++) {
    const value = values[index];
    const site = { file, pointer, index };
    const bytes = Buffer.byteLength(JSON.stringify(value) ?? '');
    if (bytes > limits.maxRecordBytes) yield quarantinedUnit(site, 'record too large', value);
    else yield parse(value, site);
  }
}

/** Every element skipped with one reason, without looking inside (direct messages, history). */
export function* skipAll(
  values: readonly unknown[],
  file: string,
  pointer: string,
  reason: string,
): Generator<ImportUnit> {
  for (let index = 0; index < values.length; index++) {
    yield skippedUnit({ file, pointer, index }, reason);
  }
}
