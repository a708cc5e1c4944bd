import { Family, ruleOf, type Payload } from './matcher.js';
import type { Match } from './phrase-trie.js';
import { TokenKind, type Tokens } from './tokenize.js';
import { roundScore, type Evidence } from './topics.js';

/**
 * Self-promotion in a reply: lexicon rules ("check out my channel", follow-for-follow, discount
 * codes), links, and link-only replies. The weights add up and become a 0..1 score,
 * `1 − e^(−sum)`. Copy-pasted replies need many texts: see `findCopyPastes`.
 */
export interface SelfPromotionResult {
  readonly score: number;
  readonly evidence: Evidence[];
}

export const DEFAULTS = {
  /** Weight of each link (at most `maxLinks` count). */
  linkWeight: 0.25,
  maxLinks: 2,
  /** A reply with a link and at most this many words besides is link-only. */
  linkOnlyMaxWords: 3,
  linkOnlyWeight: 1.5,
} as const;

// Module-local copies of constants read in loops: an imported binding costs a load and a
// check each time it is read.
const PROMOTION = Family.promotion;
const LINK = TokenKind.url;
const WORD = TokenKind.word;
const HASHTAG = TokenKind.hashtag;

function evidenceOf(tokens: Tokens, from: number, to: number, rule: string): Evidence {
  const start = tokens.start[from]!;
  const end = tokens.end[to - 1]!;
  return { start, end, text: tokens.text.slice(start, end), rule };
}

/** Self-promotion score of one tokenized text. */
export function selfPromotion(
  tokens: Tokens,
  matches: readonly Match<Payload>[],
): SelfPromotionResult {
  let sum = 0;
  let evidence: Evidence[] | null = null;
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k]!;
    if (m.payload.family !== PROMOTION) continue;
    (evidence ??= []).push(evidenceOf(tokens, m.from, m.to, ruleOf(m)));
    sum += m.payload.weight;
  }
  let links = 0;
  let words = 0;
  let firstLink = -1;
  const kinds = tokens.kind;
  for (let i = 0; i < tokens.count; i++) {
    const kind = kinds[i];
    if (kind === LINK) {
      if (firstLink < 0) firstLink = i;
      if (links++ < DEFAULTS.maxLinks) {
        (evidence ??= []).push(evidenceOf(tokens, i, i + 1, 'en.promo.link'));
        sum += DEFAULTS.linkWeight;
      }
    } else if (kind === WORD || kind === HASHTAG) words++;
  }
  if (links > 0 && words <= DEFAULTS.linkOnlyMaxWords) {
    (evidence ??= []).push(evidenceOf(tokens, firstLink, firstLink + 1, 'en.promo.link-only'));
    sum += DEFAULTS.linkOnlyWeight;
  }
  if (!evidence) return { score: 0, evidence: [] };
  return { score: roundScore(1 - Math.exp(-sum)), evidence };
}
