import type { TopicLexicon } from '../../../lexicon.js';

/** Topic `awareness` (SPEC §4). */
export const awarenessLexicon: TopicLexicon = {
  id: 'en.topic.awareness',
  version: '1.1',
  language: 'en',
  topic: 'awareness',
  sources: [
    'WHO: World Mental Health Day (10 October); Mental Health Awareness Month (May, Mental Health America / NAMI); Mental Health Awareness Week (Mental Health Foundation, UK)',
  ],
  rationale:
    'Raising awareness: awareness days, weeks and months, campaign hashtags and the phrases used to educate. Plain mentions of mental health are weak evidence on their own.',
  phrases: [
    'awareness',
    'mental health awareness',
    '(raise|raising|spread|spreading) awareness',
    'world mental health day',
    // a day off for one's own mental health is self-care; the day of the year is named "world"
    ['mental health day', 0.3],
    ['mental health matters', 0.8],
    'mental health awareness (month|week|day)',
    'suicide prevention (day|week|month)',
    'awareness (month|week|day)',
    ['mental health', 0.4],
    ['mentalhealth|mental illness|mental illnesses|mental disorder|mental disorders', 0.4],
    ['educate|educating|education', 0.3],
    ['wear green|green ribbon|semicolon project', 0.8],
    ['learn the signs|know the signs|warning signs', 0.6],
    ['1 in 4|one in four|1 in 5|one in five', 0.7],
    ['statistics|stats', 0.2],
  ],
};
