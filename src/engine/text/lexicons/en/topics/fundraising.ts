import type { TopicLexicon } from '../../../lexicon.js';

/** Topic `fundraising` (SPEC §4). */
export const fundraisingLexicon: TopicLexicon = {
  id: 'en.topic.fundraising',
  version: '1',
  language: 'en',
  topic: 'fundraising',
  sources: ['common charity fundraising vocabulary (JustGiving, GoFundMe, sponsored events)'],
  rationale: 'Fundraising for mental-health causes: donations, sponsored events, charity drives.',
  phrases: [
    'fundraiser|fundraising|fundraise|raise money|raising money|raised',
    'donate|donated|donation|donations|donating',
    'charity|charities|nonprofit|non profit',
    'gofundme|justgiving|sponsor me|sponsored|sponsorship',
    ['marathon|5k|10k|walk for|charity run|bake sale', 0.5],
    ['every dollar|every pound|matched|match donations|goal', 0.4],
  ],
};
