import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { jsonOf, rapport, RAPPORT_BIN, tempDir, type CliResult } from '../../src/testing/cli.js';
import { fixture, fixturesSkip } from '../../src/testing/fixtures.js';

/**
 * Imported text never acts on the terminal that shows it: handles, titles and comments holding
 * escape sequences (clear the screen, retitle the window, blink), a carriage return and a
 * right-to-left override are printed as visible `\u` escapes by every command that shows them,
 * on stdout and stderr, in text and in JSON.
 *
 * The records are a real submission and a real comment of the Reddit fixture (their shape
 * as the dump has it), with author, title and bodies replaced: the texts here are invented.
 */
const ESC = '\u001b';
// a window-title sequence and a screen clear in the handle; two accounts whose handles differ
// only in case, so that `profile` lists both as candidates
const HANDLE = `mal${ESC}]0;owned\u0007${ESC}[2Jory`;
// (a summary of the title ends at its first line break)
const TITLE = `Checking in ${ESC}[31mtonight \u202Eevil\rhidden`;
const CRISIS = `I have a plan to kill myself this weekend ${ESC}[2K${ESC}[1A and nobody cares`;
/** What a terminal would act on; a newline and a tab are text. */
const UNSAFE =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/**
 * Why the pseudo-terminal test cannot run here, or false: it needs util-linux's `script` (other
 * systems' `script` takes other arguments). Under CI=true it always runs (.ci/run installs it).
 */
function noScript(): string | false {
  if (process.env.CI === 'true') return false;
  const version = spawnSync('script', ['--version'], { encoding: 'utf8' });
  return /util-linux/.test(version.stdout ?? '') ? false : "needs util-linux's script";
}

function assertSafe(result: CliResult, what: string): void {
  for (const [stream, text] of [
    ['stdout', result.stdout],
    ['stderr', result.stderr],
  ] as const) {
    const bad = UNSAFE.exec(text);
    assert.equal(
      bad,
      null,
      `${what}: ${stream} holds U+${bad?.[0].charCodeAt(0).toString(16).padStart(4, '0')} at ${bad?.index}`,
    );
  }
}

