import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classify } from './classify.js';
import type { CrisisLevel } from './crisis-signals.js';

type Case = readonly [text: string, level: CrisisLevel];

/**
 * Each rule family of en.crisis 2.3 to 2.26 and of the context markers, with cases that must
 * fire and cases that must not: negation, past or recovered framing, third person, idioms and
 * supportive replies. The cases are written
 * for the test, from the warning-sign and screening descriptions, not taken from any data.
 */
const FAMILIES: Record<string, readonly Case[]> = {
  'rejecting reassurance (hopelessness)': [
    ['I am so tired of hearing that it gets better', 'concern'],
    ['sick of people telling me it will get better when it only gets worse', 'concern'],
    ['everyone keeps saying it gets better but it never does', 'concern'],
    ["I'm not tired of hearing it gets better, it helps me", 'none'],
    ['You must be sick of hearing that it gets better, but please hang in there', 'none'],
    ['It gets better, I promise. Please reach out to someone.', 'none'],
  ],
  'thwarted belongingness (burden)': [
    ['Nobody wants me around anymore', 'concern'],
    ["my family doesn't want me around", 'concern'],
    ["I don't belong anywhere", 'concern'],
    ['Everybody wants me around at parties lol', 'none'],
    ['You belong here, and we want you around', 'none'],
    ['I used to feel like nobody wants me around, but I am doing better now', 'none'],
  ],
  'means safety': [
    ["I don't trust myself around my meds", 'concern'],
    ['my mom took all my pills away just in case', 'concern'],
    ['i cant trust myself with knives at the moment', 'concern'],
    ['I trust myself with my meds now', 'none'],
    ['Please ask someone you trust to hold your meds for you', 'none'],
    ["I don't trust myself with a credit card", 'none'],
  ],
  'talking about wanting to die': [
    ['I wish I could talk to someone about suicide', 'concern'],
    ["I can't talk to my therapist about my suicidal thoughts", 'concern'],
    ['I finally understand why people commit suicide', 'concern'],
    ['Talking to someone about suicide can save a life', 'none'],
    ['You can talk to someone about suicide, please call 988', 'none'],
  ],
  'done with living, "end it all" forms': [
    ['I want to be done with life', 'concern'],
    ['ready to be done with it all', 'concern'],
    ['graduate, get the certificate and ends it all', 'concern'],
    ['I want to be done with this essay by friday', 'none'],
    ["I don't want to be done with life yet, there is so much to see", 'none'],
  ],
  'hopelessness asked as a question': [
    ["Does it ever get better? It's been years of this pain", 'concern'],
    ['when will the pain ever stop', 'concern'],
    ['Does it ever get better? For me it did, hang in there', 'none'],
    ['Will the rain ever stop? Stuck indoors all week', 'none'],
  ],
  'intent as a euphemism': [
    ['I will finally find peace', 'concern'],
    ['soon I will find relief soon, this weekend', 'urgent'],
    ['I hope you find peace soon', 'none'],
    ['She will finally find peace in her new garden', 'none'],
  ],
  'an overdose told as taken': [
    ['I took a handful of pills an hour ago', 'urgent'],
    ['just took the whole bottle of sleeping pills', 'urgent'],
    ['I took two pills for my headache', 'none'],
    ['I took a handful of vitamins this morning', 'none'],
  ],
  'in acute psychiatric care now': [
    ["I'm currently in the ER waiting for the psychiatrist", 'concern'],
    ['just got admitted to the psych ward', 'concern'],
    ['My shift in the ER was long today', 'none'],
    ['Years ago I was in the psych ward, today I am doing well', 'none'],
  ],
  'ideation disclosed inside a reply': [
    ['As someone who struggles with suicidal thoughts myself, please reach out to 988', 'concern'],
    ['as a person with suicidal ideation, I get it. Sending hugs', 'concern'],
    ['As someone who has worked with people with suicidal thoughts, please call 988', 'none'],
    ['As someone who loves you, please talk to someone', 'none'],
  ],
  'self-harm in the past tense or on purpose': [
    ['I burned myself last night', 'concern'],
    ['I harmed myself again', 'concern'],
    ['I hit myself on purpose when I get angry at myself', 'concern'],
    ['I burned myself cooking dinner', 'none'],
    ["I haven't harmed myself in two years and I am proud of that", 'none'],
    ['When I was a teenager I harmed myself, I am in recovery now', 'none'],
  ],
  'gathering means': [
    ["i've got pills saved up", 'urgent'],
    ['I have been stockpiling my sleeping pills', 'urgent'],
    ['I am saving up for a new phone', 'none'],
    ['If you are stockpiling pills, please tell someone and call 988', 'none'],
  ],
  'giving away possessions': [
    ["I've been giving away my stuff", 'concern'],
    ['I gave away all my prized possessions', 'concern'],
    ['She has been giving away her things and I am worried', 'none'],
    ['Giving away free kittens, DM me', 'none'],
  ],
  'indifference, staying alive, pain to stop for good': [
    ["I don't care what happens to me anymore", 'concern'],
    ['every day is a struggle to stay alive', 'concern'],
    ['I just want the pain to stop forever', 'concern'],
    ['Sometimes I wish I could just disappear', 'concern'],
    ['I want the pain in my knee to stop so I can run again', 'none'],
    ['You matter, and we care what happens to you', 'none'],
    ["I'm not going to drink myself to death, I quit last year", 'none'],
  ],
  'a third person at risk': [
    ["my girlfriend has been talking about suicide and I don't know how to help", 'concern'],
    ['my brother has attempted before and he is drinking again', 'concern'],
    ['she keeps talking about ending her life', 'concern'],
    ['He has been talking about suicide prevention at work', 'none'],
    ['they have attempted twice to reach the summit', 'none'],
    ['Years ago my sister talked about suicide, today she is thriving', 'none'],
  ],
  'hopelessness about the future': [
    ['I have nothing to look forward to', 'concern'],
    ['my future looks so dark', 'concern'],
    ['might as well just give up at this point', 'concern'],
    ["I can't imagine my life in five years", 'concern'],
    ['I have so much to look forward to this summer', 'none'],
    ['The future looks bright for this project', 'none'],
    ['You might feel like there is nothing to look forward to, but please reach out', 'none'],
  ],
  'an overdose taken (a count of ten or more)': [
    ['I just took 30 sleeping pills', 'urgent'],
    ['I took 10 pills tonight and I feel sick', 'urgent'],
    ['swallowed 45 of my antidepressants an hour ago', 'urgent'],
    ['my sister took 40 of her pills last night', 'concern'],
    ['I took 2 pills for my headache', 'none'],
    ['I took 9 tablets over the whole week, as prescribed', 'none'],
    ['Did you take 20 pills? Please call poison control now', 'none'],
    ['Back in 2015 I took 30 pills, today I am safe and happy', 'none'],
    ['When I was 16 I swallowed 20 tablets. I am in recovery now.', 'none'],
  ],
  'an aborted or interrupted attempt': [
    ['I almost ended it all last night', 'concern'],
    ['I nearly took my own life on Friday', 'concern'],
    ['I was so close to killing myself yesterday', 'concern'],
    ['I almost ended it with my boyfriend', 'none'],
    ['Years ago I almost ended my life, now I am thriving', 'none'],
    ['I nearly took the wrong bus today', 'none'],
  ],
  'not being around, others not having to worry (goodbye)': [
    ["I'm not going to be around much longer", 'urgent'],
    ["You won't have to worry about me much longer", 'urgent'],
    ["I won't need them where I'm going", 'urgent'],
    ["You won't have to worry about me anymore, I found a job!", 'none'],
    ["Don't worry, you won't need it where you're going", 'none'],
    ["I won't need them anymore, I'm decluttering", 'none'],
  ],
  'not feeling safe with oneself': [
    ["I don't feel safe with myself", 'concern'],
    ["I can't keep myself safe", 'concern'],
    ["I don't feel safe walking home alone", 'none'],
    ['Please make sure you keep yourself safe tonight', 'none'],
  ],
  'others better off if I were not here (burden)': [
    ["Everyone would be happier if I wasn't here", 'concern'],
    ['my family would be better off if I was gone', 'concern'],
    ["It would be better if I wasn't here at 6am, the traffic is awful", 'none'],
    ["You think everyone would be happier if you weren't here, but we love you", 'none'],
  ],
  'not knowing how much longer one can hold on': [
    ['idk how much longer i can do this', 'concern'],
    ['not sure how much longer I can hold on', 'concern'],
    ['No idea how long I can keep this plant alive', 'none'],
  ],
  'dark thoughts, thoughts urging it': [
    ["I've been having dark thoughts again", 'concern'],
    ['my head keeps telling me to just do it', 'concern'],
    ['If you are having dark thoughts, please reach out to someone', 'none'],
    ['The novel explores the dark thoughts of a killer', 'none'],
    ['My brain is telling me to eat pizza', 'none'],
  ],
  'wanting to be reunited with someone who died': [
    ['I just want to be with my mom in heaven', 'concern'],
    ["I miss my dad so much, I'm going to join him soon", 'concern'],
    ["I can't wait to see my mom again in heaven someday", 'none'],
    ["I'm going to join my friends at the beach", 'none'],
  ],
  'scratching until bleeding; crashing the car': [
    ['I keep scratching my arms until they bleed', 'concern'],
    ['I keep thinking about crashing my car', 'concern'],
    ['My cat keeps scratching the sofa until it tears', 'none'],
    ['I almost crashed my car in the snow today', 'none'],
  ],
  "only the lack of means stops me (urgent); reclaiming one's life is not ideation": [
    ["The only thing stopping me is I don't have a gun", 'urgent'],
    ["the only thing stopping me is that I can't get enough pills", 'urgent'],
    ["only thing keeping me from ending it is that i can't afford a gun", 'urgent'],
    ['The only reason keeping me from killing myself is that I cannot find a rope', 'urgent'],
    ['My boyfriend is in hospital after nearly taking his life', 'concern'],
    ['The only thing stopping me from doing it is my dog', 'concern'],
    ["The only thing stopping me from buying it is that I don't have the money", 'none'],
    ["I'm taking my life back after years of addiction", 'none'],
    ['I want to take my life back from depression', 'none'],
  ],
  'a phrase that opens with a past-tense verb is past (recovered with distance: none)': [
    ['Years ago I wanted to die.', 'none'],
    ["Two years ago I thought about suicide every day, now I'm doing well", 'none'],
    ['I wanted to die last night', 'concern'],
    ['I wanted to die.', 'concern'],
    ['Years ago I wanted to die, and I still do', 'concern'],
  ],
  'a condition about anyone at all is advice, not a person at risk': [
    ['If someone says they want to die, stay with them and call for help', 'none'],
    ['If a friend tells you she wants to kill herself, call 988', 'none'],
    ['when anyone says they are suicidal, listen', 'none'],
    ['My friend told me she wants to kill herself', 'concern'],
    ['When my brother says he wants to die, I panic', 'concern'],
    ['If he says he wants to die again I will call someone', 'concern'],
  ],
  'a third person who keeps saying others are better off without them': [
    ["My dad keeps saying we'd all be better off without him", 'concern'],
    ['my sister keeps saying everyone would be happier without her', 'concern'],
    ["My boss keeps saying we'd be better off without the new system", 'none'],
  ],
  'the means gathered': [
    ['I bought what I need to end my life', 'urgent'],
    ['I have everything I need to end it all', 'urgent'],
    ['I bought what I need to bake a cake', 'none'],
  ],
  'single quotation marks quote: news and lyrics in them are set aside': [
    ["Researchers quoted patients saying 'I wanted to die' about their worst days", 'none'],
    ["The study found participants described it as 'wanting to disappear forever'", 'none'],
    ["My mum said 'I want to die' on the phone last night", 'concern'],
    ["'cause I want to die", 'concern'],
    ["My parents' house is where I want to die", 'concern'],
  ],
  "the writer's own thought in quotation marks is the writer speaking": [
    ["I keep thinking 'I'm going to kill myself tonight'", 'urgent'],
    ['I keep thinking "I\'m going to kill myself tonight"', 'urgent'],
    ["My mum said 'I'm going to kill myself tonight'", 'concern'],
    ["He keeps thinking 'I'm going to kill myself tonight'", 'concern'],
  ],
  'a song introduced by "now playing" is its title and words': [
    ["Now playing: 'Hurt' - I hurt myself today to see if I still feel", 'none'],
    ['song of the day: everybody hurts, I want to die', 'none'],
    ['Now playing: Mad World. I want to die tonight', 'urgent'],
    ['I want to die. Now playing: Mad World', 'concern'],
  ],
  'at the place of the means, now': [
    ["I'm standing on the bridge right now.", 'urgent'],
    ['I am sitting on the edge of the roof now', 'urgent'],
    ['im standing on the train tracks now', 'urgent'],
    ['I was standing on the bridge last summer, what a view', 'none'],
  ],
  'a denied act put off ("not tonight", "not yet") is ideation, never a denial': [
    ["I didn't kill myself tonight. But I could have.", 'concern'],
    ["I haven't killed myself yet", 'concern'],
    ['i still havent ended my life yet', 'concern'],
    ["I'm not going to kill myself today", 'concern'],
    ["I won't end my life tonight", 'concern'],
    ["I'm not suicidal today, just numb", 'concern'],
    ["I didn't kill myself, and today I'm glad I'm here", 'none'],
    ["I don't want to die yet, I still have to see the finale", 'none'],
    ["I'm not suicidal", 'none'],
    ["You don't have to kill yourself tonight, please call a helpline", 'none'],
  ],
  'algospeak inflected: thinking about "unaliving" (en.crisis 2.14)': [
    ["I've been thinking about unaliving again", 'concern'],
    ['thinking about unaliving tonight', 'urgent'],
    ['I used to think about unaliving, but therapy helped me', 'none'],
    ['my character in the game keeps unaliving the boss lol', 'none'],
  ],
  'notes and letters of goodbye, by their subject (en.crisis 2.14)': [
    ['I wrote goodbye letters to my family', 'urgent'],
    ["I've been drafting my letters to my kids", 'urgent'],
    ['I left a suicide note on my desk', 'urgent'],
    ['she left a suicide note', 'concern'],
    ['Did you write a goodbye letter?', 'none'],
    ['If you have written a suicide note, please call 988', 'none'],
  ],
  'falling asleep for good (en.crisis 2.14)': [
    ['I want to fall asleep and never wake up', 'concern'],
    ['sometimes I wish I could fall asleep and not wake up', 'concern'],
    ["I don't want to fall asleep and never wake up, I want to get better", 'none'],
  ],
  'not trusting oneself now (en.crisis 2.14)': [
    ["I don't trust myself right now", 'concern'],
    ["I can't trust myself to stay safe tonight", 'urgent'],
    ["I don't trust myself with a credit card right now lol", 'none'],
    ["You can't trust yourself right now, so call someone", 'none'],
  ],
  'a day named for it counts only beside ideation (en.crisis 2.15)': [
    ['I want to die. Tomorrow is the day.', 'urgent'],
    ['today is the day i kill myself', 'urgent'],
    ["i've decided. tonight's the night i end my life", 'urgent'],
    ['Today is the day: World Mental Health Day, join our walk', 'none'],
    ['Tomorrow is the day! Our fundraiser for the crisis line starts at 10', 'none'],
    ["tonight's the night the finale airs", 'none'],
  ],
  'wanting everything to stop; pain one cannot take any more (en.crisis 2.15)': [
    ['i just want everything to stop', 'concern'],
    ["i can't take this pain anymore", 'concern'],
    ["If you can't take the pain anymore, please call 988", 'none'],
    ["You don't have to take this pain alone, I'm here", 'none'],
  ],
  'self-harm as an advocacy noun (context markers 1.5)': [
    ['Live Q&A tonight at 8pm about self-harm recovery, bring your questions', 'none'],
    ['Self-harm awareness day is March 1st, wear orange', 'none'],
    ["I've been struggling with self harm again", 'concern'],
    ['my self harm recovery is going badly, I cut again last night', 'concern'],
    ["I need self harm support tonight, I can't stop", 'urgent'],
  ],
  'an overdose is whose the clause says (en.crisis 2.16)': [
    ["I'm going to overdose", 'urgent'],
    ['thinking about an overdose tonight', 'urgent'],
    ['my friend is overdosing, what do i do', 'concern'],
    ['Your story about your overdose recovery gave me so much hope', 'none'],
  ],
  'wanting out, not knowing why one is still here, "wanna" (en.crisis 2.17, context markers 1.6)': [
    ['idk why im still here', 'concern'],
    ["I don't know why I'm still alive", 'concern'],
    ['i wanna disappear forever', 'concern'],
    ['i want out of this life', 'concern'],
    ['She wants out of this life', 'concern'],
    ['i wanna disappear for a week on a beach', 'none'],
    ['I want out of this meeting', 'none'],
  ],
  'everything pointless; hitting a wall until bleeding (en.crisis 2.18)': [
    ['everything feels pointless lately', 'concern'],
    ['my life seems so meaningless', 'concern'],
    ['this meeting is pointless', 'none'],
    ['i punched a wall until my knuckles bled', 'concern'],
    ['I punched a wall in frustration once, years ago', 'none'],
  ],
  'empathy from one who has been there (context markers 1.7)': [
    ['I know how it feels to want to die. Reach out to someone, you matter.', 'none'],
    ['I remember what it was like to feel suicidal. It passed for me.', 'none'],
    [
      "It's okay to feel hopeless sometimes, but feelings pass. You're stronger than you think.",
      'none',
    ],
    ['I know how it feels to want to die, because I want to die right now', 'urgent'],
  ],
  'dying preferred to living on is no idiom; hyperbole is (en.crisis 2.19, context markers 1.8)': [
    ["I'd rather die than keep living like this", 'concern'],
    ['i would rather be dead than live like this', 'concern'],
    ['I would rather jump off a bridge than keep living like this', 'concern'],
    ["I'd rather die than wear that sweater", 'none'],
    ["I'd rather jump off a bridge than go to that party lol", 'none'],
    ["i'm so tired i could die", 'none'],
    ['i want to die for real', 'concern'],
    ['she says she wants to die for real this time', 'concern'],
    ['that cake is to die for', 'none'],
    ['omg her voice is to die for', 'none'],
  ],
  'what the remaining false friends hid (en.crisis 2.20, context markers 1.9)': [
    ['i wish i could sleep forever', 'concern'],
    ['i could sleep forever after that shift', 'none'],
    ['I want to end it all with a bottle of pills tonight', 'urgent'],
    ["let's end it all with a bang at the party", 'none'],
    ['I feel like a financial burden on my parents', 'concern'],
    ['The financial burden of college is unreal', 'none'],
  ],
  'someone close who talks about ending it, or of being a burden (en.crisis 2.21)': [
    ["my best friend keeps talking about ending it and i don't know what to do", 'concern'],
    ['my husband has been saying everyone would be better off without him', 'concern'],
    ['my mom talked about killing herself last night', 'concern'],
    ['my friend keeps talking about her new job', 'none'],
  ],
  'a negation before "I" belongs to another clause; ambivalence about living on (en.crisis 2.22)': [
    ['no one knows I want to die', 'concern'],
    ['I have no doubts I will kill myself now', 'urgent'],
    ["I'm not sure I want to live anymore", 'concern'],
    ["I don't know if I want to be alive", 'concern'],
    ['not sure how much longer i want to be here', 'concern'],
    ["I don't want to die", 'none'],
    ["I'm not going to kill myself, don't worry", 'none'],
    ['I would never hurt myself', 'none'],
    // "think" carries the negation into the clause after it (en.crisis 2.26)
    ["I don't think I'll kill myself", 'none'],
    ["I don't think I want to die", 'none'],
  ],
  'not even wanting to be alive; not thinking one can keep going (en.crisis 2.23)': [
    ["I don't even want to be alive", 'concern'],
    ["I don't think I can keep going", 'concern'],
    ["I don't think I can make it to the party", 'none'],
  ],
  'a past that has come back; a burden felt (en.crisis 2.24, context markers 1.10)': [
    ["I used to be suicidal and now it's back", 'concern'],
    ['two years ago I attempted, and lately the thoughts are back', 'concern'],
    ["I've felt like a burden my whole life", 'concern'],
    ['I used to feel like a burden but lately I feel so loved', 'none'],
    ['when I was 16 I wanted to die, now I am 30 and happy', 'none'],
  ],
  'means gathered or in hand, now (en.crisis 2.25)': [
    ["i've been collecting pills for months", 'urgent'],
    ["i'm sitting here with a bottle of pills", 'urgent'],
    ['the pills are in my hand right now', 'urgent'],
    ["my friend has been collecting pills, I'm scared", 'concern'],
    ["I'm sitting here with my meds trying to remember if I took them", 'none'],
    ['the remote is in my hand', 'none'],
  ],
};

describe('crisis warning-sign families (en.crisis 2.3 to 2.26)', () => {
  for (const [family, cases] of Object.entries(FAMILIES)) {
    describe(family, () => {
      for (const [text, level] of cases) {
        it(`classify(${JSON.stringify(text)}).crisis.level is ${level}`, () => {
          assert.equal(classify(text).crisis?.level, level);
        });
      }
    });
  }
});
