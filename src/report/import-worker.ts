// One reader of a parallel import (see import-parallel.ts): takes the next part of a plain
// line-oriented file not yet taken, reads it with the platform's own reader and stages its
// records, until no part is left; lines, byte offsets and records are numbered as a reader of
// the whole file would number them.
import { basename } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import type { ImportContext } from '../ingest/importer.js';
import { readFileBytes, type SourceEntry } from '../ingest/source.js';
import { stageUnitParts, type UnitPart } from '../store/stage-units.js';
import {
  PART_READERS,
  type OriginMessage,
  type PartMessage,
  type PartTask,
} from './import-parallel.js';

const task = workerData as PartTask;
const post = (message: PartMessage) => parentPort!.postMessage(message);

/** What each part needs of the bytes before it, as the main thread tells it (`scanBefore`). */
const origins = new Map<number, OriginMessage>();
const awaited = new Map<number, (message: OriginMessage) => void>();
parentPort!.on('message', (message: OriginMessage) => {
  origins.set(message.part, message);
  awaited.get(message.part)?.(message);
});

function originOf(part: number): Promise<OriginMessage> {
  const known = origins.get(part);
  if (known !== undefined) return Promise.resolve(known);
  return new Promise((resolve) => awaited.set(part, resolve));
}

/**
 * The handles of the identity events before part `handlesPart` (Jetstream), shared by the
 * parts this reader takes: brought up to a part by what the main thread found in each part
 * before it, each DID's last handle there. A part's reader updates the map through its part
 * too, with the very handles the main thread finds in that part, so finding them again later
 * changes nothing.
 */
const handles = new Map<string, string>();
let handlesPart = 0;

async function handlesAt(part: number): Promise<Map<string, string>> {
  for (; handlesPart < part; handlesPart++)
    for (const [did, handle] of (await originOf(handlesPart + 1)).handles) handles.set(did, handle);
  return handles;
}

async function run(): Promise<void> {
  const load = PART_READERS[`${task.platform}/${task.format}`];
  if (!load) throw new Error(`${task.platform} ${task.format} cannot be read in parts`);
  const read = await load();
  const progress = { bytesRead: 0 };
  const next = new Int32Array(task.next);
  const context: ImportContext = {
    limits: task.limits,
    salt: task.salt,
    observedAtMs: task.observedAtMs,
    subreddits: task.subreddits ? new Set(task.subreddits) : undefined,
  };
  const entryOf = (k: number): SourceEntry => {
    const { start, end } = task.parts[k]!;
    return {
      path: task.path,
      name: basename(task.path),
      size: end - start,
      // The line readers copy what they keep of a chunk: one buffer serves every read.
      open: () => readFileBytes(task.path, progress, { start, end }, { reuse: true }),
      ...(start > 0
        ? {
            origin: {
              byteOffset: start,
              lines: async () => (await originOf(k)).lines,
              handles: () => handlesAt(k),
            },
          }
        : {}),
    };
  };
  // the parts this reader takes, in the order it takes them (increasing)
  function* taken(): Iterable<UnitPart> {
    for (let k = Atomics.add(next, 0, 1); k < task.parts.length; k = Atomics.add(next, 0, 1))
      yield { part: k, read: (sink) => read(entryOf(k), context, sink) };
  }
  const staged = await stageUnitParts(task.folder, task.platform, taken(), {
    tag: `-${task.index}`,
    batchRecords: task.batchRecords,
    onRecords: (records) => post({ type: 'progress', bytes: progress.bytesRead, records }),
    onBatch: (records) => post({ type: 'batch', records }),
  });
  post({ type: 'done', staged });
}

run()
  .catch((error: unknown) => {
    const e = error instanceof Error ? error : new Error(String(error));
    post({
      type: 'error',
      name: e.name,
      message: e.message,
      file: 'file' in e && typeof e.file === 'string' ? e.file : null,
    });
  })
  // nothing more to hear from the main thread: let the thread end
  .finally(() => parentPort!.close());
