import type { TopicSlug } from './lexicon.js';
import { TOPIC_SLUGS } from './lexicon.js';
import { Family, ruleOf, type Payload } from './matcher.js';
import { isHedged, isNegated } from './negation.js';
import type { Match } from './phrase-trie.js';
import type { Tokens } from './tokenize.js';

/**
 * Advocacy topics of SPEC §4: the weights of a topic's matched phrases are summed (a negated
 * or hedged phrase counts for less and says so in its rule) and turned into a 0..1 score,
 * `1 − e^(−sum)`; a topic is reported when its sum reaches `minWeight`.
 */
export interface Evidence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly rule: string;
}

export interface TopicResult {
  readonly topic: TopicSlug;
  readonly score: number;
  readonly evidence: Evidence[];
}

export const DEFAULTS = {
  /** Total weight a topic needs to be reported (one strong phrase is 1). */
  minWeight: 0.6,
  /** Weight factor of a negated phrase ("I don't have anxiety" is still about anxiety). */
  negatedFactor: 0.3,
  /** Weight factor of a hedged phrase ("maybe it's depression"). */
  hedgedFactor: 0.6,
} as const;

const ORDER = new Map<string, number>(TOPIC_SLUGS.map((slug, i) => [slug, i]));

// Module-local copies of constants read in loops: an imported binding costs a load and a
// check each time it is read.
const TOPIC = Family.topic;

/** Rounds a 0..1 score to 3 decimals, as printed. */
export function roundScore(x: number): number {
  return Math.round(x * 1000) / 1000;
}

// Per-topic sums and evidence of the text being scored, by `TOPIC_SLUGS` index, reused.
const sums = new Float64Array(TOPIC_SLUGS.length);
const evidences: (Evidence[] | null)[] = TOPIC_SLUGS.map(() => null);

/** Topics of one tokenized text, strongest first. */
export function topics(tokens: Tokens, matches: readonly Match<Payload>[]): TopicResult[] {
  let seen = 0; // topics with evidence, as bits of their index
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k]!;
    const p = m.payload;
    if (p.family !== TOPIC) continue;
    let weight = p.weight;
    let rule = ruleOf(m);
    if (isNegated(tokens, m.from)) {
      weight *= DEFAULTS.negatedFactor;
      rule += ' (negated)';
    } else if (isHedged(tokens, m.from)) {
      weight *= DEFAULTS.hedgedFactor;
      rule += ' (hedged)';
    }
    const start = tokens.start[m.from]!;
    const end = tokens.end[m.to - 1]!;
    const t = ORDER.get(p.topic)!;
    const evidence = { start, end, text: tokens.text.slice(start, end), rule };
    if (seen & (1 << t)) {
      sums[t]! += weight;
      evidences[t]!.push(evidence);
    } else {
      seen |= 1 << t;
      sums[t] = 0 + weight;
      evidences[t] = [evidence];
    }
  }
  if (seen === 0) return [];
  const out: TopicResult[] = [];
  // the order of first evidence does not matter: (score, topic order) sorts topics totally
  for (let t = 0; t < TOPIC_SLUGS.length; t++) {
    if ((seen & (1 << t)) === 0) continue;
    const sum = sums[t]!;
    const evidence = evidences[t]!;
    evidences[t] = null;
    if (sum < DEFAULTS.minWeight - 1e-9) continue;
    out.push({ topic: TOPIC_SLUGS[t]!, score: roundScore(1 - Math.exp(-sum)), evidence });
  }
  return out.sort(strongestFirst);
}

function strongestFirst(a: TopicResult, b: TopicResult): number {
  return b.score - a.score || ORDER.get(a.topic)! - ORDER.get(b.topic)!;
}
