import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classify } from './classify.js';
import { findCopyPastes } from './copy-paste.js';

/** Asserts that each text gets its topic among its topics. */
function assertTopics(cases: readonly (readonly [topic: string, text: string])[]): void {
  for (const [topic, text] of cases)
    assert.ok(
      classify(text).topics.some((t) => t.topic === topic),
      `${topic}: ${text}`,
    );
}

describe('classify: topics', () => {
  it('classify(text).topics finds a hashtag phrase with its evidence', () => {
    const text = 'Proud to share #EndTheStigma';
    const topic = classify(text).topics.find((t) => t.topic === 'stigma');
    assert.ok(topic);
    const e = topic.evidence[0]!;
    assert.equal(text.slice(e.start, e.end), e.text);
    assert.equal(e.rule, 'en.topic.stigma:end the stigma');
  });
  it('classify(text).topics gives correct UTF-16 offsets after emoji', () => {
    const text = '🌧️🌧️ my panic attacks are back';
    const e = classify(text).topics.find((t) => t.topic === 'anxiety')!.evidence[0]!;
    assert.equal(text.slice(e.start, e.end), 'panic attacks');
  });
  it('classify(text).topics scores a negated phrase lower and says so', () => {
    const plain = classify('I have anxiety').topics[0]!;
    const negated = classify("I don't have anxiety and anxiety is real").topics[0]!;
    assert.equal(plain.topic, 'anxiety');
    assert.ok(negated.evidence.some((e) => e.rule.endsWith('(negated)')));
  });
  it('classify(text).topics covers each SPEC topic with a typical phrase', () => {
    assertTopics([
      ['stigma', 'we must end the stigma'],
      ['awareness', 'world mental health day'],
      ['anxiety', 'social anxiety'],
      ['depression', 'my depression'],
      ['bipolar', 'bipolar disorder'],
      ['eating_disorders', 'anorexia recovery'],
      ['ptsd_trauma', 'living with ptsd'],
      ['psychosis', 'first episode psychosis'],
      ['self_care', 'self care sunday'],
      ['therapy', 'my therapist'],
      ['medication', 'my antidepressants'],
      ['crisis_resources', 'call the crisis text line'],
      ['policy_advocacy', 'mental health parity legislation'],
      ['fundraising', 'donate to our fundraiser'],
      ['peer_support', 'peer support group'],
    ]);
  });
  it('classify(text).topics tells a mental health day taken (self-care) from the world day (awareness)', () => {
    const topics = (text: string) => classify(text).topics.map((t) => t.topic);
    assert.deepEqual(topics('taking a mental health day today'), ['self_care']);
    assert.deepEqual(topics('Mental health days are not a luxury. Take the day if you need it.'), [
      'self_care',
    ]);
    assert.deepEqual(topics('Happy World Mental Health Day everyone'), ['awareness']);
    assert.deepEqual(topics('Twitter chat tonight: #MentalHealthMatters'), ['awareness']);
  });
  it('classify(text).topics knows how advocates speak of community, boundaries and misconceptions', () => {
    assertTopics([
      ['peer_support', 'So proud of this community, you all keep me going'],
      ['peer_support', 'Thank you all for the kind words, this group means the world to me'],
      ['peer_support', 'Anyone want to be accountability buddies for therapy homework?'],
      ['peer_support', "I'm here if anyone needs to vent tonight"],
      ['peer_support', 'Checking in on everyone tonight, how are you all doing?'],
      ['self_care', 'went for a long walk and journaled today, feeling lighter'],
      ['self_care', 'setting boundaries with my family this holiday'],
      ['stigma', 'people still think depression is just being sad'],
      ['stigma', 'my boss called me crazy when I mentioned my therapy'],
    ]);
  });
});

