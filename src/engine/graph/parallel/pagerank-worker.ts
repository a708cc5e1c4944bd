// Worker side of parallel PageRank: waits on the shared control word, sweeps its node range,
// reports done, until told to stop; then waits for the next task message.
import { parentPort } from 'node:worker_threads';
import { COMMAND, CONTROL, sweepExact, sweepFast, type PagerankTask } from './pagerank-sweep.js';

function run(task: PagerankTask): void {
  const { control, params, starts, sources, slots, place, weights, inverseOut, x, acc } = task;
  const { from, to, slot } = task;
  let seen = Atomics.load(control, CONTROL.generation);
  Atomics.add(control, CONTROL.ready, 1);
  Atomics.notify(control, CONTROL.ready);
  for (;;) {
    while (Atomics.load(control, CONTROL.generation) === seen)
      Atomics.wait(control, CONTROL.generation, seen);
    seen = Atomics.load(control, CONTROL.generation);
    const command = Atomics.load(control, CONTROL.command);
    if (command === COMMAND.stop) return;
    const base = params[0];
    const damping = params[1];
    if (command === COMMAND.fastAToB || command === COMMAND.fastBToA) {
      const aToB = command === COMMAND.fastAToB;
      sweepFast(
        starts,
        slots,
        place,
        weights,
        inverseOut,
        aToB ? task.fastA : task.fastB,
        aToB ? task.fastB : task.fastA,
        x,
        from,
        to,
        base,
        damping,
        acc,
        slot,
      );
    } else {
      const aToB = command === COMMAND.exactAToB;
      sweepExact(
        starts,
        sources,
        weights,
        inverseOut,
        aToB ? task.exactA : task.exactB,
        aToB ? task.exactB : task.exactA,
        x,
        from,
        to,
        base,
        damping,
        acc,
        slot,
      );
    }
    Atomics.add(control, CONTROL.done, 1);
    Atomics.notify(control, CONTROL.done);
  }
}

parentPort?.on('message', (task: PagerankTask) => run(task));
