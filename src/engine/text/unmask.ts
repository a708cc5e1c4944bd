import { allocateBits, FLAGS, setWordBits, UNKNOWN, WORDS } from './words.js';

/**
 * Crisis words spelled to get past a filter. Platforms hide or down-rank posts that name
 * suicide or self-harm, so people write those words with look-alike digits and symbols
 * (`k1ll mys3lf`, `su!cide`, `$uicide`) or with a letter masked (`s*icide`, `k*ll`); the
 * crisis lexicon must still read them. Only the crisis lexicon's own words are recovered this
 * way, and only when exactly one of them fits the spelling: an ordinary token with digits in it
 * (`10pm`, `mp3`, `b12`) fits none and stays what it is.
 */

/** Flag bit of the words a disguised spelling may stand for (the crisis lexicon's words). */
const DISGUISABLE = 1 << allocateBits(1);

/**
 * Look-alikes of a letter, as they are used in place of it (leetspeak): a digit or a symbol →
 * the letters it may stand for. `*` stands for any one letter.
 */
const LOOKALIKES: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'il',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '!': 'il',
};
const ANY_LETTER = 42; // *

/** The longest spelling read as a disguised word: longer than any word of the crisis lexicon. */
export const MAX_DISGUISED = 32;

// the disguisable words by length, gathered on first use (after the lexicons are compiled)
let byLength: number[][] | null = null;

/** Marks the words of crisis patterns (`want to (die|be dead)`) as words a disguise may hide. */
export function markDisguisable(pattern: string): void {
  for (const word of pattern.match(/[a-z]+/g) ?? []) {
    if (word.length >= 2 && word.length <= MAX_DISGUISED) setWordBits(word, DISGUISABLE);
  }
  byLength = null; // gathered again on next use
}

function disguisableByLength(): number[][] {
  if (byLength) return byLength;
  const lists: number[][] = [];
  for (let id = 1; id < WORDS.length; id++) {
    if ((FLAGS[id]! & DISGUISABLE) === 0) continue;
    (lists[WORDS[id]!.length] ??= []).push(id);
  }
  return (byLength = lists);
}

/** Whether the code unit may stand inside a disguised word (a letter, a digit or a look-alike). */
export function isDisguiseCode(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 48 && c <= 57) ||
    c === 33 ||
    c === 36 ||
    c === 42 ||
    c === 64
  );
}

/** Whether the spelled character `c` (lower case) may stand for letter `letter`. */
function fits(c: string, letter: string): boolean {
  if (c === letter) return true;
  if (c.charCodeAt(0) === ANY_LETTER) return true;
  const stands = LOOKALIKES[c];
  return stands !== undefined && stands.includes(letter);
}

/**
 * The id of the one crisis word that `text[start, end)` spells with look-alikes, or `UNKNOWN`.
 * The span must hold at least one ASCII letter and at least one look-alike; the caller passes
 * spans of `isDisguiseCode` characters.
 */
export function disguisedWord(text: string, start: number, end: number): number {
  const length = end - start;
  if (length < 2 || length > MAX_DISGUISED) return UNKNOWN;
  const spelled = text.slice(start, end).toLowerCase();
  let letters = 0;
  let lookalikes = 0;
  for (let k = 0; k < length; k++) {
    const c = spelled.charCodeAt(k);
    if (c >= 97 && c <= 122) letters++;
    else if (c === ANY_LETTER || LOOKALIKES[spelled[k]!] !== undefined) lookalikes++;
    else return UNKNOWN; // a digit with no letter shape (2, 6, 8, 9)
  }
  if (letters === 0 || lookalikes === 0) return UNKNOWN;
  let found = UNKNOWN;
  for (const id of disguisableByLength()[length] ?? []) {
    const word = WORDS[id]!;
    let k = 0;
    while (k < length && fits(spelled[k]!, word[k]!)) k++;
    if (k < length) continue;
    if (found !== UNKNOWN) return UNKNOWN; // two words fit: no reading is safe
    found = id;
  }
  return found;
}
