import type { TopicLexicon } from '../../../lexicon.js';

/** Topic `bipolar` (SPEC §4). */
export const bipolarLexicon: TopicLexicon = {
  id: 'en.topic.bipolar',
  version: '1',
  language: 'en',
  topic: 'bipolar',
  sources: [
    'DSM-5 bipolar I, bipolar II and cyclothymic disorder',
    'NIMH health topics: Bipolar Disorder',
  ],
  rationale:
    'Bipolar disorder by name, its episodes and the mood stabilisers most often named alongside it.',
  phrases: [
    'bipolar',
    'bipolar disorder|bipolar 1|bipolar 2|bipolar i|bipolar ii|bp1|bp2',
    'manic depression|manic depressive',
    ['manic|mania|hypomania|hypomanic', 0.8],
    ['manic episode|mixed episode', 1],
    ['cyclothymia|cyclothymic', 1],
    ['mood swings|mood swing', 0.4],
    ['lithium|lamictal|lamotrigine|depakote', 0.5],
  ],
};
