import { open } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
// Light modules only: every worker loads this one.
import { InputError, UnsafeArchiveError } from '../ingest/errors.js';
import type { InputLimits } from '../ingest/limits.js';
import { isCompressed } from '../ingest/read-bytes.js';
import { countNewlines } from '../ingest/read-lines.js';
import type { ImportContext } from '../ingest/importer.js';
import { readFileBytes, type ImportSource, type SourceEntry } from '../ingest/source.js';
import type { UnitSink } from '../ingest/units.js';
import type { Platform } from '../model/index.js';
import type { Staged, Staging } from '../store/index.js';
import { STAGING_TABLES, type StagingTable } from '../store/staging.js';

/**
 * Parallel reading of one large plain line-oriented file: the file is cut at line boundaries
 * into parts, and each part is read, parsed and staged by a worker thread, as one reader would
 * have done it (lines and byte offsets counted from the file's start, records numbered in file
 * order). Parsing JSON is the largest cost of an import, and in JS it runs on one thread.
 */
export const PARALLEL = {
  /** Smaller files are read by one reader: a worker's start costs more than it saves. */
  minBytes: 64 * 1024 * 1024,
  /** At most this many readers. */
  maxReaders: 4,
  /**
   * A file is cut into many small parts that the readers take in turn, each as soon as it is
   * done with its last: no reader waits for another at the end. Meanwhile the main thread reads
   * ahead of them what a part needs of the bytes before it (`scanBefore`): how many lines they
   * hold, and for Jetstream the handles their identity events set. With one part per reader,
   * one of two Reddit readers ended 0.3–1.2 s after the other in most bench imports (reading the
   * 1M Reddit bench: 5.51 s on average, against 5.66 s in one part per reader, six imports each,
   * alternating); one of two Jetstream readers ended 0.57–0.9 s after the other (four traced
   * imports), though its part was made shorter for the identity events it parsed first: the
   * events of the bench's second half stage 18% more bytes.
   *
   * Parts per reader, each at least `minChunkBytes`.
   */
  chunksPerReader: 32,
  minChunkBytes: 64 * 1024,
  /**
   * A reader's young generation, in MB. A reader makes millions of short-lived objects (each
   * line's parsed record and its model rows); with V8's default a Reddit reader spent 0.78 s of
   * its 5.6 s in the garbage collector, with 64–256 MB 0.27–0.35 s (`node --cpu-prof`, 1M-line
   * bench, each size run twice). Memory grows by at most this much per reader.
   */
  youngGenerationMb: 96,
} as const;

/**
 * The formats whose lines can be read in parts (each line is a record on its own), by
 * `platform/format`: the reader their importer uses for one such file, pushing its units into a
 * `UnitSink`, loaded on its own so that a worker does not load every importer.
 */
export const PART_READERS: Readonly<
  Record<
    string,
    () => Promise<(entry: SourceEntry, context: ImportContext, sink: UnitSink) => Promise<void>>
  >
> = {
  'reddit/pushshift-ndjson': async () =>
    (await import('../ingest/reddit/read-ndjson.js')).readNdjsonInto,
  'bluesky/bluesky-jetstream': async () =>
    (await import('../ingest/bluesky/read-jetstream.js')).readJetstreamInto,
};

/** Bytes [start, end) of the file; start is 0 or just after a newline. */
export interface Part {
  readonly start: number;
  readonly end: number;
}

/** How a file is read in parallel (`planParts`). */
export interface PartPlan {
  /** The parts, in file order. */
  readonly parts: readonly Part[];
  /** The reader threads, each taking the next part not yet taken until none is left. */
  readonly readers: number;
}

/** What a worker is given (structured-cloned). */
export interface PartTask {
  readonly path: string;
  readonly platform: Platform;
  readonly format: string;
  readonly parts: readonly Part[];
  /** One Int32: the next part to take (`Atomics.add`), shared by the readers. */
  readonly next: SharedArrayBuffer;
  /** The reader's number: its staging files are named by it. */
  readonly index: number;
  readonly folder: string;
  readonly limits: InputLimits;
  readonly salt: string;
  readonly subreddits: readonly string[] | null;
  readonly observedAtMs: number;
  readonly batchRecords?: number;
}

/**
 * What the main thread tells a worker of part `part`: the lines of the file
 * before it, and the handles set by the identity events of the part before it (Jetstream; none
 * for other formats), each DID's last, for the reader to bring its handles up to this part.
 */
export interface OriginMessage {
  readonly type: 'origin';
  readonly part: number;
  readonly lines: number;
  readonly handles: readonly (readonly [did: string, handle: string])[];
}