describe('classify: crisis shape and language', () => {
  it('classify(text).crisis names the deciding rule and spans', () => {
    const text = '✨ I want to kill myself tonight';
    const crisis = classify(text).crisis!;
    assert.equal(crisis.level, 'urgent');
    assert.equal(crisis.rule, 'urgent:timeline');
    for (const s of crisis.spans) assert.equal(text.slice(s.start, s.end), s.text);
  });
  it('classify(text) gives no crisis verdict for text in a language without a lexicon', () => {
    for (const text of [
      'estoy muy triste, no quiero vivir',
      'je suis très fatigué de tout',
      'ich will nicht mehr leben, es ist alles zu viel',
      '今日はとても悲しい',
    ]) {
      const r = classify(text);
      assert.equal(r.languageSupported, false, text);
      assert.equal(r.crisis, null);
    }
  });
  it('classify(text) treats short or emoji-only text as English', () => {
    assert.equal(classify('💙💙').languageSupported, true);
    assert.equal(classify('ok thanks').languageSupported, true);
  });
  it('classify(text).crisis flags at most 25% of supportive peer replies', () => {
    const replies = [
      "You're not alone, please call 988 if you need to talk.",
      'Sending you so much love. Thank you for sharing this.',
      'I have been there too. It does get better, I promise.',
      'Proud of you for speaking up about your depression.',
      'If you ever feel like you want to die, please reach out to a crisis line.',
      'Hugs. Be gentle with yourself today.',
      'My DMs are open if you need someone to talk to.',
      'Therapy really helped me with the same feelings.',
      'You matter and you are not a burden to anyone.',
      'I felt hopeless for years too, and I am so glad I stayed.',
      'This is so brave, thank you for being open about self harm recovery.',
      'Take it one day at a time. We are here for you.',
      'Please talk to someone you trust, you deserve support.',
      'Hang in there friend, the pain does ease.',
      'I relate to this so much, thank you.',
      'Feeling trapped is awful, you can text HOME to 741741 any time.',
      'Rooting for you always ❤️',
      'Your story gives me hope.',
      'Suicidal thoughts lie to you. Stay, please. 988 is there 24/7.',
      'I am here if you want to vent.',
    ];
    const flagged = replies.filter((t) => classify(t).crisis?.level !== 'none').length;
    assert.ok(flagged / replies.length <= 0.25, `flagged ${flagged}/${replies.length}`);
  });
});

describe('classify: self-promotion', () => {
  it('classify(text).selfPromotion scores "check out my channel" with evidence', () => {
    const r = classify('Great post! Check out my channel for more').selfPromotion;
    assert.ok(r.score > 0.5);
    assert.ok(r.evidence.some((e) => e.rule.startsWith('en.promo.check-out-my')));
  });
  it('classify(text).selfPromotion flags link-only, merch and follow-for-follow replies', () => {
    assert.ok(classify('https://shop.example/x').selfPromotion.score > 0.7);
    assert.ok(classify('use my discount code SAVE20 for 20 percent off').selfPromotion.score > 0.6);
    assert.ok(classify('follow for follow? f4f').selfPromotion.score > 0.6);
  });
  it('classify(text).selfPromotion is 0 for a supportive reply', () => {
    assert.equal(classify('dm me if you need to talk, sending hugs').selfPromotion.score, 0);
    assert.equal(classify('my therapist helped me heal, it takes time').selfPromotion.score, 0);
  });
  it('classify(text).selfPromotion flags coaching and sessions sold in the comments', () => {
    for (const text of [
      'DM me for coaching, I can fix your anxiety in 30 days',
      'Book a free discovery call through my page',
      'My coaching program changed lives, spots open now',
    ]) {
      const r = classify(text).selfPromotion;
      assert.ok(r.score > 0.6, `${text}: ${r.score}`);
      assert.ok(
        r.evidence.some((e) => e.rule.startsWith('en.promo.services:')),
        text,
      );
    }
  });
  it('findCopyPastes(replies) flags one author pasting the same text under 3 posts', () => {
    const text = 'Amazing post!! Check out my page for daily tips';
    const replies = [
      { id: 'a', author: 'spam', text, postId: 'p1' },
      { id: 'b', author: 'spam', text: text.toUpperCase() + ' 🔥', postId: 'p2' },
      { id: 'c', author: 'spam', text: `@x ${text}`, postId: 'p3' },
      { id: 'd', author: 'kind', text, postId: 'p1' },
      { id: 'e', author: 'kind', text: 'thank you', postId: 'p2' },
    ];
    const groups = findCopyPastes(replies, { minPosts: 3 });
    assert.equal(groups.length, 1);
    assert.deepEqual(groups[0]!.ids, ['a', 'b', 'c']);
  });
});
