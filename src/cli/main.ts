import { createProgram, runProgram } from './program.js';
import { registerCommands } from './commands/index.js';

/** The `rapport` command line: builds the program, runs it, resolves to the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const program = createProgram();
  registerCommands(program);
  return runProgram(program, argv);
}
