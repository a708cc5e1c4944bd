import { patternWords, type TopicLexicon } from '../../lexicon.js';
import { STOPWORDS } from '../stopwords.js';
import { COMMON_WORDS } from './common-words.js';
import { contextMarkerLexicon } from './context-markers.js';
import { crisisLexicon } from './crisis.js';
import { selfPromotionLexicon } from './self-promotion.js';
import { anxietyLexicon } from './topics/anxiety.js';
import { awarenessLexicon } from './topics/awareness.js';
import { bipolarLexicon } from './topics/bipolar.js';
import { crisisResourcesLexicon } from './topics/crisis-resources.js';
import { depressionLexicon } from './topics/depression.js';
import { eatingDisordersLexicon } from './topics/eating-disorders.js';
import { fundraisingLexicon } from './topics/fundraising.js';
import { medicationLexicon } from './topics/medication.js';
import { peerSupportLexicon } from './topics/peer-support.js';
import { policyAdvocacyLexicon } from './topics/policy-advocacy.js';
import { psychosisLexicon } from './topics/psychosis.js';
import { ptsdTraumaLexicon } from './topics/ptsd-trauma.js';
import { selfCareLexicon } from './topics/self-care.js';
import { stigmaLexicon } from './topics/stigma.js';
import { therapyLexicon } from './topics/therapy.js';

/** The English lexicons, in SPEC §4 topic order. */
export const topicLexicons: readonly TopicLexicon[] = [
  stigmaLexicon,
  awarenessLexicon,
  anxietyLexicon,
  depressionLexicon,
  bipolarLexicon,
  eatingDisordersLexicon,
  ptsdTraumaLexicon,
  psychosisLexicon,
  selfCareLexicon,
  therapyLexicon,
  medicationLexicon,
  crisisResourcesLexicon,
  policyAdvocacyLexicon,
  fundraisingLexicon,
  peerSupportLexicon,
];

export { contextMarkerLexicon, crisisLexicon, selfPromotionLexicon };

let words: Set<string> | null = null;

/** Every word the English lexicons use, plus common words: the hashtag segmentation dictionary. */
export function segmentationWords(): ReadonlySet<string> {
  if (words) return words;
  const set = new Set<string>([...COMMON_WORDS, ...STOPWORDS.en!]);
  const add = (pattern: string): void => {
    for (const w of patternWords(pattern)) if (/^[a-z]+$/.test(w)) set.add(w);
  };
  for (const lexicon of topicLexicons)
    for (const spec of lexicon.phrases) add(typeof spec === 'string' ? spec : spec[0]);
  for (const group of crisisLexicon.groups) for (const p of group.phrases) add(p);
  for (const group of selfPromotionLexicon.groups) for (const p of group.phrases) add(p);
  // single letters other than a/i, and two-letter abbreviations, split words wrongly
  for (const w of set)
    if (w.length < 3 && w !== 'a' && w !== 'i' && !COMMON_WORDS.includes(w)) set.delete(w);
  words = set;
  return set;
}