/** What the main thread finds in one part's bytes for the parts after it. */
export interface PrefixFindings {
  readonly lines: number;
  readonly handles: ReadonlyMap<string, string>;
}

/**
 * The formats whose readers need more of the bytes before their part than the lines they hold,
 * by `platform/format`: how the main thread reads that from one part's bytes (loaded only there).
 */
const PREFIX_SCANS: Readonly<
  Record<
    string,
    () => Promise<
      (bytes: AsyncIterable<Uint8Array>, maxRecordBytes: number) => Promise<PrefixFindings>
    >
  >
> = {
  'bluesky/bluesky-jetstream': async () =>
    (await import('../ingest/bluesky/read-jetstream.js')).handlesBefore,
};

/** What a worker says. */
export type PartMessage =
  | { readonly type: 'progress'; readonly bytes: number; readonly records: number }
  | { readonly type: 'batch'; readonly records: number }
  | { readonly type: 'done'; readonly staged: Staged }
  | {
      readonly type: 'error';
      readonly name: string;
      readonly message: string;
      readonly file: string | null;
    };

/**
 * How to read the source in parallel, or null when it is to be read by one reader: it is no
 * single plain file of a splittable format, it is small, or the machine has one core.
 */
export async function planParts(
  source: ImportSource,
  platform: Platform,
  format: string,
  options: { readers?: number; minBytes?: number } = {},
): Promise<PartPlan | null> {
  const readers = Math.min(options.readers ?? availableParallelism(), PARALLEL.maxReaders);
  const entry = source.entries[0];
  const key = `${platform}/${format}`;
  if (
    readers < 2 ||
    source.kind !== 'file' ||
    source.entries.length !== 1 ||
    entry === undefined ||
    entry.size === null ||
    entry.size < (options.minBytes ?? PARALLEL.minBytes) ||
    !Object.hasOwn(PART_READERS, key)
  )
    return null;
  const size = entry.size;
  const count = Math.max(
    readers,
    Math.min(readers * PARALLEL.chunksPerReader, Math.floor(size / PARALLEL.minChunkBytes)),
  );
  const handle = await open(source.path, 'r');
  try {
    const head = Buffer.alloc(4);
    await handle.read(head, 0, 4, 0);
    if (isCompressed(head)) return null;
    const cuts = [0];
    const targets = Array.from({ length: count }, (_, k) => Math.floor((k * size) / count));
    for (let k = 1; k < count; k++) {
      const cut = await lineStartFrom(handle, Math.max(cuts[cuts.length - 1]!, targets[k]!), size);
      if (cut === null || cut >= size) break;
      if (cut > cuts[cuts.length - 1]!) cuts.push(cut);
    }
    if (cuts.length < 2) return null;
    const parts = cuts.map((start, i) => ({ start, end: cuts[i + 1] ?? size }));
    return { parts, readers: Math.min(readers, parts.length) };
  } finally {
    await handle.close();
  }
}

/** The offset just after the first newline at or after `from`, or null if there is none. */
async function lineStartFrom(
  handle: Awaited<ReturnType<typeof open>>,
  from: number,
  size: number,
): Promise<number | null> {
  const buffer = Buffer.alloc(1 << 16);
  for (let at = from; at < size; at += buffer.length) {
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, at);
    if (bytesRead === 0) return null;
    const nl = buffer.subarray(0, bytesRead).indexOf(0x0a);
    if (nl >= 0) return at + nl + 1;
  }
  return null;
}

export interface PartsRequest {
  readonly path: string;
  readonly format: string;
  readonly plan: PartPlan;
  readonly limits: InputLimits;
  readonly salt: string;
  readonly subreddits: readonly string[] | null;
  readonly observedAtMs: number;
  readonly batchRecords?: number;
  /** Called now and then with the bytes and records read so far by all readers. */
  readonly onTick?: (bytesRead: number, records: number) => void;
  /** Called after a reader stages a batch, with the records read so far by all readers. */
  readonly onBatch?: (records: number) => void;
}

/**
 * A `Staging` by the plan's reader threads, each taking the next part of the file not yet taken
 * (an `Atomics.add` on a shared counter) until none is left, and staging them all into its own
 * files. Meanwhile this thread reads ahead what each part needs of the bytes before it
 * (`scanBefore`) and tells every reader.
 */
