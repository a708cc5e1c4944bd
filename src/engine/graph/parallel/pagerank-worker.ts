// Worker side of parallel PageRank: waits on the shared control word, sweeps its node range,
// reports done, until told to stop; then waits for the next task message.
import { parentPort } from 'node:worker_threads';
import { COMMAND, CONTROL, runSweep, type PagerankTask } from './pagerank-sweep.js';

function run(task: PagerankTask): void {
  const { control, params } = task;
  let seen = Atomics.load(control, CONTROL.generation);
  Atomics.add(control, CONTROL.ready, 1);
  Atomics.notify(control, CONTROL.ready);
  for (;;) {
    while (Atomics.load(control, CONTROL.generation) === seen)
      Atomics.wait(control, CONTROL.generation, seen);
    seen = Atomics.load(control, CONTROL.generation);
    const command = Atomics.load(control, CONTROL.command);
    if (command === COMMAND.stop) return;
    runSweep(task, command, params[0], params[1]);
    Atomics.add(control, CONTROL.done, 1);
    Atomics.notify(control, CONTROL.done);
  }
}

parentPort?.on('message', (task: PagerankTask) => run(task));
