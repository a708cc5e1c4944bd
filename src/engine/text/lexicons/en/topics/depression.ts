import type { TopicLexicon } from '../../../lexicon.js';

/** Topic `depression` (SPEC §4). */
export const depressionLexicon: TopicLexicon = {
  id: 'en.topic.depression',
  version: '1',
  language: 'en',
  topic: 'depression',
  sources: [
    'DSM-5 major depressive disorder, persistent depressive disorder; PHQ-9 item vocabulary (Kroenke, Spitzer & Williams 2001)',
    'NIMH health topics: Depression',
  ],
  rationale:
    'Depression by name and by the PHQ-9 symptoms people describe (low mood, anhedonia, fatigue, worthlessness). Sadness alone is weak evidence.',
  phrases: [
    'depression',
    'depressed',
    'depressive|mdd|dysthymia|postpartum depression|postnatal depression',
    ['seasonal affective disorder|sad season', 0.8],
    ['depressing', 0.4],
    ['sad|sadness|unhappy|down', 0.2],
    ['numb|empty|emptiness', 0.4],
    ['worthless|worthlessness', 0.5],
    ['hopeless|hopelessness', 0.4],
    ['no motivation|lack of motivation|unmotivated|anhedonia', 0.6],
    ["can't get out of bed|cannot get out of bed|couldn't get out of bed", 0.7],
    ['low mood|feeling low|feel low', 0.6],
    ['lonely|loneliness|isolated', 0.3],
    ['crying|cry|cried', 0.2],
    ['exhausted|tired all the time', 0.2],
  ],
};
