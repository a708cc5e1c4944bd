// Joins the drawn candidates (eval/labelled/sample.ndjson) with the hand labels
// (eval/labelled/labels.ndjson) into eval/labelled/set.ndjson, and splits the set into a tune
// half and a frozen half with a committed seed, stratified by crisis level.
//
//   node eval/build-set.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './sources.mjs';
import { mulberry32, shuffle } from './random.mjs';

export const SPLIT_SEED = 7919;
export const CRISIS_LEVELS = ['none', 'concern', 'urgent'];
export const TOPICS = [
  'stigma',
  'awareness',
  'anxiety',
  'depression',
  'bipolar',
  'eating_disorders',
  'ptsd_trauma',
  'psychosis',
  'self_care',
  'therapy',
  'medication',
  'crisis_resources',
  'policy_advocacy',
  'fundraising',
  'peer_support',
];

export function readNdjson(path) {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line));
}

/** Checks one label line against LABELLING.md's vocabulary; throws naming the id. */
export function ensureValidLabel(label) {
  if (!CRISIS_LEVELS.includes(label.crisis)) throw new Error(`bad crisis level: ${label.id}`);
  if (!Array.isArray(label.topics) || label.topics.some((t) => !TOPICS.includes(t)))
    throw new Error(`bad topics: ${label.id}`);
  if (typeof label.supportive_reply !== 'boolean')
    throw new Error(`bad supportive_reply: ${label.id}`);
}

/** Assigns `tune` / `frozen` alternately within each crisis level, after a seeded shuffle. */
export function splitHalves(items, seed = SPLIT_SEED) {
  const rng = mulberry32(seed);
  const split = new Map();
  for (const level of CRISIS_LEVELS) {
    const group = items
      .filter((item) => item.crisis === level)
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    shuffle(group, rng).forEach((item, i) => split.set(item.id, i % 2 === 0 ? 'tune' : 'frozen'));
  }
  return split;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = join(repoRoot, 'eval', 'labelled');
  const sample = readNdjson(join(dir, 'sample.ndjson'));
  const labels = new Map(readNdjson(join(dir, 'labels.ndjson')).map((l) => [l.id, l]));
  const items = sample.map((s) => {
    const label = labels.get(s.id);
    if (!label) throw new Error(`unlabelled item: ${s.id}`);
    ensureValidLabel(label);
    return {
      id: s.id,
      text: s.text,
      origin: s.origin,
      crisis: label.crisis,
      topics: label.topics,
      supportive_reply: label.supportive_reply,
      stratum: s.stratum,
    };
  });
  const split = splitHalves(items);
  const lines = items.map((item) => JSON.stringify({ ...item, split: split.get(item.id) }));
  writeFileSync(join(dir, 'set.ndjson'), lines.join('\n') + '\n');
  const count = (pred) => items.filter(pred).length;
  console.log(`${items.length} items → eval/labelled/set.ndjson`);
  for (const half of ['tune', 'frozen'])
    console.log(
      half,
      count((i) => split.get(i.id) === half),
      CRISIS_LEVELS.map(
        (l) => `${l}=${count((i) => split.get(i.id) === half && i.crisis === l)}`,
      ).join(' '),
    );
}
