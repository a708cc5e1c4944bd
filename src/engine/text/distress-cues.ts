import { distressCueLexicon } from './lexicons/en/distress-cues.js';
import type { Tokens } from './tokenize.js';

/**
 * The weak-cue rule: a first-person text (at least `minFirstPerson` first-person pronouns and
 * at least twice as many as second-person ones, so replies addressed to someone else do not
 * count) with at least `minNegative` distinct negative-emotion words is `concern`. It catches
 * the indirect distress that no phrase list covers, at the price of flagging more r/depression
 * posts; replies offering help stay unflagged because they speak to "you".
 */
export const DEFAULTS = {
  minFirstPerson: 2,
  minNegative: 2,
} as const;

const FIRST = 1;
const SECOND = 2;
const NEGATIVE = 4;
const CLASSES = new Map<string, number>();
for (const w of distressCueLexicon.firstPerson) CLASSES.set(w, FIRST);
for (const w of distressCueLexicon.secondPerson) CLASSES.set(w, SECOND);
for (const w of distressCueLexicon.negative) CLASSES.set(w, (CLASSES.get(w) ?? 0) | NEGATIVE);

/** Token indices of the distinct negative words when the rule fires, else null. */
export function distressCues(tokens: Tokens): number[] | null {
  const { norm } = tokens;
  let first = 0;
  let second = 0;
  let negative: number[] | null = null;
  for (let i = 0; i < norm.length; i++) {
    const bits = CLASSES.get(norm[i]!);
    if (bits === undefined) continue;
    if (bits & FIRST) first++;
    else if (bits & SECOND) second++;
    if (bits & NEGATIVE) {
      negative ??= [];
      let seen = false;
      for (const k of negative) if (norm[k] === norm[i]) seen = true;
      if (!seen) negative.push(i);
    }
  }
  if (!negative || negative.length < DEFAULTS.minNegative) return null;
  if (first < DEFAULTS.minFirstPerson || first < 2 * second) return null;
  return negative;
}
