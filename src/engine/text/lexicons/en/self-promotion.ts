import type { PromotionLexicon } from '../../lexicon.js';

/** Self-promotion and spam in replies (SPEC §3 `self_promotion_rate`, §4). */
export const selfPromotionLexicon: PromotionLexicon = {
  id: 'en.promo',
  version: '1.1',
  language: 'en',
  sources: [
    'Reddit self-promotion guideline ("9:1" rule) and YouTube spam policy: "check out my channel", sub4sub',
    'Instagram and TikTok follow-for-follow conventions (f4f, l4l, link in bio)',
  ],
  rationale:
    'A reply that points people to the author\'s own channel, shop or follower count rather than answering the post. Offers of support ("dm me if you need to talk") are deliberately absent: they are peer support, not promotion.',
  groups: [
    {
      rule: 'check-out-my',
      weight: 1,
      phrases: [
        '(check|checkout|check out|peep|see|visit|read|watch|listen to) (out)? my (blog|channel|page|podcast|website|site|shop|store|profile|latest|new|video|videos|post|book|art|music|insta|instagram|tiktok|youtube|ig|account|link|content|newsletter|substack|stream|course)',
        'check my (profile|page|bio|channel|blog|account)|head over to my|stop by my|swing by my',
        'i (wrote|made|posted|did) (a|an) (post|video|blog|blog post|article|episode) (about|on) (this|it|that)',
      ],
    },
    {
      rule: 'own-channel',
      weight: 0.4,
      phrases: [
        'on my (blog|channel|podcast|youtube|website|site|page|substack|newsletter)|my (blog|channel|podcast|youtube channel|website|newsletter|substack|ebook|course)',
      ],
    },
    {
      rule: 'link-in-bio',
      weight: 0.9,
      phrases: [
        'link in (my)? (bio|profile)|link below|links below|click (the|my) link|tap the link|link in comments|link in the comments|check the link',
      ],
    },
    {
      rule: 'follow-for-follow',
      weight: 1.2,
      phrases: [
        'follow for follow|follow 4 follow|f4f|follow back|followback|follow me|follow my|sub for sub|sub4sub|like for like|l4l|like4like|give me a follow|drop a follow|subscribe to my|please subscribe|smash that subscribe|hit subscribe|gain followers|free followers',
      ],
    },
    {
      rule: 'merch-shop',
      weight: 1,
      phrases: [
        'merch|my shop|my store|my etsy|etsy shop|buy now|shop now|order now|use (my)? code|discount code|promo code|coupon code|coupon|free shipping|limited time offer|limited time',
        '(5|10|15|20|25|30|40|50|60|70) (percent)? off|dm me to (buy|order)|dm (for|me for) (price|prices|info|details|rates)|link to buy|pre order|preorder|available now|on sale now',
      ],
    },
    {
      // selling help in someone's comments: coaching and sessions offered, a cure promised
      rule: 'services',
      weight: 1,
      phrases: [
        'dm me for (coaching|a session|sessions|a consultation|a free consultation|a reading|healing|my rates)|book a (call|session|consultation|discovery call|free call)|(free|discovery) (call|consultation)',
        'my (coaching|coaching program|coaching programme|masterclass)',
        '(i|we) (can|will|could) (fix|cure|heal) your (anxiety|depression|trauma|ptsd|mental health|panic attacks)',
      ],
    },
    {
      rule: 'money-scheme',
      weight: 1,
      phrases: [
        'make money (online|from home|fast)|earn (money|cash) (from home|online|daily)|crypto|forex|bitcoin|investment opportunity|passive income',
      ],
    },
  ],
};
