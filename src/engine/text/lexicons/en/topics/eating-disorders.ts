import type { TopicLexicon } from '../../../lexicon.js';

/** Topic `eating_disorders` (SPEC §4). */
export const eatingDisordersLexicon: TopicLexicon = {
  id: 'en.topic.eating_disorders',
  version: '1',
  language: 'en',
  topic: 'eating_disorders',
  sources: [
    'DSM-5 feeding and eating disorders (anorexia nervosa, bulimia nervosa, binge-eating disorder, ARFID)',
    'NEDA and Beat (UK) awareness material',
  ],
  rationale:
    'Eating disorders by name and recovery vocabulary. Diet and weight words alone are weak evidence: they are everyday talk.',
  phrases: [
    'eating (disorder|disorders)',
    'anorexia|anorexic|bulimia|bulimic|arfid|ednos|osfed',
    'binge eating|binge eating disorder',
    ['ed recovery|ed', 0.6],
    ['purging|purge|binge|binging|bingeing|restricting|restrict', 0.5],
    ['body image|body dysmorphia|body dysmorphic', 0.6],
    ['calories|calorie counting|weight loss|diet culture', 0.3],
    ['anti diet|intuitive eating|fear foods|fear food', 0.7],
  ],
};
