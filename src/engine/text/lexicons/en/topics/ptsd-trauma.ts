import type { TopicLexicon } from '../../../lexicon.js';

/** Topic `ptsd_trauma` (SPEC §4). */
export const ptsdTraumaLexicon: TopicLexicon = {
  id: 'en.topic.ptsd_trauma',
  version: '1',
  language: 'en',
  topic: 'ptsd_trauma',
  sources: [
    'DSM-5 trauma- and stressor-related disorders (PTSD, acute stress disorder); complex PTSD (ICD-11)',
    'NIMH health topics: Post-Traumatic Stress Disorder',
  ],
  rationale:
    'PTSD and trauma by name and their signature experiences (flashbacks, triggers, abuse survival).',
  phrases: [
    'ptsd|cptsd|c ptsd|post traumatic|posttraumatic',
    'trauma|traumas|traumatic|traumatized|traumatised|traumatizing',
    ['flashback|flashbacks|nightmares', 0.6],
    ['triggered|trigger|triggers', 0.4],
    ['abuse|abused|abusive|assault|assaulted', 0.5],
    ['survivor|survivors', 0.3],
    ['dissociate|dissociation|dissociating|dissociative', 0.6],
    ['hypervigilance|hypervigilant', 0.8],
    ['emdr', 0.7],
  ],
};
