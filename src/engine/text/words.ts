/**
 * The classifier's dictionary: every word some lexicon or word list looks at, interned once
 * with a small integer id and a word of flag bits, so that the tokenizer finds the id of an
 * ASCII token from its code units as it reads them (no string made for it), and every later
 * check of that token is an array read. A word no lexicon or list uses gets `UNKNOWN` (0),
 * whose text is `''` and whose flags are 0.
 *
 * Modules register the words they test at module evaluation (`registerWords`, `setWordBits`);
 * the English phrase trie, compiled on first use, registers its words through
 * `beforeFirstLookup`. `sealWords` runs those pending registrations and is called before any
 * text is tokenized, so a token's id is never taken from an incomplete dictionary.
 */
export const UNKNOWN = 0;

/** Word text by id; `WORDS[UNKNOWN]` is `''`. */
export const WORDS: string[] = [''];

/** Flag bits by word id (see `allocateBits`); grows with the dictionary. */
export let FLAGS = new Int32Array(1024);

const ids = new Map<string, number>([['', UNKNOWN]]);

// The tokenizer reads an ASCII word (letters, digits, `_` and apostrophes) as the codes of
// `CODE` (1–38, the same for upper and lower case), packed five to an int: `head` holds
// the first five, `next` the five after, so that two words of up to ten code units are the
// same word exactly when their two packs are equal. Longer words also compare the rest of
// their code units.
const ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789_'";
/** The code of an ASCII code unit in a word (0: not a word character; `'` is 38). */
export const CODE = new Uint8Array(128);
for (let k = 0; k < ALPHABET.length; k++) {
  const c = ALPHABET.charCodeAt(k);
  CODE[c] = k + 1;
  if (c >= 97 && c <= 122) CODE[c - 32] = k + 1; // upper case
}
CODE[39] = 0; // an apostrophe is a word character only between two others: the tokenizer decides
/** The code of an apostrophe (`'` or `’`) inside a word. */
export const APOSTROPHE_CODE = ALPHABET.length;
/** Code units packed per int. */
export const PACK = 5;
/** Set in the second pack of a word longer than two packs. */
export const LONG = 1 << 30;

// Open-addressing table over the words of that alphabet, keyed by their two packs: the
// tokenizer's allocation-free lookup. A slot is three ints: id + 1 (0 when empty) and the packs.
// The code units of words longer than two packs are kept in `pool` for the comparison.
let table = new Int32Array(3 << 12);
let mask = table.length / 3 - 1;
let tableCount = 0;
let pool = new Uint8Array(1 << 12);
let poolUsed = 0;
let poolOffset = new Int32Array(1024);

function slotOf(head: number, next: number): number {
  const h = Math.imul(head ^ Math.imul(next, 0x27d4eb2d), 0x165667b1);
  return (h ^ (h >>> 15)) & mask;
}

/** The packs of a word of the alphabet, or null for a word the tokenizer never reads so. */
function packsOf(word: string): [number, number] | null {
  let head = 0;
  let next = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const code = c === 39 ? APOSTROPHE_CODE : c < 128 && (c < 65 || c > 90) ? CODE[c]! : 0;
    if (code === 0) return null;
    if (i < PACK) head = head * 64 + code;
    else if (i < 2 * PACK) next = next * 64 + code;
  }
  return [head, word.length > 2 * PACK ? next | LONG : next];
}

function place(id: number, head: number, next: number): void {
  let slot = slotOf(head, next);
  while (table[slot * 3] !== 0) slot = (slot + 1) & mask;
  table[slot * 3] = id + 1;
  table[slot * 3 + 1] = head;
  table[slot * 3 + 2] = next;
}

function grown(array: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const out = new Int32Array(size);
  out.set(array);
  return out;
}

