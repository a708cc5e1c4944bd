import type { Command } from 'commander';

/** Every `rapport` verb, one module each; listed here in the order `--help` shows them. */
export function registerCommands(program: Command): void {
  void program;
}
