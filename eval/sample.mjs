// Draws the candidate texts of the hand-labelled evaluation set, deterministically.
//
//   node eval/sample.mjs            writes eval/labelled/sample.ndjson (unlabelled candidates)
//
// The draw is stratified so the set holds enough mental-health material: a random background
// from every source, then broad "finder" patterns per SPEC §4 topic, for crisis-relevant talk and
// for supportive replies. The finders only decide which texts get *read*; they are deliberately
// loose, written before and apart from the classifier, and never give a label: every label in
// eval/labelled/labels.ndjson was given by a person reading the text (see eval/LABELLING.md).
import { mkdirSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { readAllTexts, repoRoot } from './sources.mjs';
import { mulberry32, shuffle } from './random.mjs';

export const SAMPLE_SEED = 20240505;

/** Texts longer than this are not drawn: the set is comment-length, and must stay readable. */
const MAX_CHARS = 1500;
const MIN_CHARS = 20;

/** Background: uniform random draws per source (how the classifier sees ordinary traffic). */
const BACKGROUND = { reddit: 70, mastodon: 35, x: 35, seed: 40 };

/** Finder patterns (broad, for drawing only) and how many extra texts each contributes. */
const FINDERS = [
  ['stigma', /\bstigma|ashamed|shame\b|taboo|judg(e|ed|ing)\b|weak(ness)?\b.*(mental|depress)/i, 8],
  [
    'awareness',
    /awareness|#?mentalhealth|mental health (day|week|month)|speak(ing)? (up|out)/i,
    10,
  ],
  ['anxiety', /anxi|panic|worr(y|ied)|nervous/i, 6],
  ['depression', /depress/i, 4],
  ['bipolar', /bipolar|mania|manic|hypomani|lithium|mood swing/i, 12],
  ['eating_disorders', /anorexi|bulimi|eating disorder|binge|purg|starv|\bED\b|calorie/i, 12],
  ['ptsd_trauma', /ptsd|trauma|abuse|flashback|assault|molest/i, 10],
  ['psychosis', /psycho(sis|tic)|schizo|hallucinat|voices|paranoi|delusion/i, 12],
  ['self_care', /self[- ]care|meditat|exercise|journal|mindful|sleep|walk(ing)?\b|yoga/i, 8],
  ['therapy', /therap|counsel|psychiatr|psycholog|\bdoctor\b|\bGP\b/i, 8],
  [
    'medication',
    /medicat|\bmeds\b|antidepress|ssri|zoloft|prozac|lexapro|wellbutrin|pills?\b|dose/i,
    8,
  ],
  [
    'crisis_resources',
    /hotline|helpline|lifeline|crisis|1-?800|988|samaritans|text line|\bER\b|emergency/i,
    12,
  ],
  [
    'policy_advocacy',
    /policy|law\b|legislat|government|funding|insurance|parliament|\bvote\b|petition|reform/i,
    12,
  ],
  ['fundraising', /donat|fundrais|charity|raise money|sponsor|gofundme|\$\d/i, 12],
  [
    'peer_support',
    /not alone|here for you|pm me|message me|support group|talk to me|hugs?\b|we're here/i,
    10,
  ],
  [
    'crisis',
    /suicid|kill (my ?self|me)|end (it|my life)|want(ed)? to die|wish i (was|were) dead|better off (dead|without me)|self[- ]?harm|\bcut(ting)? (my ?self|again)|overdos|no way out|burden|hopeless|goodbye|not be (here|alive)|don'?t want to (live|be alive|wake up)/i,
    60,
  ],
];

/** Supportive replies: replies that talk to someone else about getting through it. */
const SUPPORTIVE =
  /\byou('| a)re not alone|here for you|feel free to (pm|message)|pm me|message me|reach out|hang in there|it gets better|(please )?(talk|speak) to (someone|a doctor|a therapist)|sending (you )?(love|hugs)|hugs?\b|you (can|will) get through|proud of you|hotline|lifeline/i;
const SUPPORTIVE_COUNT = 40;

/**
 * Second round, drawn after the first was labelled and fell short of 10 items for some topics:
 * narrower finders over every text not yet drawn, now including the seed articles' paragraphs
 * (the fixtures hold almost no fundraising or policy talk). Its own random stream, so the first
 * round's draw is unchanged.
 */
const MENTAL = /mental|depress|anxi|suicid|therap|psych|illness|wellbeing|well-being/i;
const TOP_UP = [
  ['fundraising', /donat|fundrais|charit|raise money|gofundme|sponsor/i, 12],
  [
    'policy_advocacy',
    /polic(y|ies)|legislat|lawmaker|policymaker|government|parliament|petition|reform|insurance|funding|systemic/i,
    24,
    MENTAL,
  ],
  ['psychosis', /psycho(sis|tic)|schizo|hallucinat|delusion|hearing voices/i, 16],
  [
    'crisis_resources',
    /hotline|helpline|lifeline|crisis (line|text|support|center|centre)|samaritans|text line|emergency (room|services)|\bER\b|\b911\b|\b988\b/i,
    10,
  ],
  [
    'awareness',
    /awareness|speak(ing)? (up|out)|shar(e|ing) (their|your|my|our) stor|destigmati/i,
    8,
  ],
];

function normalise(text) {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** A stable item id from the origin, so re-drawing never renumbers labelled items. */
export function itemId(origin) {
  const key = `${origin.file}#${origin.record}`;
  return 'ev_' + createHash('sha256').update(key).digest('hex').slice(0, 12);
}

export function drawSample(texts, seed = SAMPLE_SEED) {
  const rng = mulberry32(seed);
  const seen = new Set();
  const pool = [];
  for (const t of texts) {
    const key = normalise(t.text);
    if (t.text.length < MIN_CHARS || t.text.length > MAX_CHARS || seen.has(key)) continue;
    seen.add(key);
    pool.push(t);
  }
  const firstRound = pool.filter((t) => t.source !== 'seed-article');
  const order = shuffle(firstRound, rng);
  const chosen = new Map();
  const take = (candidates, n, stratum) => {
    let taken = 0;
    for (const t of candidates) {
      if (taken >= n) break;
      const id = itemId(t.origin);
      if (chosen.has(id)) continue;
      chosen.set(id, { ...t, id, stratum });
      taken++;
    }
  };
  for (const [source, n] of Object.entries(BACKGROUND)) {
    take(
      order.filter((t) => t.source === source),
      n,
      `background:${source}`,
    );
  }
  for (const [name, pattern, n] of FINDERS) {
    take(
      order.filter((t) => pattern.test(t.text)),
      n,
      `finder:${name}`,
    );
  }
  take(
    order.filter((t) => t.is_reply && SUPPORTIVE.test(t.text)),
    SUPPORTIVE_COUNT,
    'finder:supportive_reply',
  );
  const secondOrder = shuffle(pool, mulberry32(seed + 1));
  for (const [name, pattern, n, context] of TOP_UP) {
    take(
      secondOrder.filter((t) => pattern.test(t.text) && (!context || context.test(t.text))),
      n,
      `top-up:${name}`,
    );
  }
  return [...chosen.values()];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const items = drawSample(readAllTexts());
  const out = join(repoRoot, 'eval', 'labelled', 'sample.ndjson');
  mkdirSync(join(repoRoot, 'eval', 'labelled'), { recursive: true });
  const lines = items.map((t) =>
    JSON.stringify({ id: t.id, text: t.text, origin: t.origin, stratum: t.stratum }),
  );
  writeFileSync(out, lines.join('\n') + '\n');
  const strata = {};
  for (const t of items) strata[t.stratum] = (strata[t.stratum] ?? 0) + 1;
  console.log(`${items.length} candidates → eval/labelled/sample.ndjson`);
  console.log(strata);
}
