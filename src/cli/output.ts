import { terminalJson, terminalText } from '../report/terminal-text.js';

/**
 * Where the CLI writes. With `--json`, stdout carries exactly one line of JSON; progress,
 * warnings and errors always go to stderr (SPEC §9). Everything written is safe for a terminal
 * (see `terminal-text.ts`): imported text in it cannot act on the terminal that shows it.
 */
export interface GlobalOptions {
  readonly store: string;
  readonly json: boolean;
  readonly quiet: boolean;
  readonly memory: string;
}

export interface Output {
  readonly options: GlobalOptions;
  /** The one JSON line of a `--json` run. */
  json(value: unknown): void;
  /** Human-readable text on stdout (suppressed under `--json`). */
  print(text: string): void;
  /** A warning or note on stderr (suppressed by `--quiet`). */
  note(text: string): void;
  /** Whether stderr is a terminal that may show a progress bar. */
  readonly interactive: boolean;
}

export function createOutput(options: GlobalOptions): Output {
  return {
    options,
    json(value) {
      process.stdout.write(terminalJson(value) + '\n');
    },
    print(text) {
      if (!options.json)
        process.stdout.write(terminalText(text.endsWith('\n') ? text : text + '\n'));
    },
    note(text) {
      if (!options.quiet)
        process.stderr.write(terminalText(text.endsWith('\n') ? text : text + '\n'));
    },
    interactive: Boolean(process.stderr.isTTY) && !options.quiet,
  };
}
