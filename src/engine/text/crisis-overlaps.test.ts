import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classify } from './classify.js';
import { parsePattern, type PatternAlternatives, type PatternSlot } from './lexicon.js';
import { crisisLexicon } from './lexicons/en/crisis.js';

/**
 * The lexicon checked against itself. Of two overlapping phrases of one family the matcher keeps
 * the first unless the second is longer, so a `concern` phrase can hide an `urgent` one that
 * starts inside it ("want to cut" hid "cut my wrists", en.crisis 2.58); and a modifier after a
 * phrase must not be denied by a negation inside that phrase ("I hope I don't wake up tonight",
 * classifier code version 11); and means, a plan or a goodbye beside a wish must still make it
 * `urgent`; and a method or wish said of someone else must still be found (en.crisis 2.60), and
 * one said to the reader with an offer of help, said of anyone in a condition, reported as news,
 * told as long over, or denied must not be. The sentences are made from the lexicon's own patterns.
 */

/** Up to `limit` phrases a pattern's alternatives spell, optional slots first left out. */
function forms(alternatives: PatternAlternatives, limit: number): string[] {
  const out: string[] = [];
  for (const sequence of alternatives) {
    for (const phrase of sequenceForms(sequence, limit - out.length)) out.push(phrase);
    if (out.length >= limit) break;
  }
  return out;
}

function sequenceForms(sequence: readonly PatternSlot[], limit: number): string[] {
  let partial = [''];
  for (const slot of sequence) {
    const choices =
      typeof slot.body === 'string' ? [slot.body] : forms(slot.body, Math.max(limit, 1));
    const options = slot.optional ? ['', ...choices] : choices;
    const next: string[] = [];
    for (const head of partial) {
      for (const option of options) {
        next.push(option === '' ? head : head === '' ? option : `${head} ${option}`);
        if (next.length >= limit) break;
      }
      if (next.length >= limit) break;
    }
    partial = next;
  }
  return partial.filter((p) => p !== '');
}

const groups = (test: (category: string, person: string, past: boolean) => boolean) =>
  crisisLexicon.groups.filter((g) => test(g.category, g.person, g.tense === 'past'));

let wishes: string[] | null = null;
/** Forms of the first-person wishes (up to 40 a pattern) that are `concern` on their own. */
function concernWishes(): string[] {
  wishes ??= groups((c, p, past) => c === 'ideation' && p === 'first' && !past)
    .flatMap((group) => group.phrases)
    .flatMap((pattern) => forms(parsePattern(pattern), 40))
    .filter((phrase) => !phrase.includes('<num>'))
    .filter((phrase) => classify(`${phrase}.`).crisis?.level === 'concern');
  return wishes;
}

let verbs: string[] | null = null;
/**
 * Forms (up to 60 a pattern) of the present first-person ideation, self-harm, method, plan and
 * intent phrases that start with a verb and say no "I", so that "I want to <phrase>" and
 * "she wants to <phrase in the third person>" are sentences.
 */
