import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Command } from 'commander';
import { registerCommands } from './commands/index.js';
import { createProgram, unwrapProse } from './program.js';
import { rapport } from '../testing/cli.js';
import { REPO_ROOT } from '../testing/repo-root.js';

/** Every command of the CLI with its full name (`safety handle`). */
function commands(command: Command, prefix = ''): [string, Command][] {
  const name = prefix ? `${prefix} ${command.name()}` : command.name();
  return [[name, command], ...command.commands.flatMap((c) => commands(c, name))];
}

/** The description paragraph(s) of a help text: after the usage line, before the first section. */
function descriptionLines(help: string): string[] {
  const lines = help.split('\n');
  const end = lines.findIndex((line, i) => i > 0 && /^[A-Z][A-Za-z ]*:$/.test(line));
  return lines.slice(1, end < 0 ? lines.length : end);
}

describe('rapport --help', () => {
  it('unwrapProse(text) joins the lines of a paragraph, keeping blank lines and indented ones', () => {
    assert.equal(
      unwrapProse('one\ntwo three\n\nfour\n  - five\n  - six'),
      'one two three\n\nfour\n  - five\n  - six',
    );
  });

  it('wraps every description once, at 80 columns: no line ends before the next word would fit', () => {
    const program = createProgram();
    registerCommands(program);
    const all = commands(program);
    assert.ok(all.length >= 12, `${all.length} commands`);
    for (const [name, command] of all) {
      const lines = descriptionLines(command.helpInformation());
      for (let i = 0; i + 1 < lines.length; i++) {
        const [line, next] = [lines[i]!, lines[i + 1]!];
        assert.ok(line.length <= 80, `${name}: a line over 80 columns: ${line}`);
        if (line === '' || next === '') continue;
        const word = next.trimStart().split(' ')[0]!;
        assert.ok(
          line.length + 1 + word.length > 80,
          `${name}: "${line}" is broken before "${word}", which fits`,
        );
      }
    }
  });
});

describe('rapport --version', () => {
  it("prints package.json's version and nothing else, exit 0, also as -V and beside other options", () => {
    const { version } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));
    assert.match(version, /^\d+\.\d+\.\d+/);
    for (const args of [
      ['--version'],
      ['-V'],
      ['--store', 'no-such.duckdb', '--version', '--json'],
    ])
      assert.deepEqual(
        rapport(args),
        { code: 0, stdout: `${version}\n`, stderr: '' },
        args.join(' '),
      );
  });
});
