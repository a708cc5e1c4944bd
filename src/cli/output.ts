/**
 * Where the CLI writes. With `--json`, stdout carries exactly one line of JSON; progress,
 * warnings and errors always go to stderr (SPEC §9).
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
      process.stdout.write(JSON.stringify(value) + '\n');
    },
    print(text) {
      if (!options.json) process.stdout.write(text.endsWith('\n') ? text : text + '\n');
    },
    note(text) {
      if (!options.quiet) process.stderr.write(text.endsWith('\n') ? text : text + '\n');
    },
    interactive: Boolean(process.stderr.isTTY) && !options.quiet,
  };
}
