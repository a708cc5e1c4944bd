import type { Command } from 'commander';
import { registerGraphCommand } from './graph.js';

/** Every `rapport` verb, one module each; listed here in the order `--help` shows them. */
export function registerCommands(program: Command): void {
  void program;
  registerGraphCommand(program);
}
