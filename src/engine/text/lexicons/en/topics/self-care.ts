import type { TopicLexicon } from '../../../lexicon.js';

/** Topic `self_care` (SPEC §4). */
export const selfCareLexicon: TopicLexicon = {
  id: 'en.topic.self_care',
  version: '1.2',
  language: 'en',
  topic: 'self_care',
  sources: [
    'WHO: self-care interventions for health; NHS Every Mind Matters',
    'Mental Health Foundation: how to look after your mental health',
  ],
  rationale:
    'Self-care practices advocates promote: rest, sleep, movement, mindfulness, journaling, boundaries.',
  phrases: [
    'self care|selfcare|self love|selflove',
    'mindfulness|mindful|meditation|meditate|meditating',
    ['journaling|journal|journaled|journalled|gratitude', 0.5],
    ['breathing exercises|breathwork|deep breaths|deep breath', 0.7],
    ['sleep|rest|nap', 0.2],
    ['exercise|walk|yoga|run|running|workout', 0.25],
    ['boundaries|boundary', 0.5],
    '(set|setting|setting healthy|set healthy) boundaries',
    ['(went for|go for|going for|took) a (long)? walk|drink water|rest and recharge|recharge', 0.5],
    ['me time|take a break|taking a break|mental health day|day off', 0.5],
    '(take|taking|took|taken|need|needed|needing) a mental health day|mental health days',
    ['look after yourself|take care of yourself|be kind to yourself|be gentle with yourself', 0.7],
    ['wellbeing|well being|wellness', 0.5],
    ['coping|cope|coping skills|coping strategies', 0.4],
    ['grounding|54321', 0.5],
  ],
};
