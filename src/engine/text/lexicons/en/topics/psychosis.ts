import type { TopicLexicon } from '../../../lexicon.js';

/** Topic `psychosis` (SPEC §4). */
export const psychosisLexicon: TopicLexicon = {
  id: 'en.topic.psychosis',
  version: '1',
  language: 'en',
  topic: 'psychosis',
  sources: [
    'DSM-5 schizophrenia spectrum and other psychotic disorders',
    'NIMH health topics: Schizophrenia; early intervention in psychosis services',
  ],
  rationale:
    'Psychosis and schizophrenia by name and experience (hallucinations, voices, delusions, paranoia).',
  phrases: [
    'psychosis|psychotic|psychoses',
    'schizophrenia|schizophrenic|schizoaffective',
    'hallucination|hallucinations|hallucinating',
    'delusion|delusions|delusional',
    ['hearing voices|hear voices|the voices', 0.8],
    ['paranoia|paranoid', 0.5],
    ['antipsychotic|antipsychotics', 0.5],
    ['first episode|early intervention', 0.5],
  ],
};
