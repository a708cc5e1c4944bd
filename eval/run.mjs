// `npm run eval`: runs `rapport classify` on the labelled sets and reports precision, recall and
// F1 per crisis level and per topic (tune and frozen halves apart), the `urgent ∪ concern` flag,
// the flag rate on supportive replies, SDCNL recall / flag rate, and the false-friend suite.
// Writes eval/results.json. Texts are never printed: some of them describe distress.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CRISIS_LEVELS, TOPICS, readNdjson } from './build-set.mjs';
import { isFlag, prf, confusion, ratio, scoreSet } from './metrics.mjs';
import { fixturesDir, repoRoot } from './sources.mjs';

class EvalError extends Error {
  name = 'EvalError';
}

/** Runs `node bin/rapport.js classify FILE` and returns its lines keyed by id. */
function classify(inputs) {
  // RAPPORT_EVAL_BIN runs another build of the CLI (e.g. a checkout of an older lexicon)
  const bin = process.env.RAPPORT_EVAL_BIN ?? join(repoRoot, 'bin', 'rapport.js');
  if (!existsSync(bin)) throw new EvalError(`CLI not found: ${bin}`);
  const dir = mkdtempSync(join(tmpdir(), 'rapport-eval-'));
  try {
    const file = join(dir, 'inputs.ndjson');
    writeFileSync(
      file,
      inputs.map((i) => JSON.stringify({ id: i.id, text: i.text })).join('\n') + '\n',
    );
    const started = process.hrtime.bigint();
    const run = spawnSync(process.execPath, [bin, 'classify', file], {
      cwd: repoRoot,
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (run.status !== 0) {
      // the first stderr line says why (unknown command, missing build…); inputs never echoed
      const why = (run.stderr || run.error?.message || '').trim().split('\n')[0].slice(0, 200);
      throw new EvalError(
        `\`rapport classify\` is not available or failed (exit ${run.status}): ${why}\n` +
          'The classifier must exist and be built (npm run build) before the evaluation can run; ' +
          'no numbers were produced.',
      );
    }
    const byId = new Map();
    let errors = 0;
    for (const line of run.stdout.split('\n')) {
      if (!line.trim()) continue;
      const out = JSON.parse(line);
      if (out.error !== undefined) errors++;
      if (out.id != null) byId.set(String(out.id), out);
    }
    const missing = inputs.filter((i) => !byId.has(i.id)).length;
    if (missing === inputs.length)
      throw new EvalError('`rapport classify` printed no line for any input id');
    return { byId, errors, missing, seconds };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One classify output line → `{ crisis: level|null, topics }` (no line or an error: nothing). */
function prediction(out) {
  if (!out || out.error !== undefined) return { crisis: null, topics: [] };
  return {
    crisis: out.crisis?.level ?? null,
    topics: (out.topics ?? []).map((t) => t.topic),
  };
}

const fmt = (v) => (v === null || v === undefined ? '   –  ' : v.toFixed(3).padStart(6));

function printSetReport(name, s) {
  console.log(`\n== ${name} (${s.items} items)`);
  console.log('crisis level      precision  recall    F1   support');
  for (const level of CRISIS_LEVELS) {
    const m = s.crisis[level];
    console.log(
      `  ${level.padEnd(16)}${fmt(m.precision)}   ${fmt(m.recall)} ${fmt(m.f1)}  ${m.support}`,
    );
  }
  const f = s.flag_urgent_or_concern;
  console.log(
    `  urgent∪concern  ${fmt(f.precision)}   ${fmt(f.recall)} ${fmt(f.f1)}  ${f.support}`,
  );
  console.log('topic             precision  recall    F1   support');
  for (const topic of TOPICS) {
    const m = s.topics[topic];
    console.log(
      `  ${topic.padEnd(16)}${fmt(m.precision)}   ${fmt(m.recall)} ${fmt(m.f1)}  ${m.support}`,
    );
  }
  console.log(`  topics macro-F1 ${fmt(s.topics_macro_f1)}`);
  const r = s.supportive_replies;
  console.log(
    `  flag rate on supportive replies: ${fmt(r.flag_rate)} of ${r.count}` +
      ` (gold none only: ${fmt(r.flag_rate_gold_none)} of ${r.count_gold_none})`,
  );
}

async function main() {
  const dir = join(repoRoot, 'eval', 'labelled');
  const set = readNdjson(join(dir, 'set.ndjson'));
  const falseFriends = readNdjson(join(dir, 'false-friends.ndjson'));
  const written = readNdjson(join(dir, 'written-topics.ndjson'));
  const sdcnlPath = join(fixturesDir(), 'crisis', 'sdcnl-train.ndjson');
  const sdcnl = existsSync(sdcnlPath) ? readNdjson(sdcnlPath) : [];
  if (sdcnl.length === 0) console.warn(`warning: ${sdcnlPath} not found; SDCNL figures skipped`);

  const inputs = [
    ...set.map((i) => ({ id: `set:${i.id}`, text: i.text })),
    ...falseFriends.map((i) => ({ id: `ff:${i.id}`, text: i.text })),
    ...written.map((i) => ({ id: `wt:${i.id}`, text: i.text })),
    ...sdcnl.map((i) => ({ id: `sdcnl:${i.id}`, text: i.text })),
  ];
  const { byId, errors, missing, seconds } = classify(inputs);
  const predict = (prefix, id) => prediction(byId.get(`${prefix}:${id}`));

  const opts = { levels: CRISIS_LEVELS, topics: TOPICS };
  const halves = {};
  for (const half of ['tune', 'frozen']) {
    const items = set.filter((i) => i.split === half);
    halves[half] = scoreSet(
      items,
      items.map((i) => predict('set', i.id)),
      opts,
    );
  }

  const sw = sdcnl.filter((i) => i.label === 'suicidewatch');
  const dep = sdcnl.filter((i) => i.label === 'depression');
  const flagged = (rows) => rows.filter((i) => isFlag(predict('sdcnl', i.id).crisis)).length;
  const sdcnlResult = sdcnl.length
    ? {
        suicidewatch_posts: sw.length,
        suicidewatch_recall_urgent_or_concern: ratio(flagged(sw), sw.length),
        depression_posts: dep.length,
        depression_flag_rate: ratio(flagged(dep), dep.length),
        language_unsupported: sdcnl.filter(
          (i) => byId.get(`sdcnl:${i.id}`)?.language_supported === false,
        ).length,
      }
    : null;

  const ffRows = falseFriends.map((i) => ({ ...i, got: predict('ff', i.id).crisis ?? 'none' }));
  const byKind = {};
  for (const row of ffRows) {
    const k = (byKind[row.kind] ??= { cases: 0, correct: 0 });
    k.cases++;
    if (row.got === row.expected) k.correct++;
  }
  const ffResult = {
    cases: ffRows.length,
    accuracy: ratio(ffRows.filter((r) => r.got === r.expected).length, ffRows.length),
    flag_accuracy: ratio(
      ffRows.filter((r) => isFlag(r.got) === isFlag(r.expected)).length,
      ffRows.length,
    ),
    by_kind: Object.fromEntries(
      Object.entries(byKind).map(([k, v]) => [k, { ...v, accuracy: ratio(v.correct, v.cases) }]),
    ),
    wrong: ffRows
      .filter((r) => r.got !== r.expected)
      .map((r) => ({ id: r.id, kind: r.kind, expected: r.expected, got: r.got })),
  };

  const writtenResult = {};
  for (const topic of new Set(written.flatMap((i) => i.topics))) {
    writtenResult[topic] = prf(
      confusion(
        written.map((i) => [i.topics.includes(topic), predict('wt', i.id).topics.includes(topic)]),
      ),
    );
  }

  for (const half of ['tune', 'frozen'])
    printSetReport(`hand-labelled set, ${half} half`, halves[half]);
  if (sdcnlResult) {
    console.log(`\n== SDCNL (labels = subreddit of origin; ${sdcnl.length} posts)`);
    console.log(
      `  r/SuicideWatch urgent∪concern recall ${fmt(sdcnlResult.suicidewatch_recall_urgent_or_concern)} of ${sw.length}`,
    );
    console.log(
      `  r/depression flag rate            ${fmt(sdcnlResult.depression_flag_rate)} of ${dep.length}`,
    );
  }
  console.log(`\n== false-friend suite (${ffResult.cases} written cases)`);
  console.log(
    `  exact level accuracy ${fmt(ffResult.accuracy)}; flagged-or-not accuracy ${fmt(ffResult.flag_accuracy)}`,
  );
  for (const [kind, v] of Object.entries(ffResult.by_kind))
    console.log(`  ${kind.padEnd(14)} ${v.correct}/${v.cases}`);
  console.log(
    `\n== written topic supplement (${written.length} cases; not part of the sampled set)`,
  );
  for (const [topic, m] of Object.entries(writtenResult))
    console.log(`  ${topic.padEnd(16)} recall ${fmt(m.recall)}`);
  console.log(
    `\nclassify: ${inputs.length} texts in ${seconds.toFixed(2)} s; ${errors} error lines, ${missing} ids missing`,
  );

  const results = {
    generated_at: new Date().toISOString(),
    classify: { texts: inputs.length, seconds, error_lines: errors, missing_ids: missing },
    hand_labelled: halves,
    sdcnl: sdcnlResult,
    false_friends: ffResult,
    written_topics: writtenResult,
  };
  const out = join(repoRoot, 'eval', 'results.json');
  let json = JSON.stringify(results, null, 2) + '\n';
  try {
    // the repo's formatter check covers JSON: write it the way prettier would
    const prettier = await import('prettier');
    json = await prettier.format(json, { parser: 'json', ...(await prettier.resolveConfig(out)) });
  } catch {
    // prettier missing: plain JSON is still valid output
  }
  writeFileSync(out, json);
  console.log('wrote eval/results.json');
}

main().catch((error) => {
  if (error instanceof EvalError) {
    console.error(`eval: ${error.message}`);
    process.exit(1);
  }
  throw error;
});
