import { createProgram, runProgram } from './program.js';
import { registerCommands } from './commands/index.js';
import { EXIT_FAILED, EXIT_OK } from './errors.js';

/** The `rapport` command line: builds the program, runs it, resolves to the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const program = createProgram();
  registerCommands(program);
  return runProgram(program, argv);
}

/**
 * Runs `run` as the whole process and exits with the code it resolves to. Should the process
 * run out of work first (a promise that nothing will ever settle: a stream that ended in an error
 * while a reader waited on it), it says so and exits 1: never 0 with no output, as if the
 * run had succeeded.
 */
export async function runAsProcess(run: Promise<number>): Promise<void> {
  let finished = false;
  // Output piped into a reader that stops early (`rapport classify … | head`): stop quietly,
  // as command-line tools do when the reader is gone. Any other write failure is one line.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    finished = true;
    if (error.code === 'EPIPE') process.exit(EXIT_OK);
    process.stderr.write(`rapport: cannot write the output: ${error.message}\n`);
    process.exit(EXIT_FAILED);
  });
  // Progress and notes whose reader is gone (`rapport import … 2>&1 | head`): the run goes on
  // without them; they only ever inform, and an error about stderr has nowhere to go.
  process.stderr.on('error', () => undefined);
  process.once('exit', () => {
    if (finished) return;
    process.stderr.write('rapport: internal error: the run stopped before it finished\n');
    process.exitCode = EXIT_FAILED;
  });
  const code = await run;
  finished = true;
  process.exitCode = code;
}
