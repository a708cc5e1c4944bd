import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classify } from './classify.js';
import type { CrisisLevel } from './crisis-signals.js';

type Case = readonly [text: string, level: CrisisLevel];

/** Each new rule family (en.crisis 2) with at least one case that fires and one that must not. */
const FAMILIES: Record<string, readonly Case[]> = {
  'passive wish to be dead': [
    ['i no longer want to be alive', 'concern'],
    ["honestly i wouldn't mind if i didn't wake up", 'concern'],
    ['I keep losing the will to live', 'concern'],
    ['I no longer want to live in this city, moving next month', 'concern'],
    ['I am so excited to be alive and here today', 'none'],
  ],
  'active thoughts said indirectly': [
    ['I wish I had the courage to do it', 'concern'],
    ['been having the urge to jump lately', 'concern'],
    ['im so close to ending it', 'concern'],
    ['I finally had the courage to ask her out', 'none'],
  ],
  'intensifiers inside a phrase': [
    ['i just really fucking want to die', 'concern'],
    ['I really want to see that movie', 'none'],
  ],
  'method and means seeking': [
    ['what is the easiest way to kill myself', 'urgent'],
    ['I want to die. I took 40 pills an hour ago', 'urgent'],
    ['If I had a gun I would use it', 'urgent'],
    ['What is the easiest way to learn guitar?', 'none'],
    ['I took 2 pills for my headache', 'none'],
  ],
  goodbye: [
    ["I won't be here much longer, thank you all", 'urgent'],
    ['see you all on the other side', 'urgent'],
    ["I'll be here much longer than planned, the train is late", 'none'],
  ],
  hopelessness: [
    ["I can't deal with any of this anymore", 'concern'],
    ["what's even the point", 'concern'],
    ['it keeps getting worse and worse', 'concern'],
    ['it keeps getting better every day', 'none'],
  ],
  entrapment: [
    ["I'm stuck in this endless cycle", 'concern'],
    ['stuck in traffic on the way home', 'none'],
  ],
  'burden and belonging': [
    ['everyone would be better off if I was gone', 'concern'],
    ['nobody would even notice if i disappeared', 'concern'],
    ['The team would be better off with a new keeper', 'none'],
  ],
  'unbearable pain and distress': [
    ['the loneliness is killing me', 'concern'],
    ["I can't stand this emptiness anymore", 'concern'],
    ['this exam is killing me', 'none'],
  ],
  'self-harm acts and urges': [
    ["I'm fighting not to hurt myself", 'concern'],
    ['I keep punching myself when it gets bad', 'concern'],
    ['trying not to laugh in the meeting', 'none'],
  ],
  'a lethal dose sought, a means acquired (en.crisis 2.2)': [
    ['how much tylenol would kill me', 'urgent'],
    ['Picking up a gun tomorrow and I feel relieved', 'urgent'],
    ['my brother is buying a gun', 'concern'],
    ['I took 2 tablets of ibuprofen for the headache, how much tylenol would help', 'none'],
    ['how much melatonin should I take to sleep', 'none'],
    ['picking up a guitar tomorrow, so excited', 'none'],
  ],
  'misspelled ideation and a daily thought (en.crisis 2.2)': [
    ['been feeling sucidal all week', 'concern'],
    ["not a day goes by where i don't think about doing it", 'concern'],
    ['not a day goes by where i dont think about my grandma, miss her', 'none'],
  ],
  'pseudo-negation': [
    ['I regret not ending my life back then', 'concern'],
    ['I need a reason not to end my life', 'concern'],
    ['I would never end my life', 'none'],
  ],
  '"does anyone else" speaks for the writer': [
    ['does anyone else feel like a burden to their family?', 'concern'],
    ['Does anyone else love rainy mornings?', 'none'],
  ],
  'weak cues in a first-person text': [
    ['I am so tired and alone, I hate how empty my days are', 'concern'],
    ['You are not alone and your pain is real, I hope you feel less tired soon', 'none'],
    ['I lost my keys and my phone died, awful day lol, I hate Mondays', 'concern'],
    ['I had a great day at the beach with my dog', 'none'],
  ],
};

for (const [family, cases] of Object.entries(FAMILIES)) {
  describe(`crisis rule family: ${family}`, () => {
    for (const [text, level] of cases) {
      it(`classify(${JSON.stringify(text)}).crisis.level is ${level}`, () => {
        assert.equal(classify(text).crisis?.level, level);
      });
    }
  });
}