describe('imported text cannot act on the terminal', { skip: fixturesSkip() }, () => {
  const { dir, cleanup } = tempDir('rapport-terminal-');
  const store = join(dir, 's.duckdb');
  after(cleanup);
  const run = (...args: string[]) => rapport([...args, '--store', store]);
  let comment: { body: string };

  before(() => {
    const lines = readFileSync(
      fixture('reddit', 'gkotsis-2015dump-depression-sample.ndjson'),
      'utf8',
    ).split('\n');
    const records = lines.filter(Boolean).map((line) => JSON.parse(line));
    const submission = records.find((r) => typeof r.title === 'string');
    comment = records.find((r) => typeof r.body === 'string');
    assert.ok(submission && comment, 'the fixture holds a submission and a comment');
    const root = { ...submission, author: HANDLE, title: TITLE, selftext: 'A check-in thread.' };
    const reply = (id: string, author: string, body: string, parent: string) => ({
      ...comment,
      id,
      name: `t1_${id}`,
      author,
      body,
      link_id: root.name,
      parent_id: parent,
      created_utc: root.created_utc + 60,
    });
    const file = join(dir, 'hostile.ndjson');
    writeFileSync(
      file,
      [
        root,
        reply('zz1', HANDLE.toUpperCase(), CRISIS, root.name),
        reply('zz2', HANDLE, `Please stay${ESC}[8m with us`, 't1_zz1'),
      ]
        .map((r) => JSON.stringify(r))
        .join('\n') + '\n',
    );
    const imported = run('import', 'reddit', file);
    assert.equal(imported.code, 0, imported.stderr);
    assertSafe(imported, 'import');
  });

  it('safety: the inbox, the text shown in full and the JSON', () => {
    const inbox = run('safety');
    assert.equal(inbox.code, 0, inbox.stderr);
    assertSafe(inbox, 'safety');
    assert.ok(
      inbox.stdout.includes('From MAL\\u001b]0;OWNED\\u0007\\u001b[2JORY'),
      'the handle is shown, escaped',
    );
    assert.ok(
      inbox.stdout.includes('Thread: "Checking in \\u001b[31mtonight \\u202eevil hidden" by mal'),
      'the title is shown, escaped, on one line',
    );

    const json = jsonOf(run('safety', '--json'));
    const item = json.items.find((i: { post_id: string }) => i.post_id === 't1_zz1');
    assert.ok(item, 'the crisis comment is in the inbox');
    // JSON reads back the very characters: only their spelling on the terminal changed
    assert.equal(item.author.handle, HANDLE.toUpperCase());
    assert.equal(item.context.root.summary.startsWith('Checking in \u001b[31m'), true);
    assertSafe(run('safety', '--json'), 'safety --json');

    const full = run('safety', '--show-text', item.id);
    assert.equal(full.code, 0, full.stderr);
    assertSafe(full, 'safety --show-text');
    assert.ok(full.stdout.includes('this weekend \\u001b[2K\\u001b[1A and nobody cares'));
  });

  it('classify: ids and evidence with C1 controls and bidirectional overrides', () => {
    // a real comment of the fixture, with a crisis sentence and terminal controls put in
    const input = [
      { id: `c1\u009b2J`, text: `${CRISIS} \u0085\u202e` },
      { id: 'plain', text: `I want to die\u202e tonight, ${TITLE}` },
      { id: `del\u007f`, text: 'Great post, thanks.' },
      { id: 1, text: comment.body },
      { id: null, text: 7 },
    ]
      .map((r) => JSON.stringify(r))
      .join('\n');
    const out = rapport(['classify', '-'], { input });
    assert.equal(out.code, 0, out.stderr);
    assertSafe(out, 'classify');
    const lines = out.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    assert.deepEqual(
      lines.map((l) => l.id),
      ['c1\u009b2J', 'plain', 'del\u007f', 1, null],
      'JSON reads the ids back as they were',
    );
    assert.equal(lines[0].crisis.level, 'urgent');
    assert.equal(lines[1].crisis.level, 'urgent');
    assert.match(out.stdout, /"id":"c1\\u009b2J"/);
  });

  it(
    'export to a terminal shows handles escaped; to a pipe, as they are',
    { skip: noScript() },
    () => {
      const piped = run('export', '--graph', 'csv');
      assert.equal(piped.code, 0, piped.stderr);
      assert.ok(piped.stdout.includes(`reddit:${HANDLE}`), 'a pipe gets the data unchanged');
      // `script` (util-linux) runs the command on a pseudo-terminal, as a user at a shell would
      const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
      const command = [process.execPath, RAPPORT_BIN, 'export', '--graph', 'csv', '--store', store]
        .map(quote)
        .join(' ');
      const tty = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8' });
      assert.equal(tty.status, 0, tty.stderr);
      // (the terminal itself turns each newline into CR LF)
      const shown = tty.stdout.replace(/\r\n/g, '\n');
      assertSafe({ code: tty.status, stdout: shown, stderr: tty.stderr }, 'export (terminal)');
      assert.ok(shown.includes('reddit:mal\\u001b]0;owned\\u0007\\u001b[2Jory'));
    },
  );

  it('top, profile and an ambiguous handle on stderr', () => {
    assertSafe(run('analyze'), 'analyze');
    const top = run('top');
    assert.equal(top.code, 0, top.stderr);
    assertSafe(top, 'top');
    const profile = run('profile', 'reddit:', '--id', HANDLE);
    assert.equal(profile.code, 0, profile.stderr);
    assertSafe(profile, 'profile');
    assertSafe(run('profile', 'reddit:', '--id', HANDLE, '--json'), 'profile --json');
    // both accounts match case-insensitively: the candidates are listed on stderr, exit 2
    const ambiguous = run('profile', `reddit:${HANDLE}`);
    assert.equal(ambiguous.code, 2, ambiguous.stderr);
    assertSafe(ambiguous, 'profile (ambiguous)');
    assert.match(ambiguous.stderr, /--id MAL\\u001b\]0;OWNED/);
    assert.match(profile.stdout, /^reddit:mal\\u001b\]0;owned\\u0007\\u001b\[2Jory /);
  });
});
