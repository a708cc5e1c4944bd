import { readFileSync } from 'node:fs';
import { Command, CommanderError, Help, InvalidArgumentError, Option } from 'commander';
import { parseByteSize } from '../ingest/limits.js';
import { errorLine, EXIT_FAILED, EXIT_OK, EXIT_USAGE, UsageError } from './errors.js';
import { createOutput, type GlobalOptions, type Output } from './output.js';
import { terminalText } from '../report/terminal-text.js';

/**
 * The action shape every command uses: it gets the output (global options included) and its own
 * parsed arguments, and returns an exit code. Errors thrown become one line on stderr:
 * `UsageError` → exit 2, anything else → exit 1.
 */
export type Action<A extends unknown[]> = (out: Output, ...args: A) => Promise<number | void>;

export function action<A extends unknown[]>(fn: Action<A>) {
  return async function (this: Command, ...args: unknown[]): Promise<void> {
    const global = this.optsWithGlobals() as unknown as GlobalOptions;
    const out = createOutput(global);
    // commander passes (…positional, options, command): keep positionals and the options object.
    const code = await fn(out, ...(args.slice(0, -1) as A));
    if (typeof code === 'number') process.exitCode = code;
  };
}

/** The package's version, from its package.json (this module runs as `dist/src/cli/program.js`). */
export function packageVersion(): string {
  const url = new URL('../../../package.json', import.meta.url);
  const json = JSON.parse(readFileSync(url, 'utf8')) as { version?: unknown };
  if (typeof json.version !== 'string') throw new Error(`no version in ${url.pathname}`);
  return json.version;
}

export function createProgram(): Command {
  const program = new Command('rapport')
    .description(
      'Connection, not reach: measure who replies, who talks back and which followers engage,\n' +
        'from your own exported data. Everything stays in a local store file.',
    )
    .addOption(
      new Option('--store <path>', 'the store file (DuckDB); created by import and demo').default(
        './rapport.duckdb',
      ),
    )
    .version(packageVersion(), '-V, --version', 'print the version of Rapport')
    .option('--json', 'print exactly one line of JSON on stdout', false)
    .option('--quiet', 'no progress or notes on stderr', false)
    .addOption(
      new Option('--memory <size>', "DuckDB's memory_limit for this run (e.g. 1GB, 512MB)")
        .default('1GB')
        .argParser(parseMemory),
    )
    .addHelpText(
      'after',
      '\nGetting started:\n' +
        '  rapport demo                          build a store from a synthetic community\n' +
        '  rapport import auto my-export.zip     import your data (platform detected)\n' +
        '  rapport stats                         what the store holds\n' +
        '  rapport <command> --help              options and examples of one command\n\n' +
        'Your data stays in the store file on this machine; nothing is sent anywhere.',
    )
    .showHelpAfterError('(run `rapport --help` for usage)')
    .exitOverride();
  program.configureHelp({
    showGlobalOptions: true,
    // Descriptions are written as prose with line breaks in the source; join the lines of each
    // paragraph so that commander wraps it once, at the terminal's width, rather than breaking
    // each source line again (a short word left alone on a line at 80 columns).
    boxWrap(this: Help, text: string, width: number): string {
      return Help.prototype.boxWrap.call(this, unwrapProse(text), width);
    },
  });
  return program;
}

/** The smallest `--memory` a store runs in: DuckDB fails its first queries below about this. */
const MIN_MEMORY_BYTES = 64 * 1024 * 1024;

/**
 * `--memory`: a size with a unit DuckDB's `memory_limit` takes (`1GB`, `512MB`, `1.5GiB`), of at
 * least 64 MiB. A bad one is a usage error here, not a failure to open the store.
 */
export function parseMemory(text: string): string {
  const ok = /^\s*\d+(?:\.\d+)?\s*[kmgt]i?b\s*$/i.test(text);
  if (!ok || parseByteSize(text) < MIN_MEMORY_BYTES)
    throw new InvalidArgumentError('expected a size of at least 64MB, such as 1GB or 512MB');
  return text.trim();
}

/** Runs the CLI on `argv` (without `node` and the script) and resolves to the exit code. */
export async function runProgram(program: Command, argv: readonly string[]): Promise<number> {
  program.exitOverride();
  for (const command of program.commands) command.exitOverride();
  process.exitCode = EXIT_OK;
  try {
    await program.parseAsync(argv as string[], { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT_OK;
  } catch (error) {
    if (error instanceof CommanderError) {
      // help and version "errors" are successes; anything else commander reports is usage.
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') {
        return EXIT_OK;
      }
      if (error.code === 'commander.help') return EXIT_OK;
      return EXIT_USAGE;
    }
    process.stderr.write(terminalText(`rapport: ${errorLine(error)}\n`));
    if (process.env.RAPPORT_DEBUG && error instanceof Error)
      process.stderr.write(`${error.stack}\n`);
    return error instanceof UsageError ? EXIT_USAGE : EXIT_FAILED;
  } finally {
    process.exitCode = undefined;
  }
}

/**
 * `text` with the line breaks inside its paragraphs made spaces: a paragraph ends at a blank
 * line, and a line that starts with whitespace (an indented list) keeps its break.
 */
export function unwrapProse(text: string): string {
  return text.replace(/([^\n])\n(?=[^\s])/g, '$1 ');
}
