import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classify } from './classify.js';
import type { CrisisLevel } from './crisis-signals.js';

type Case = readonly [text: string, level: CrisisLevel];

/** Idioms, lyrics, news and banter that contain crisis words, each with its expected level. */
const FALSE_FRIENDS: readonly Case[] = [
  ["I'd kill for a coffee right now", 'none'],
  ['This exam is killing me', 'none'],
  ['I was dying of laughter at that video', 'none'],
  ['I could die of embarrassment', 'none'],
  ['I want to die of embarrassment lol', 'none'],
  ['I almost died laughing', 'none'],
  ['killing myself laughing at these memes', 'none'],
  ['that cake is to die for', 'none'],
  ["I'm dying to see the new movie", 'none'],
  ["I'd rather die than wear that sweater", 'none'],
  ['I am a hopeless romantic', 'none'],
  ['Trapped in traffic for two hours again', 'none'],
  ['The financial burden of college is unreal', 'none'],
  ['I shot myself in the foot with that email', 'none'],
  ['Cut myself some slack this week', 'none'],
  ['cut myself shaving this morning', 'none'],
  ['Rewatching Suicide Squad tonight', 'none'],
  ['overdose awareness day is coming up, carry naloxone', 'none'],
  ['She killed it on stage last night', 'none'],
  ['my phone is dying', 'none'],
  ['this heat is going to kill me', 'none'],
  ['bored to death in this meeting', 'none'],
  ['I would kill for a nap', 'none'],
  ['killing time before my flight', 'none'],
  ['♪ I want to die in your arms tonight ♪', 'none'],
  ['Favourite song lyrics: "I want to end it all tonight"', 'none'],
  ['Police said the man died by suicide; "he was struggling", officials said', 'none'],
  ['Suicide rates rose last year, according to a new report', 'none'],
  ['Suicide prevention month starts today #988day', 'none'],
  ['dead tired after that shift', 'none'],
  ['this song slaps, I could listen to it forever', 'none'],
  ['Talking about suicide openly saves lives', 'none'],
  ['I hate Mondays so much', 'none'],
  ["I can't wait for the weekend", 'none'],
];

/** Denials, recovered pasts, offers of help and genuine signals, each with its expected level. */
const NEGATION_AND_FRAMING: readonly Case[] = [
  ["I'm not suicidal, just tired", 'none'],
  ["I don't want to die, I want the pain to change", 'none'],
  ['I never wanted to kill myself', 'none'],
  ['I no longer want to die', 'none'],
  ['Not suicidal, just exhausted', 'none'],
  ["I'm not hopeless, things are getting better", 'none'],
  ["I don't feel like a burden anymore", 'none'],
  ["I don't self harm anymore", 'none'],
  ['Two years ago I wanted to die, today I am grateful to be here', 'none'],
  ['Years ago I attempted suicide. Now I am doing much better and I volunteer.', 'none'],
  ['When I was a teenager I used to cut myself, I am in recovery now', 'none'],
  ['At my lowest I felt like a burden, but it got better', 'none'],
  ["You're not alone, please call 988", 'none'],
  ['If you are having thoughts of suicide, please reach out to a crisis line', 'none'],
  ['If you feel hopeless, you can text HOME to 741741', 'none'],
  ['I felt the same way, it gets better. Please reach out to someone.', 'none'],
  ['Sending love. You matter and you are not a burden.', 'none'],
  ['Suicidal thoughts are common, please talk to someone', 'none'],
  ['Anyone who feels trapped can call the hotline', 'none'],
  ['I want to die', 'concern'],
  ['i wanna die', 'concern'],
  ["I don't want to live anymore", 'concern'],
  ['I feel like such a burden to my family', 'concern'],
  ['everything feels hopeless', 'concern'],
  ['I feel trapped and there is no way out', 'concern'],
  ['I cut myself again last night', 'concern'],
  ['my friend said she wants to die', 'concern'],
  ['My brother keeps talking about killing himself', 'concern'],
  ["I'm not okay. I want to die.", 'concern'],
  ['I tried to kill myself last week and I still feel the same', 'concern'],
  ["I don't know why I want to die", 'concern'],
  ["I can't stop thinking about killing myself", 'concern'],
  ['Everyone would be better off without me', 'concern'],
  ['I called the hotline but I still want to die', 'concern'],
  ['I wish I was never born', 'concern'],
  ['what is the point of living', 'concern'],
  ['I am going to kill myself tonight', 'urgent'],
  ["I've written my suicide note", 'urgent'],
  ['I have the pills ready and I want to die', 'urgent'],
  ['I want to die tonight', 'urgent'],
  ['By the time you read this I will be gone', 'urgent'],
  ["I'm going to jump off the bridge", 'urgent'],
  ['What is the most painless way to kill myself', 'urgent'],
  ["I've decided to end my life this weekend", 'urgent'],
  ['I want to kill myself. I bought a rope.', 'urgent'],
  ['this is my final goodbye, I want to die', 'urgent'],
];

function check(cases: readonly Case[]): void {
  for (const [text, level] of cases) {
    it(`classify(${JSON.stringify(text)}).crisis.level is ${level}`, () => {
      assert.equal(classify(text).crisis?.level, level);
    });
  }
}

describe('crisis false-friend suite', () => check(FALSE_FRIENDS));
describe('crisis negation and framing suite', () => check(NEGATION_AND_FRAMING));

describe('crisis suites size', () => {
  it('each suite has at least 30 cases and together at least 60', () => {
    assert.ok(FALSE_FRIENDS.length >= 30 && NEGATION_AND_FRAMING.length >= 30);
    assert.ok(FALSE_FRIENDS.length + NEGATION_AND_FRAMING.length >= 60);
  });
});