function addPacked(id: number, head: number, next: number): void {
  const word = WORDS[id]!;
  if (word.length > 2 * PACK) {
    if (poolUsed + word.length > pool.length) {
      const more = new Uint8Array(pool.length * 2 + word.length);
      more.set(pool);
      pool = more;
    }
    if (id >= poolOffset.length) poolOffset = grown(poolOffset, id * 2);
    poolOffset[id] = poolUsed;
    for (let i = 0; i < word.length; i++) pool[poolUsed++] = word.charCodeAt(i);
  }
  // at most a quarter full, so that a miss ends after a probe or two
  if (++tableCount * 4 > mask + 1) {
    const old = table;
    table = new Int32Array(old.length * 2);
    mask = table.length / 3 - 1;
    for (let at = 0; at < old.length; at += 3) {
      if (old[at] !== 0) place(old[at]! - 1, old[at + 1]!, old[at + 2]!);
    }
  }
  place(id, head, next);
}

/** The id of `word`, adding it to the dictionary if needed. */
export function intern(word: string): number {
  let id = ids.get(word);
  if (id !== undefined) return id;
  id = WORDS.length;
  WORDS.push(word);
  ids.set(word, id);
  if (id >= FLAGS.length) {
    const grown = new Int32Array(FLAGS.length * 2);
    grown.set(FLAGS);
    FLAGS = grown;
  }
  const packs = packsOf(word);
  if (packs) addPacked(id, packs[0], packs[1]);
  return id;
}

/** The id of `word`, or `UNKNOWN`. */
export function wordId(word: string): number {
  return ids.get(word) ?? UNKNOWN;
}

/**
 * The id of the word `text[start, end)`, made of ASCII word characters and inner apostrophes
 * (`'` or `’`), whose packs are `head` and `next` (see `CODE`, `LONG`); `UNKNOWN` if no list
 * has it.
 */
export function packedWordId(
  text: string,
  start: number,
  end: number,
  head: number,
  next: number,
): number {
  const slots = table;
  const slotMask = mask;
  for (let slot = slotOf(head, next); ; slot = (slot + 1) & slotMask) {
    const entry = slots[slot * 3]!;
    if (entry === 0) return UNKNOWN;
    if (slots[slot * 3 + 1] === head && slots[slot * 3 + 2] === next) {
      // two packs say all of a word of up to two packs; a longer one compares the rest
      if ((next & LONG) === 0 || sameTail(text, start, end, entry - 1)) return entry - 1;
    }
  }
}

/** Whether the code units of `text[start, end)` after its two packs are those of word `id`. */
function sameTail(text: string, start: number, end: number, id: number): boolean {
  const length = end - start;
  if (WORDS[id]!.length !== length) return false;
  const offset = poolOffset[id]!;
  for (let k = 2 * PACK; k < length; k++) {
    const c = text.charCodeAt(start + k);
    const lower = c >= 65 && c <= 90 ? c + 32 : c === 0x2019 ? 39 : c;
    if (pool[offset + k] !== lower) return false;
  }
  return true;
}

/** Adds every word to the dictionary (words a module compares tokens with). */
export function registerWords(words: Iterable<string>): void {
  for (const word of words) intern(word);
}

let nextBit = 0;

/** Reserves `count` consecutive flag bits; returns the first one's index. */
export function allocateBits(count: number): number {
  const first = nextBit;
  nextBit += count;
  if (nextBit > 31) throw new Error('too many word flag bits');
  return first;
}

/** Sets flag bits on a word (adding it to the dictionary). */
export function setWordBits(word: string, bits: number): void {
  const id = intern(word);
  FLAGS[id]! |= bits;
}

const pending: (() => void)[] = [];
let sealed = false;

/** Runs `register` before the first token lookup (for registrations that are costly to build). */
export function beforeFirstLookup(register: () => void): void {
  if (sealed) register();
  else pending.push(register);
}

/** Completes the dictionary: call before looking up any token. Cheap after the first call. */
export function sealWords(): void {
  if (sealed) return;
  sealed = true;
  for (const register of pending.splice(0)) register();
}
