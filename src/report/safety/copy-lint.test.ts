import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Command } from 'commander';
import { SAFETY_HELP, registerSafety } from '../../cli/commands/safety.js';
import { REPO_ROOT } from '../../testing/repo-root.js';
import { AVOIDED_WORDING, lintCopy, type CopyFinding } from './copy-lint.js';
import { loadHelplines, INTERNATIONAL } from './helplines.js';
import { PLATFORM_REPORTING } from './platform-reporting.js';
import { replyTemplates } from './reply-templates.js';
import { LEVEL_LABELS, RULE_EXPLANATIONS, SAFETY_COPY, explainRule } from './safety-copy.js';

/** Every string the safety inbox can show, with where it comes from. */
function allCopy(): [where: string, text: string][] {
  const out: [string, string][] = [];
  for (const [key, value] of Object.entries(SAFETY_COPY)) {
    if (typeof value === 'string') out.push([`SAFETY_COPY.${key}`, value]);
    else if (key === 'helplinesIntro') {
      for (const args of [
        ['GB', false],
        ['FI', true],
        [null, true],
      ] as const)
        out.push([
          `SAFETY_COPY.${key}(${args.join(',')})`,
          (value as typeof SAFETY_COPY.helplinesIntro)(args[0], args[1]),
        ]);
    } else out.push([`SAFETY_COPY.${key}()`, (value as (id: string) => string)('abc123')]);
  }
  for (const [level, label] of Object.entries(LEVEL_LABELS)) out.push([`level ${level}`, label]);
  for (const [rule, text] of Object.entries(RULE_EXPLANATIONS)) out.push([`rule ${rule}`, text]);
  out.push(['rule fallback', explainRule(null)]);
  for (const r of Object.values(PLATFORM_REPORTING)) out.push([`report ${r.platform}`, r.how]);
  const directory = loadHelplines();
  const countries = [...new Set(directory.map((h) => h.country))];
  for (const country of countries) {
    const lines = directory.filter((h) => h.country === country);
    for (const third of [false, true])
      for (const t of replyTemplates(lines, third))
        out.push([`template ${country} ${t.id}`, t.text]);
  }
  assert.ok(countries.includes(INTERNATIONAL));
  for (const [key, text] of Object.entries(SAFETY_HELP)) out.push([`safety help ${key}`, text]);
  const program = new Command('rapport');
  registerSafety(program);
  const safety = program.commands.find((c) => c.name() === 'safety')!;
  out.push(['rapport safety --help', safety.helpInformation()]);
  for (const sub of safety.commands)
    out.push([`rapport safety ${sub.name()} --help`, sub.helpInformation()]);
  out.push(['README safety paragraphs', readmeSafety()]);
  return out;
}

/** README.md's "Privacy and safety" section, up to the next second-level heading. */
function readmeSafety(): string {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf('## Privacy and safety');
  assert.ok(start >= 0, 'README has a "Privacy and safety" section');
  const end = readme.indexOf('\n## ', start + 3);
  return readme.slice(start, end < 0 ? undefined : end);
}

describe('safety copy linter', () => {
  it('lintCopy(text) flags each wording SAFE-MESSAGING.md says to avoid', () => {
    const bad = [
      'He committed suicide last year',
      'people who commit suicide',
      'she chose to end it',
      'a successful suicide',
      'after a failed suicide attempt',
      'an unsuccessful attempt',
      'a suicide epidemic',
      'shocking news',
      'Risk score: 87',
      'the suicide note said',
      'You must call the helpline now',
    ];
    for (const text of bad) assert.ok(lintCopy('case', text).length > 0, `not flagged: ${text}`);
    const good = [
      'died by suicide',
      'took their life',
      'a suicide attempt',
      'If you would like to talk to someone, you could reach out',
    ];
    for (const text of good) assert.deepEqual(lintCopy('case', text), [], `flagged: ${text}`);
  });

  it('every avoided wording names its SAFE-MESSAGING.md section', () => {
    for (const rule of AVOIDED_WORDING) assert.match(rule.source, /§\d/);
  });

  it('product copy, reply templates, `rapport safety --help` and the README pass the linter', () => {
    const copy = allCopy();
    assert.ok(copy.length > 40, `linted ${copy.length} strings`);
    const findings: CopyFinding[] = copy.flatMap(([where, text]) => lintCopy(where, text));
    assert.deepEqual(
      findings.map((f) => `${f.where}: "${f.match}" — ${f.advice} (${f.source})`),
      [],
    );
  });

  it('reply templates acknowledge, offer a resource, and stay non-directive', () => {
    const directory = loadHelplines();
    const gb = directory.filter((h) => h.country === 'GB');
    for (const t of replyTemplates(gb, false)) {
      assert.match(t.text, /sorry|sounds like/i);
      assert.match(t.text, /Samaritans/);
      assert.match(t.text, /116 123/);
      assert.match(t.text, /\bif you('d| would)? (like|want)\b/i);
    }
    // a line whose cost the file does not confirm is never promised free
    const kr = directory.filter((h) => h.country === 'KR');
    for (const t of replyTemplates(kr, false)) assert.doesNotMatch(t.text, /\bfree\b/);
  });
});
