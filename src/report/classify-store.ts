// Classifies every stored post that has no current text result and stores the results:
// topics and self-promotion in public tables, crisis signals in a private one (SPEC §4).
// Incremental: a post is classified again only when its text or the classifier changed.
import { createHash } from 'node:crypto';
import { classify } from '../engine/text/index.js';
import {
  contextMarkerLexicon,
  crisisLexicon,
  selfPromotionLexicon,
  topicLexicons,
} from '../engine/text/lexicons/en/index.js';
import {
  endClassifyRun,
  readClassifyBatch,
  startClassifyRun,
  writeTextResults,
  type Database,
  type PostTextResult,
} from '../store/index.js';

/**
 * Bumped by hand when classifier code (not lexicon data) changes what it returns; lexicon
 * changes are caught by the hash below even when a lexicon's own version was not bumped.
 */
const CODE_VERSION = '14';

let version: string | null = null;

/** The version stored beside every text result: code version + a hash of every lexicon. */
export function classifierVersion(): string {
  if (version) return version;
  const lexicons = JSON.stringify([
    topicLexicons,
    crisisLexicon,
    contextMarkerLexicon,
    selfPromotionLexicon,
  ]);
  const hash = createHash('sha256').update(lexicons).digest('hex').slice(0, 12);
  return (version = `${CODE_VERSION}:en-${hash}`);
}

export interface ClassifyStoreOptions {
  /** Posts per read-classify-write batch (one transaction each). */
  readonly batchSize?: number;
  /** Called after each batch with the posts done so far and the run's total. */
  readonly onProgress?: (done: number, total: number) => void;
}

export const DEFAULTS = { batchSize: 5_000 } as const;

export interface ClassifyStoreSummary {
  /** Posts classified by this run. */
  readonly classified: number;
  readonly classifierVersion: string;
  readonly elapsedS: number;
}

/**
 * Brings the stored text results up to date. Safe to call before every `analyze` or `safety`:
 * when nothing changed it only checks and returns `classified: 0`. An interrupted run keeps
 * its finished batches.
 *
 * @example
 * await classifyStore(db, { onProgress: (done, total) => bar.update(done, total) });
 */
export async function classifyStore(
  db: Database,
  options: ClassifyStoreOptions = {},
): Promise<ClassifyStoreSummary> {
  const started = performance.now();
  const batchSize = options.batchSize ?? DEFAULTS.batchSize;
  const v = classifierVersion();
  const total = await startClassifyRun(db, v);
  let done = 0;
  try {
    while (done < total) {
      const batch = await readClassifyBatch(db, done, batchSize);
      if (batch.length === 0) break;
      const results: PostTextResult[] = batch.map((post) => {
        const result = classify(post.text);
        return {
          platform: post.platform,
          postId: post.postId,
          contentHash: post.contentHash,
          languageSupported: result.languageSupported,
          topics: result.topics,
          selfPromotion: result.selfPromotion,
          crisis: result.crisis,
        };
      });
      await writeTextResults(db, v, results);
      done = batch[batch.length - 1]!.n;
      options.onProgress?.(done, total);
    }
  } finally {
    await endClassifyRun(db);
  }
  return {
    classified: done,
    classifierVersion: v,
    elapsedS: Math.round((performance.now() - started) / 10) / 100,
  };
}
