import type { Command } from 'commander';
import { registerDemo } from './demo.js';
import { registerImport } from './import.js';
import { registerStats } from './stats.js';
import { registerGraphCommand } from './graph.js';
import { registerClassify } from './classify.js';
import { registerSafety } from './safety.js';
import { registerAnalyze } from './analyze.js';
import { registerProfile } from './profile.js';
import { registerTop } from './top.js';
import { registerExport } from './export.js';

/** Every `rapport` verb, one module each; listed here in the order `--help` shows them. */
export function registerCommands(program: Command): void {
  registerImport(program);
  registerStats(program);
  registerDemo(program);
  registerGraphCommand(program);
  registerClassify(program);
  registerSafety(program);
  registerAnalyze(program);
  registerProfile(program);
  registerTop(program);
  registerExport(program);
}
