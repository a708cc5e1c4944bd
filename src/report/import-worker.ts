// One part of a parallel import (see import-parallel.ts): reads bytes [start, end) of a plain
// line-oriented file with the platform's own reader and stages its records, numbering lines,
// byte offsets and records as a reader of the whole file would.
import { basename } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { readFileBytes, type SourceEntry } from '../ingest/source.js';
import { stageUnits } from '../store/stage-units.js';
import { PART_READERS, type PartMessage, type PartTask } from './import-parallel.js';

const task = workerData as PartTask;
const post = (message: PartMessage) => parentPort!.postMessage(message);

async function run(): Promise<void> {
  const load = PART_READERS[`${task.platform}/${task.format}`];
  if (!load) throw new Error(`${task.platform} ${task.format} cannot be read in parts`);
  const read = await load();
  const progress = { bytesRead: 0 };
  const entry: SourceEntry = {
    path: task.path,
    name: basename(task.path),
    size: task.end - task.start,
    // The line readers copy what they keep of a chunk: one buffer serves every read.
    open: () =>
      readFileBytes(task.path, progress, { start: task.start, end: task.end }, { reuse: true }),
    ...(task.start > 0
      ? {
          origin: {
            byteOffset: task.start,
            prefix: () =>
              readFileBytes(
                task.path,
                { bytesRead: 0 },
                { start: 0, end: task.start },
                { reuse: true },
              ),
          },
        }
      : {}),
  };
  const units = read(entry, {
    limits: task.limits,
    salt: task.salt,
    observedAtMs: task.observedAtMs,
    subreddits: task.subreddits ? new Set(task.subreddits) : undefined,
  });
  const staged = await stageUnits(task.folder, task.platform, units, {
    tag: `-${task.index}`,
    part: task.index,
    batchRecords: task.batchRecords,
    onRecords: (records) => post({ type: 'progress', bytes: progress.bytesRead, records }),
    onBatch: (records) => post({ type: 'batch', records }),
  });
  post({ type: 'done', staged });
}

run().catch((error: unknown) => {
  const e = error instanceof Error ? error : new Error(String(error));
  post({
    type: 'error',
    name: e.name,
    message: e.message,
    file: 'file' in e && typeof e.file === 'string' ? e.file : null,
  });
});
