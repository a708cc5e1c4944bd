import type { TopicLexicon } from '../../../lexicon.js';

/** Topic `policy_advocacy` (SPEC §4). */
export const policyAdvocacyLexicon: TopicLexicon = {
  id: 'en.topic.policy_advocacy',
  version: '1',
  language: 'en',
  topic: 'policy_advocacy',
  sources: [
    'Mental health parity legislation (US MHPAEA 2008; UK Mental Health Act reform)',
    'NAMI and Mind public-policy campaign vocabulary',
  ],
  rationale:
    'Policy and advocacy: laws, funding, access, parity, contacting representatives and systemic change.',
  phrases: [
    'advocacy|advocate|advocates|advocating',
    'policy|policies|legislation|law|laws|bill|parity|mental health act',
    ['funding|underfunded|budget|cuts', 0.5],
    ['access to care|access to mental health care|access to treatment|accessible', 0.7],
    ['insurance|medicaid|nhs|waiting times|wait times', 0.5],
    ['government|congress|parliament|senator|mp|representatives|lawmakers|policymakers', 0.6],
    [
      'petition|sign the petition|write to your|contact your|call your representative|lobby|lobbying|vote',
      0.7,
    ],
    ['rights|human rights|reform|systemic change|change the system', 0.5],
  ],
};
