import type { ImportUnit, InteractionKind } from '../../model/index.js';
import { DEFAULT_LIMITS } from '../limits.js';
import type { Importer, ImportContext } from '../importer.js';
import { openSource } from '../source.js';

/** What an importer yielded, counted the way the fixture tests state their expectations. */
export interface Tally {
  format: string | null;
  records: number;
  rootPosts: number;
  comments: number;
  /** Comments whose record says the parent is a comment (SPEC §9 `threaded_replies`). */
  threaded: number;
  interactions: Partial<Record<InteractionKind, number>>;
  /** Distinct account ids. */
  accounts: number;
  snapshots: number;
  skipped: Record<string, number>;
  quarantined: number;
}

export const TEST_CONTEXT: ImportContext = {
  limits: DEFAULT_LIMITS,
  salt: 'test',
  observedAtMs: Date.UTC(2025, 0, 1),
};

/** Runs `importer` on a path (detect, then read) and counts its units; test helper. */
export async function tallyImport(
  importer: Importer,
  path: string,
  context: ImportContext = TEST_CONTEXT,
): Promise<Tally & { units: ImportUnit[] }> {
  const source = await openSource(path, context.limits);
  try {
    const format = await importer.detect(source);
    const tally: Tally & { units: ImportUnit[] } = {
      format,
      records: 0,
      rootPosts: 0,
      comments: 0,
      threaded: 0,
      interactions: {},
      accounts: 0,
      snapshots: 0,
      skipped: {},
      quarantined: 0,
      units: [],
    };
    const accounts = new Set<string>();
    const posts = new Set<string>();
    const keys = new Set<string>();
    for await (const unit of importer.read(source, format ?? '', context)) {
      tally.units.push(unit);
      tally.records += 1;
      if (unit.outcome === 'skipped')
        tally.skipped[unit.reason] = (tally.skipped[unit.reason] ?? 0) + 1;
      if (unit.outcome === 'quarantined') tally.quarantined += 1;
      if (unit.outcome !== 'record') continue;
      for (const item of unit.items) {
        if (item.type === 'account') accounts.add(item.id);
        else if (item.type === 'snapshot') tally.snapshots += 1;
        else if (item.type === 'post' && !posts.has(item.id)) {
          posts.add(item.id);
          if (item.parent === null) tally.rootPosts += 1;
          else tally.comments += 1;
          if (item.parentIsComment) tally.threaded += 1;
        } else if (item.type === 'interaction' && !keys.has(item.key)) {
          keys.add(item.key);
          tally.interactions[item.kind] = (tally.interactions[item.kind] ?? 0) + 1;
        }
      }
    }
    tally.accounts = accounts.size;
    return tally;
  } finally {
    source.close();
  }
}
