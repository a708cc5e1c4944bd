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
 * `urgent`; and a method or wish said of someone else must still be found (en.crisis 2.60). The sentences are made from the lexicon's own patterns.
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
    const missed: string[] = [];
    let checked = 0;
    for (const group of groups((c, p) => ['method', 'plan', 'intent'].includes(c) && p === 'first'))
      for (const pattern of group.phrases)
        for (const phrase of forms(parsePattern(pattern), 200)) {
          if (!verb.test(phrase) || phrase.includes('<num>')) continue;
          for (const leadIn of leadIns) {
            const text = `${leadIn} ${phrase}.`;
            checked++;
            if (classify(text).crisis?.level !== 'urgent') missed.push(text);
          }
        }
    assert.ok(checked > 5000, `only ${checked} sentences`);
    assert.deepEqual(missed.slice(0, 20), [], `${missed.length} of ${checked} not urgent`);
  });

  it('a first-person wish that is concern alone is urgent with "tonight" after it', () => {
    const missed: string[] = [];
    let checked = 0;
    for (const wish of concernWishes()) {
      checked++;
      const text = `${wish} tonight.`;
      if (classify(text).crisis?.level !== 'urgent') missed.push(text);
    }
    assert.ok(checked > 1000, `only ${checked} sentences`);
    assert.deepEqual(missed.slice(0, 20), [], `${missed.length} of ${checked} not urgent`);
  });

  it('a first-person method or wish said of someone else is a third person at risk', () => {
    // "hang myself" → "hang herself": the phrase in the third person, after lead-ins that name
    // someone else; SPEC §4 makes a third person at risk `concern`
    const reflexive = (phrase: string, she: boolean) =>
      phrase
        .replace(/\bmyself\b/g, she ? 'herself' : 'himself')
        .replace(/\bmy\b/g, she ? 'her' : 'his')
        .replace(/\bme\b/g, she ? 'her' : 'him');
    const leadIns: [boolean, string][] = [
      [true, 'My friend said she wants to'],
      [false, 'He keeps saying he wants to'],
      [true, 'My sister is going to'],
      [false, 'My brother told me he will'],
      [true, 'She is planning to'],
    ];
    const verb =
      /^(take|swallow|jump|hang|shoot|cut|slit|open|drown|overdose|drive|crash|step|walk|throw|kill|end|stab|burn|poison|suffocate|bleed|blow|die|disappear|sleep|stop|off|unalive|starve)\b/;
    // Left out on purpose: taking all one's pills without "at once" (a carer's "make sure he
    // takes all his meds") and taking the pills away (someone keeping means out of reach).
    const leftOut = /^take all (of )?my (pills|meds|medication|medicine)$|\baway$/;
    const missed: string[] = [];
    const seen = new Set<string>();
    for (const group of groups(
      (c, p, past) =>
        ['ideation', 'self_harm', 'method', 'plan', 'intent'].includes(c) && p === 'first' && !past,
    ))
      for (const pattern of group.phrases)
        for (const phrase of forms(parsePattern(pattern), 60)) {
          if (!verb.test(phrase) || phrase.includes('<num>') || leftOut.test(phrase)) continue;
          // a phrase that says "I" is not made third person by its pronouns alone
          if (/\b(i|i'm|im|am)\b/.test(phrase)) continue;
          for (const [she, leadIn] of leadIns) {
            const text = `${leadIn} ${reflexive(phrase, she)}.`;
            if (seen.has(text)) continue;
            seen.add(text);
            const result = classify(text).crisis;
            if (result === null || result.level === 'none') missed.push(text);
          }
        }
    assert.ok(seen.size > 1000, `only ${seen.size} sentences`);
    assert.deepEqual(missed.slice(0, 20), [], `${missed.length} of ${seen.size} not flagged`);
  });

  it('a first-person wish that is concern alone is urgent beside means, a plan or a goodbye', () => {
    const beside = [
      (wish: string) => `I have the pills. ${wish}.`,
      (wish: string) => `${wish}. I have a rope.`,
      (wish: string) => `${wish}. I am on the bridge.`,
      (wish: string) => `${wish}. I wrote my note.`,
      (wish: string) => `${wish}. Goodbye everyone.`,
    ];
    const missed: string[] = [];
    let checked = 0;
    for (const wish of concernWishes())
      for (const sentence of beside) {
        const text = sentence(wish);
        checked++;
        if (classify(text).crisis?.level !== 'urgent') missed.push(text);
      }
    assert.ok(checked > 5000, `only ${checked} sentences`);
    assert.deepEqual(missed.slice(0, 20), [], `${missed.length} of ${checked} not urgent`);
  });
});
