import type { TopicLexicon } from '../../../lexicon.js';

/** Topic `anxiety` (SPEC §4). */
export const anxietyLexicon: TopicLexicon = {
  id: 'en.topic.anxiety',
  version: '1',
  language: 'en',
  topic: 'anxiety',
  sources: [
    'DSM-5 anxiety disorders (generalized anxiety, panic, social anxiety, phobias) and OCD common names',
    'NIMH health topics: Anxiety Disorders',
  ],
  rationale:
    'Anxiety disorders by their common names and the lived vocabulary (panic attacks, overthinking). Stress alone is weak evidence.',
  phrases: [
    'anxiety|anxieties',
    'anxious',
    'panic (attack|attacks)',
    'panic disorder',
    ['panic|panicking|panicked', 0.6],
    'social anxiety|gad|generalized anxiety|generalised anxiety',
    ['(generalized|generalised) anxiety disorder', 1],
    ['ocd|obsessive compulsive', 0.8],
    ['phobia|phobias|agoraphobia', 0.8],
    ['nervous|worried|worry|worrying|worries', 0.3],
    ['overthinking|overthink|overthinker', 0.5],
    [
      'racing thoughts|racing heart|heart racing|chest tightness|hyperventilating|hyperventilate',
      0.7,
    ],
    ['stress|stressed|stressful', 0.25],
    ['on edge|restless', 0.3],
    ['intrusive thoughts', 0.5],
  ],
};
