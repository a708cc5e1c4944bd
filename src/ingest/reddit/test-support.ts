import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ImportUnit, Post } from '../../model/index.js';
import type { ImportContext } from '../importer.js';
import { DEFAULT_LIMITS } from '../limits.js';
import type { SourceEntry } from '../source.js';

/** Shared by this folder's tests: in-memory entries, a context, unit summaries. */

export function testContext(overrides: Partial<ImportContext> = {}): ImportContext {
  return { limits: DEFAULT_LIMITS, salt: 'test-salt', observedAtMs: 0, ...overrides };
}

/** An entry whose bytes are `content`, delivered in chunks of `chunkBytes`. */
export function memoryEntry(
  name: string,
  content: string | Uint8Array,
  chunkBytes = 1 << 16,
): SourceEntry {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
  return {
    path: name,
    name,
    size: bytes.length,
    async *open() {
      for (let at = 0; at < bytes.length; at += chunkBytes)
        yield bytes.subarray(at, at + chunkBytes);
    },
  };
}

export async function collect(units: AsyncIterable<ImportUnit>): Promise<ImportUnit[]> {
  const out: ImportUnit[] = [];
  for await (const unit of units) out.push(unit);
  return out;
}

/** The post a `record` unit carries. */
export function postOf(unit: ImportUnit): Post {
  if (unit.outcome !== 'record') throw new Error(`not a record: ${unit.outcome}`);
  const post = unit.items.find((item) => item.type === 'post');
  if (!post || post.type !== 'post') throw new Error('record without a post');
  return post;
}

/** The counts each fixture test asserts. */
export interface UnitCounts {
  records: number;
  rootPosts: number;
  comments: number;
  threadedReplies: number;
  skipped: number;
  quarantined: number;
  authors: number;
  deletedAuthors: number;
  replies: number;
}

export function countUnits(units: readonly ImportUnit[]): UnitCounts {
  const counts: UnitCounts = {
    records: units.length,
    rootPosts: 0,
    comments: 0,
    threadedReplies: 0,
    skipped: 0,
    quarantined: 0,
    authors: 0,
    deletedAuthors: 0,
    replies: 0,
  };
  const authors = new Set<string>();
  for (const unit of units) {
    if (unit.outcome === 'skipped') counts.skipped++;
    else if (unit.outcome === 'quarantined') counts.quarantined++;
    else {
      for (const item of unit.items) {
        if (item.type === 'account') authors.add(item.id);
        if (item.type === 'interaction' && item.kind === 'reply') counts.replies++;
        if (item.type !== 'post') continue;
        if (item.parent === null) counts.rootPosts++;
        else counts.comments++;
        if (item.parentIsComment) counts.threadedReplies++;
        if (item.author === null) counts.deletedAuthors++;
      }
    }
  }
  counts.authors = authors.size;
  return counts;
}

/** A temporary folder, removed by the returned function. */
export function tempDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-reddit-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export function writeTemp(dir: string, name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
