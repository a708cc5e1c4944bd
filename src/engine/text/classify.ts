import { crisisSignals, type CrisisResult } from './crisis-signals.js';
import { detectLanguage } from './language.js';
import { matchEnglish } from './matcher.js';
import { selfPromotion, type SelfPromotionResult } from './self-promotion.js';
import { TokenBuffer } from './tokenize.js';
import { topics, type TopicResult } from './topics.js';

/**
 * One text → topics, crisis signals, self-promotion and whether its language is supported
 * (SPEC §9 `rapport classify`). A text in a language without a lexicon gets no crisis verdict
 * (`crisis: null`), never a bare `none`, and no topics.
 */
export interface ClassifyResult {
  readonly topics: TopicResult[];
  readonly crisis: CrisisResult | null;
  readonly selfPromotion: SelfPromotionResult;
  readonly languageSupported: boolean;
  readonly language: string;
}

// one token buffer for every call: the result keeps nothing of it
const buffer = new TokenBuffer();

/** Classifies one text. */
export function classify(text: string): ClassifyResult {
  const tokens = buffer.fill(text);
  const { language, supported } = detectLanguage(tokens);
  const matches = matchEnglish(tokens);
  const promotion = selfPromotion(tokens, matches);
  if (!supported) {
    return {
      topics: [],
      crisis: null,
      selfPromotion: promotion,
      languageSupported: false,
      language,
    };
  }
  return {
    topics: topics(tokens, matches),
    crisis: crisisSignals(tokens, matches),
    selfPromotion: promotion,
    languageSupported: true,
    language,
  };
}
