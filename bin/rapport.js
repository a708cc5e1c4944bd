#!/usr/bin/env node
// Plain-JS entry point: runs the compiled CLI (npm ci builds it through `prepare`).
import { main, runAsProcess } from '../dist/src/cli/main.js';

await runAsProcess(main(process.argv.slice(2)));
if (process.env.RAPPORT_REPORT_MAXRSS === '1') {
  // For the benches: this process's peak resident set size.
  process.stderr.write(`maxrss_kb=${process.resourceUsage().maxRSS}\n`);
}
