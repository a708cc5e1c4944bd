export { classify, type ClassifyResult } from './classify.js';
export {
  findCopyPastes,
  normalizeReply,
  type CopyPasteGroup,
  type ReplyText,
} from './copy-paste.js';
export {
  crisisSignals,
  type CrisisLevel,
  type CrisisResult,
  type CrisisSpan,
} from './crisis-signals.js';
export { splitHashtag } from './hashtag.js';
export { detectLanguage, type LanguageGuess } from './language.js';
export { TOPIC_SLUGS, type TopicSlug } from './lexicon.js';
export { matchEnglish } from './matcher.js';
export { selfPromotion, type SelfPromotionResult } from './self-promotion.js';
export { tokenize, type Tokens } from './tokenize.js';
export { topics, type Evidence, type TopicResult } from './topics.js';