export function stageParts(request: PartsRequest): Staging {
  return (folder, platform) => {
    const { plan } = request;
    const count = plan.readers;
    const bytes = new Array<number>(count).fill(0);
    const records = new Array<number>(count).fill(0);
    const workers: Worker[] = [];
    const running = new Set<Worker>();
    const total = (list: number[]) => list.reduce((a, b) => a + b, 0);
    const next = new SharedArrayBuffer(4);
    const results = Array.from(
      { length: count },
      (_, index) =>
        new Promise<Staged>((resolve, reject) => {
          const task: PartTask = {
            path: request.path,
            platform,
            format: request.format,
            parts: plan.parts,
            next,
            index,
            folder,
            limits: request.limits,
            salt: request.salt,
            subreddits: request.subreddits,
            observedAtMs: request.observedAtMs,
            batchRecords: request.batchRecords,
          };
          const worker = new Worker(new URL('./import-worker.js', import.meta.url), {
            workerData: task,
            resourceLimits: { maxYoungGenerationSizeMb: PARALLEL.youngGenerationMb },
          });
          workers.push(worker);
          running.add(worker);
          let settled = false;
          worker.on('message', (message: PartMessage) => {
            switch (message.type) {
              case 'progress':
                bytes[index] = message.bytes;
                records[index] = message.records;
                request.onTick?.(total(bytes), total(records));
                break;
              case 'batch':
                records[index] = message.records;
                request.onBatch?.(total(records));
                break;
              case 'done':
                settled = true;
                running.delete(worker);
                resolve(message.staged);
                break;
              case 'error':
                settled = true;
                running.delete(worker);
                reject(revive(message));
                break;
            }
          });
          worker.on('error', (error) => {
            settled = true;
            running.delete(worker);
            reject(error);
          });
          worker.on('exit', (code) => {
            running.delete(worker);
            if (!settled) reject(new Error(`import reader ${index + 1} stopped (exit ${code})`));
          });
        }),
    );
    const counted = scanBefore(request, plan.parts, platform, (message) => {
      for (const worker of running) worker.postMessage(message);
    });
    return Promise.all([Promise.all(results), counted]).then(
      ([staged]) => combine(staged),
      async (error: unknown) => {
        // the first failure ends the run: the other readers are of no use
        await Promise.all(workers.map((w) => w.terminate()));
        throw error;
      },
    );
  };
}

/**
 * Reads each part but the last, in file order, and tells `found` what the parts after it need
 * (`OriginMessage`) as soon as it is known: the lines before the next part, and what the
 * format's `PREFIX_SCANS` finds in the part.
 */
async function scanBefore(
  request: PartsRequest,
  parts: readonly Part[],
  platform: Platform,
  found: (message: OriginMessage) => void,
): Promise<void> {
  const { path } = request;
  const load = PREFIX_SCANS[`${platform}/${request.format}`];
  const scan = load ? await load() : countLines;
  let lines = 0;
  for (let k = 0; k + 1 < parts.length; k++) {
    const findings = await scan(partBytes(path, parts[k]!), request.limits.maxRecordBytes);
    lines += findings.lines;
    found({ type: 'origin', part: k + 1, lines, handles: [...findings.handles] });
  }
}

const NO_HANDLES: ReadonlyMap<string, string> = new Map();

/** The lines of a part: what every format's readers need of the bytes before them. */
async function countLines(bytes: AsyncIterable<Uint8Array>): Promise<PrefixFindings> {
  let lines = 0;
  for await (const chunk of bytes) lines += countNewlines(chunk);
  return { lines, handles: NO_HANDLES };
}

/** The bytes of a part, all of them: a file that is shorter now has changed while it was read. */
async function* partBytes(path: string, part: Part): AsyncIterable<Uint8Array> {
  let read = 0;
  for await (const chunk of readFileBytes(path, { bytesRead: 0 }, part, { reuse: true })) {
    read += chunk.length;
    yield chunk;
  }
  if (read < part.end - part.start) throw new InputError(`${path} changed while it was read`, path);
}

/** The error a worker reported, as the single reader would have thrown it. */
function revive(message: Extract<PartMessage, { type: 'error' }>): Error {
  if (message.name === 'UnsafeArchiveError')
    return new UnsafeArchiveError(message.message, message.file ?? '');
  if (message.name === 'InputError') return new InputError(message.message, message.file ?? '');
  return new Error(message.message);
}

/** The parts' staging, as one: their files in input order, their counts summed. */
function combine(parts: readonly Staged[]): Staged {
  const files = {} as Record<StagingTable, Staged['files'][StagingTable]>;
  for (const table of STAGING_TABLES) files[table] = parts.flatMap((p) => p.files[table]);
  const skipped: Record<string, number> = {};
  for (const part of parts)
    for (const [reason, n] of Object.entries(part.skipped))
      skipped[reason] = (skipped[reason] ?? 0) + n;
  return {
    files,
    records: parts.reduce((a, p) => a + p.records, 0),
    quarantined: parts.reduce((a, p) => a + p.quarantined, 0),
    skipped,
  };
}
