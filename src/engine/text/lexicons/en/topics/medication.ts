import type { TopicLexicon } from '../../../lexicon.js';

/** Topic `medication` (SPEC §4). */
export const medicationLexicon: TopicLexicon = {
  id: 'en.topic.medication',
  version: '1',
  language: 'en',
  topic: 'medication',
  sources: [
    'NIMH: Mental Health Medications (antidepressants, anti-anxiety, stimulants, antipsychotics, mood stabilizers)',
  ],
  rationale:
    'Psychiatric medication by class and the most commonly named drugs; side effects and dose talk.',
  phrases: [
    'medication|medications|meds|medicated|medicine',
    'antidepressant|antidepressants|ssri|ssris|snri|snris',
    'sertraline|zoloft|fluoxetine|prozac|citalopram|escitalopram|lexapro|celexa|venlafaxine|effexor|bupropion|wellbutrin|mirtazapine|duloxetine|cymbalta|paroxetine',
    'quetiapine|seroquel|aripiprazole|abilify|olanzapine|risperidone|lithium|lamotrigine|lamictal',
    'benzodiazepine|benzodiazepines|benzos|xanax|klonopin|ativan|diazepam|valium|propranolol',
    'adderall|ritalin|vyvanse|stimulant|stimulants',
    ['side effects|side effect|dosage|dose|prescribed|prescription|pills|pill', 0.4],
    ['mood stabilizer|mood stabilizers|mood stabiliser|mood stabilisers', 1],
  ],
};
