import { distressCueLexicon } from './lexicons/en/distress-cues.js';
import type { Tokens } from './tokenize.js';
import { allocateBits, FLAGS, setWordBits } from './words.js';

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

/** The word classes above as flag bits `CLASS_BIT..CLASS_BIT+2` (see `words.ts`). */
const CLASS_BIT = allocateBits(3);
for (const [w, bits] of CLASSES) setWordBits(w, bits << CLASS_BIT);

/**
 * Token indices of the distinct negative words when the rule fires, else null. Words inside the
 * `skip` spans (token ranges of idioms, "so tired I could die") are not counted.
 */
export function distressCues(
  tokens: Tokens,
  skip: readonly { readonly from: number; readonly to: number }[] = [],
): number[] | null {
  const { word } = tokens;
  const flags = FLAGS;
  let first = 0;
  let second = 0;
  let negative: number[] | null = null;
  for (let i = 0; i < tokens.count; i++) {
    const bits = (flags[word[i]!]! >>> CLASS_BIT) & 7;
    if (bits === 0) continue;
    if (skip.length > 0 && skip.some((s) => s.from <= i && i < s.to)) continue;
    if (bits & FIRST) first++;
    else if (bits & SECOND) second++;
    if (bits & NEGATIVE) {
      negative ??= [];
      let seen = false;
      for (const k of negative) if (word[k] === word[i]) seen = true;
      if (!seen) negative.push(i);
    }
  }
  if (!negative || negative.length < DEFAULTS.minNegative) return null;
  if (first < DEFAULTS.minFirstPerson || first < 2 * second) return null;
  return negative;
}
