import type { ImportUnit } from '../model/index.js';

/**
 * Keeps only the first observation of each account in one import run. An account is seen
 * many times (a mention's `name`, a renamed `screen_name`, an id-only follower) and the
 * observations can differ; the store compares each record with what is stored, so differing
 * repeats would turn a re-import into "updated" records. One observation per run keeps
 * re-imports no-ops; readers put the most authoritative source (the owner's own files, user
 * objects) first. A later observation with the same handle that fills a display name or bio
 * the first lacked is kept too: the store never blanks a field, so it cannot flip back.
 */
export async function* dedupeAccounts(units: AsyncIterable<ImportUnit>): AsyncIterable<ImportUnit> {
  const seen = new Map<string, { handle: string; filled: number }>();
  for await (const unit of units) {
    if (unit.outcome !== 'record' || !unit.items.some((item) => item.type === 'account')) {
      yield unit;
      continue;
    }
    const items = unit.items.filter((item) => {
      if (item.type !== 'account') return true;
      const filled = (item.displayName ? 1 : 0) | (item.bio ? 2 : 0);
      const first = seen.get(item.id);
      if (first === undefined) {
        seen.set(item.id, { handle: item.handle, filled });
        return true;
      }
      if (first.handle !== item.handle || (filled & ~first.filled) === 0) return false;
      first.filled |= filled;
      return true;
    });
    yield items.length === unit.items.length ? unit : { ...unit, items };
  }
}
