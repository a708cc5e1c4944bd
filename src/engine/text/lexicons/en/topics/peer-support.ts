import type { TopicLexicon } from '../../../lexicon.js';

/** Topic `peer_support` (SPEC §4). */
export const peerSupportLexicon: TopicLexicon = {
  id: 'en.topic.peer_support',
  version: '1.1',
  language: 'en',
  topic: 'peer_support',
  sources: [
    'SAMHSA: peer support workers; Mental Health America peer support',
    '#chatsafe (Orygen): responding to someone online',
  ],
  rationale:
    'Peer support: people with lived experience supporting each other, communities, solidarity and check-ins.',
  phrases: [
    'peer support|peer supporter|peer supporters|support group|support groups',
    "you're not alone|you are not alone|not alone|we're in this together|here for you|i'm here for you",
    'lived experience|been there|same here|me too|i relate|relate to this|i feel you',
    ['sending love|sending hugs|hugs|virtual hug|sending strength', 0.6],
    ['community|communities|safe space', 0.4],
    ['check in|checking in|reach out|reaching out', 0.5],
    ['listen|listening|listener|talk to', 0.3],
    ['proud of you|you matter|you got this|stay strong|keep going|it gets better', 0.6],
    ['thank you for sharing|thanks for sharing|sharing your story|share your story', 0.7],
    // a community named as what keeps one going; check-ins and offers to listen to a group
    "(this|our) (community|group) (means|has been|is) (so much|everything|the world)|(you all|y'all|you guys|this community|this group) (keep|keeps|kept) me going",
    'accountability (buddy|buddies|partner|partners)|(here|around) if (anyone|you|somebody) (needs|need|wants|want) to (vent|talk)',
    ["how (are|is) (you all|everyone|everybody|y'all) (doing|holding up|feeling)", 0.7],
  ],
};
