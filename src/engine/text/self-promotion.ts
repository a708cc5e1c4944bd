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

/** Self-promotion score of one tokenized text. */
export function selfPromotion(
  tokens: Tokens,
  matches: readonly Match<Payload>[],
): SelfPromotionResult {
  let sum = 0;
  let evidence: Evidence[] | null = null;
  const add = (from: number, to: number, rule: string, weight: number): void => {
    const start = tokens.start[from]!;
    const end = tokens.end[to - 1]!;
    (evidence ??= []).push({ start, end, text: tokens.text.slice(start, end), rule });
    sum += weight;
  };
  for (const m of matches) {
    if (m.payload.family === Family.promotion) add(m.from, m.to, ruleOf(m), m.payload.weight);
  }
  let links = 0;
  let words = 0;
  let firstLink = -1;
  for (let i = 0; i < tokens.kind.length; i++) {
    const kind = tokens.kind[i];
    if (kind === TokenKind.url) {
      if (firstLink < 0) firstLink = i;
      if (links++ < DEFAULTS.maxLinks) add(i, i + 1, 'en.promo.link', DEFAULTS.linkWeight);
    } else if (kind === TokenKind.word || kind === TokenKind.hashtag) words++;
  }
  if (links > 0 && words <= DEFAULTS.linkOnlyMaxWords) {
    add(firstLink, firstLink + 1, 'en.promo.link-only', DEFAULTS.linkOnlyWeight);
  }
  if (!evidence) return { score: 0, evidence: [] };
  return { score: roundScore(1 - Math.exp(-sum)), evidence };
}
