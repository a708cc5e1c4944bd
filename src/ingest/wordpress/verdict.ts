import type { ImportUnit, Location, ModelRecord } from '../../model/index.js';

/** What a parser decided for one input record, before its location and hash are attached. */
export type Verdict =
  | { readonly outcome: 'record'; readonly items: readonly ModelRecord[] }
  | { readonly outcome: 'skipped'; readonly reason: string }
  | { readonly outcome: 'quarantined'; readonly reason: string };

export function toUnit(verdict: Verdict, where: Location, contentHash: string): ImportUnit {
  switch (verdict.outcome) {
    case 'record':
      return { outcome: 'record', where, items: verdict.items };
    case 'skipped':
      return { outcome: 'skipped', where, reason: verdict.reason };
    case 'quarantined':
      return { outcome: 'quarantined', where, reason: verdict.reason, contentHash };
  }
}
