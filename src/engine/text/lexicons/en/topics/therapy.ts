import type { TopicLexicon } from '../../../lexicon.js';

/** Topic `therapy` (SPEC §4). */
export const therapyLexicon: TopicLexicon = {
  id: 'en.topic.therapy',
  version: '1',
  language: 'en',
  topic: 'therapy',
  sources: [
    'APA: understanding psychotherapy; NHS Talking Therapies',
    'common names of evidence-based therapies (CBT, DBT, EMDR, ACT)',
  ],
  rationale:
    'Professional help: therapy, counselling, psychiatry, diagnosis and the effort to access them.',
  phrases: [
    'therapy|therapist|therapists|therapies|psychotherapy|psychotherapist',
    'counselling|counseling|counsellor|counselor',
    'psychiatrist|psychiatry|psychologist|psychiatric',
    'cbt|dbt|act therapy|talk therapy|talking therapy|talking therapies',
    ['professional help|seek help|seeking help|get help|getting help', 0.7],
    ['diagnosed|diagnosis|diagnoses', 0.5],
    ['session|sessions|appointment|waiting list|waitlist', 0.3],
    ['mental health professional|mental health professionals|gp|doctor', 0.4],
    ['inpatient|outpatient|hospitalized|hospitalised|psych ward', 0.6],
  ],
};
