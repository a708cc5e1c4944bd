import type { TopicLexicon } from '../../../lexicon.js';

/** Topic `crisis_resources` (SPEC §4). */
export const crisisResourcesLexicon: TopicLexicon = {
  id: 'en.topic.crisis_resources',
  version: '1',
  language: 'en',
  topic: 'crisis_resources',
  sources: [
    'shared/data/helplines.json (988 Suicide & Crisis Lifeline, Samaritans 116 123, Crisis Text Line 741741, findahelpline.com)',
    'SAFE-MESSAGING.md section 2: include helplines and resources',
  ],
  rationale:
    'Crisis resources: helplines by name and number, crisis text lines, emergency services and safety plans.',
  phrases: [
    'hotline|hotlines|helpline|helplines|lifeline|crisis line|crisis lines',
    '988|741741|116 123|116123|999|911|112|13 11 14',
    'crisis text line|text home|samaritans|findahelpline|befrienders',
    'suicide and crisis lifeline|suicide prevention lifeline|suicide hotline|suicide prevention hotline',
    ['emergency services|emergency room|a and e|er|a&e', 0.6],
    ['safety plan|safety planning|crisis plan', 0.8],
    ['crisis team|crisis support|crisis resources|crisis resource', 0.8],
    ['call|text', 0.1],
  ],
};