function verbPhrases(): string[] {
  const verb =
    /^(take|swallow|jump|hang|shoot|cut|slit|open|drown|overdose|drive|crash|step|walk|throw|kill|end|stab|burn|poison|suffocate|bleed|blow|die|disappear|sleep|stop|off|unalive|starve)\b/;
  verbs ??= [
    ...new Set(
      groups(
        (c, p, past) =>
          ['ideation', 'self_harm', 'method', 'plan', 'intent'].includes(c) &&
          p === 'first' &&
          !past,
      )
        .flatMap((group) => group.phrases)
        .flatMap((pattern) => forms(parsePattern(pattern), 60))
        .filter((phrase) => verb.test(phrase) && !phrase.includes('<num>'))
        .filter((phrase) => !/\b(i|i'm|im|am)\b/.test(phrase)),
    ),
  ];
  return verbs;
}

/** A first-person phrase said of someone else or to the reader: "hang myself" → "hang herself". */
function inPerson(phrase: string, who: 'she' | 'he' | 'they' | 'you'): string {
  const [self, own] = {
    she: ['herself', 'her'],
    he: ['himself', 'his'],
    they: ['themselves', 'their'],
    you: ['yourself', 'your'],
  }[who];
  return phrase
    .replace(/\bmyself\b/g, self!)
    .replace(/\bmy\b/g, own!)
    .replace(/\bme\b/g, who === 'you' ? 'you' : who === 'they' ? 'them' : own!);
}

/** Every sentence's crisis level passes `ok`; at least `least` distinct sentences are checked. */
function assertAll(
  sentences: readonly string[],
  ok: (level: string) => boolean,
  failure: string,
  least: number,
): void {
  const unique = [...new Set(sentences)];
  const missed = unique.filter((text) => !ok(classify(text).crisis?.level ?? 'none'));
  assert.ok(unique.length > least, `only ${unique.length} sentences`);
  assert.deepEqual(missed.slice(0, 20), [], `${missed.length} of ${unique.length} ${failure}`);
}

describe('the crisis lexicon checked against its own phrases', () => {
  it('a first-person method, plan or intent stays urgent after a lead-in such as "I want to"', () => {
    const leadIns = [
      'I want to',
      'I need to',
      "I'm going to",
      'I keep thinking about',
      'I feel like I should',
      'I wanna',
      'part of me wants to',
      'I might',
      'I just want to',
      'I really want to',
      'I am about to',
      'I will',
      'tonight I will',
      'I have to',
      'I should just',
    ];
    // phrases that start with a verb, so that "I want to <phrase>" is a sentence
    const verb =
      /^(take|swallow|jump|hang|shoot|cut|slit|open|drown|overdose|drive|crash|step|walk|throw|kill|end|stab|burn|poison|suffocate|bleed|blow)\b/;
    const sentences = groups((c, p) => ['method', 'plan', 'intent'].includes(c) && p === 'first')
      .flatMap((group) => group.phrases)
      .flatMap((pattern) => forms(parsePattern(pattern), 200))
      .filter((phrase) => verb.test(phrase) && !phrase.includes('<num>'))
      .flatMap((phrase) => leadIns.map((leadIn) => `${leadIn} ${phrase}.`));
    assertAll(sentences, (level) => level === 'urgent', 'not urgent', 5000);
  });

  it('a first-person wish that is concern alone is urgent with "tonight" after it', () => {
    const sentences = concernWishes().map((wish) => `${wish} tonight.`);
    assertAll(sentences, (level) => level === 'urgent', 'not urgent', 1000);
  });

  it('a first-person method or wish said of someone else is a third person at risk', () => {
    // "hang myself" → "hang herself", after lead-ins that name someone else; SPEC §4 makes a
    // third person at risk `concern`
    const leadIns: [boolean, string][] = [
      [true, 'My friend said she wants to'],
      [false, 'He keeps saying he wants to'],
      [true, 'My sister is going to'],
      [false, 'My brother told me he will'],
      [true, 'She is planning to'],
    ];
    // Left out on purpose: taking all one's pills without "at once" (a carer's "make sure he
    // takes all his meds") and taking the pills away (someone keeping means out of reach).
    const leftOut = /^take all (of )?my (pills|meds|medication|medicine)$|\baway$/;
    const sentences = verbPhrases()
      .filter((phrase) => !leftOut.test(phrase))
      .flatMap((phrase) =>
        leadIns.map(([she, leadIn]) => `${leadIn} ${inPerson(phrase, she ? 'she' : 'he')}.`),
      );
    assertAll(sentences, (level) => level !== 'none', 'not flagged', 1000);
  });

  it('a first-person method or wish said to the reader beside an offer of help is none', () => {
    const offers = [
      (you: string) => `If you ever feel like you want to ${you}, please call 988.`,
      (you: string) =>
        `If you are thinking about how to ${you}, please reach out to a crisis line.`,
    ];
    const sentences = verbPhrases().flatMap((phrase) =>
      offers.map((offer) => offer(inPerson(phrase, 'you'))),
    );
    assertAll(sentences, (level) => level === 'none', 'flagged', 600);
  });

  it('a first-person method or wish said of anyone at all, in a condition, is none', () => {
    const advice = [
      (they: string) =>
        `If someone tells you they want to ${they}, take it seriously and stay with them.`,
      (they: string) =>
        `When a friend says they are going to ${they}, ask them directly and call a crisis line together.`,
    ];
    const sentences = verbPhrases().flatMap((phrase) =>
      advice.map((say) => say(inPerson(phrase, 'they'))),
    );
    assertAll(sentences, (level) => level === 'none', 'flagged', 600);
  });

  it('a method or wish of someone else in a news report is none', () => {
    const sentences = verbPhrases().map(
      (phrase) =>
        `BREAKING: Woman rescued after she tried to ${inPerson(phrase, 'she')}, officials say.`,
    );
    assertAll(sentences, (level) => level === 'none', 'flagged', 300);
  });

  it('a first-person method or wish told as long past and over is none', () => {
    const stories = [
      (phrase: string) =>
        `Five years ago I wanted to ${phrase}, but today I am doing well and grateful.`,
      (phrase: string) => `In 2015 I tried to ${phrase}. I have been in recovery for years now.`,
    ];
    const sentences = verbPhrases().flatMap((phrase) => stories.map((story) => story(phrase)));
    assertAll(sentences, (level) => level === 'none', 'flagged', 600);
  });

  it('a first-person method or wish denied is none', () => {
    const denials = [
      (phrase: string) => `I would never ${phrase}.`,
      (phrase: string) => `I don't want to ${phrase}.`,
      (phrase: string) => `I'm not going to ${phrase}, I promise.`,
    ];
    // "never stop cutting" denies the recovery, not the self-harm
    const sentences = verbPhrases()
      .filter((phrase) => !phrase.startsWith('stop '))
      .flatMap((phrase) => denials.map((denial) => denial(phrase)));
    assertAll(sentences, (level) => level === 'none', 'flagged', 1000);
  });

  it('a first-person wish that is concern alone is urgent beside means, a plan or a goodbye', () => {
    const beside = [
      (wish: string) => `I have the pills. ${wish}.`,
      (wish: string) => `${wish}. I have a rope.`,
      (wish: string) => `${wish}. I am on the bridge.`,
      (wish: string) => `${wish}. I wrote my note.`,
      (wish: string) => `${wish}. Goodbye everyone.`,
    ];
    const sentences = concernWishes().flatMap((wish) => beside.map((sentence) => sentence(wish)));
    assertAll(sentences, (level) => level === 'urgent', 'not urgent', 5000);
  });
});
