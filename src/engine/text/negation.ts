import { Boundary, wordAt, type Tokens } from './tokenize.js';
import { allocateBits, FLAGS, registerWords, setWordBits } from './words.js';

/**
 * Negation, hedging and grammatical person, by looking back from a phrase within its clause
 * (NegEx-style trigger windows: Chapman et al. 2001, "A simple algorithm for identifying
 * negated findings and diseases in discharge summaries").
 */
export const DEFAULTS = {
  /** How many tokens before a phrase a negation or hedge may sit. */
  negationWindow: 3,
  /** How far back the subject of a phrase is looked for. */
  subjectWindow: 8,
} as const;

// Module-local copies of constants read in loops: an imported binding costs a load and a
// check each time it is read.
const NONE = Boundary.none;

const NEGATORS = new Set([
  'not',
  'never',
  'no',
  "don't",
  'dont',
  "doesn't",
  'doesnt',
  "didn't",
  'didnt',
  "won't",
  'wont',
  "wouldn't",
  'wouldnt',
  "isn't",
  'isnt',
  "aren't",
  'arent',
  "wasn't",
  'wasnt',
  "weren't",
  'werent',
  "ain't",
  'aint',
  'nor',
  'neither',
  'hardly',
  "haven't",
  'havent',
  "hasn't",
  'hasnt',
  "shouldn't",
  'shouldnt',
]);

/** "can't stop wanting to die" and "not that I'd ever…" are not denials of what follows. */
const NOT_A_DENIAL_AFTER = new Set([
  'stop',
  'help',
  'shake',
  'escape',
  'deny',
  'lie',
  'only',
  'just',
  'sure',
  'know',
]);

/**
 * NegEx pseudo-negations: "trying not to hurt myself", "need to not kill myself", "a reason
 * not to end it", "regret not doing it" all keep the act in view rather than deny it.
 */
const NOT_A_DENIAL_BEFORE = new Set([
  'to',
  'try',
  'trying',
  'tried',
  'fight',
  'fighting',
  'struggle',
  'struggling',
  'hard',
  'reason',
  'reasons',
  'regret',
  'regretting',
  'promised',
  'how',
]);

/** Words that end a negation's or hedge's scope (NegEx's termination terms). */
const SCOPE_STOPS = new Set([
  'but',
  'and',
  'so',
  'because',
  'cause',
  'cuz',
  'though',
  'although',
  'yet',
  'or',
  'if',
  'when',
  'why',
  'how',
  'since',
  'until',
  'unless',
  'while',
  'whether',
  'except',
]);

/**
 * Words that put a denied act off rather than deny it when they follow it in its clause: "I
 * didn't kill myself tonight", "I haven't ended my life yet" still hold the act in view.
 */
const DEFERRALS = new Set(['yet', 'today', 'tonight']);
/** The words of a wish, which a deferral does not turn into an act put off. */
const DESIRES = new Set(['want', 'wants', 'wanna', 'wish', 'need', 'needs']);

const HEDGES = new Set([
  'maybe',
  'might',
  'perhaps',
  'possibly',
  'probably',
  'guess',
  'unsure',
  'wonder',
  'wondering',
  'if',
  'whether',
  'could',
]);

export type Subject = 'first' | 'second' | 'third' | 'generic' | 'unknown';

/** "I" as the subject of a clause (not "me", "my", "myself"). */
const SUBJECT_I = new Set(['i', "i'm", 'im', "i've", 'ive', "i'd", "i'll"]);
/** Verbs that carry a negation into the clause after them: "I don't think I'll do it". */
const NEG_RAISING = new Set(['think', 'believe', 'expect', 'suppose', 'reckon', 'imagine']);
/**
 * Two words that deny the clause they open, by the word just before it: "no way I'm going to",
 * "no chance I'd", "not that (or not like) I want to", and the inversions "never did I", "not once
 * have I".
 */
const CLAUSE_DENIALS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['way', new Set(['no'])],
  ['chance', new Set(['no'])],
  ['that', new Set(['not'])],
  ['like', new Set(['not'])],
  ['did', new Set(['never', 'once'])],
  ['have', new Set(['never', 'once'])],
  ['would', new Set(['never', 'once'])],
]);

const PERSONS = new Map<string, Subject>();
for (const w of [
  'i',
  "i'm",
  'im',
  "i've",
  'ive',
  "i'd",
  "i'll",
  'me',
  'my',
  'myself',
  'mine',
  'we',
  "we're",
  'us',
  'our',
])
  PERSONS.set(w, 'first');
for (const w of [
  'you',
  "you're",
  'youre',
  'u',
  'ur',
  'your',
  'yourself',
  "you've",
  "you'd",
  "you'll",
  'yall',
  "y'all",
  'ya',
])
  PERSONS.set(w, 'second');
for (const w of [
  'he',
  'she',
  'they',
  "he's",
  "she's",
  "they're",
  'theyre',
  'him',
  'her',
  'them',
  'his',
  'hers',
  'their',
  'himself',
  'herself',
  'themselves',
  "he'd",
  "she'd",
  "they'd",
  "he'll",
  "she'll",
  'friend',
  'friends',
  "friend's",
  'bf',
  'gf',
  'boyfriend',
  'girlfriend',
  'brother',
  'sister',
  'mom',
  'mum',
  'dad',
  'mother',
  'father',
  'son',
  'daughter',
  'husband',
  'wife',
  'partner',
  'cousin',
  'roommate',
  'aunt',
  'uncle',
  'grandma',
  'grandpa',
  'kid',
  'child',
  'classmate',
  'coworker',
  'colleague',
  'bestie',
  'bff',
  'teen',
  'student',
  'patient',
  'client',
  'sibling',
])
  PERSONS.set(w, 'third');
for (const w of [
  'someone',
  'somebody',
  'anyone',
  'anybody',
  'people',
  'everyone',
  'everybody',
  'person',
  'those',
  'others',
  'whoever',
  'folks',
  'nobody',
  'many',
  'one',
  'teens',
  'kids',
  'men',
  'women',
])
  PERSONS.set(w, 'generic');

// The word lists above as flag bits (see `words.ts`): negation and hedging are looked up for
// every phrase matched, and a bit of an array read is cheaper than a set of strings.
const NEGATOR = 1 << allocateBits(7);
const SCOPE_STOP = NEGATOR << 1;
const NOT_DENIAL_AFTER = NEGATOR << 2;
const NOT_DENIAL_BEFORE = NEGATOR << 3;
const HEDGE = NEGATOR << 4;
const DEFERRAL = NEGATOR << 5;
const DESIRE = NEGATOR << 6;
for (const [words, bit] of [
  [NEGATORS, NEGATOR],
  [SCOPE_STOPS, SCOPE_STOP],
  [NOT_A_DENIAL_AFTER, NOT_DENIAL_AFTER],
  [NOT_A_DENIAL_BEFORE, NOT_DENIAL_BEFORE],
  [HEDGES, HEDGE],
  [DEFERRALS, DEFERRAL],
  [DESIRES, DESIRE],
] as const) {
  for (const word of words) setWordBits(word, bit);
}

/** The flag bits of token `i`'s word, or 0 for an `i` out of range. */
function flagsAt(tokens: Tokens, flags: Int32Array, i: number): number {
  return i >= 0 && i < tokens.count ? flags[tokens.word[i]!]! : 0;
}

/**
 * Whether a negation governs the phrase that starts at token `from`. Only tokens from `floor` on
 * are searched: a negation inside an earlier phrase belongs to that phrase ("I hope I don't wake
 * up tonight": the "don't" is the wish's own, not a denial of "tonight").
 */
export function isNegated(tokens: Tokens, from: number, floor = 0): boolean {
  const { boundary } = tokens;
  const flags = FLAGS;
  // a phrase that opens with its own subject ("I want to die") is a clause of its own: a
  // negation before it belongs to another ("no one knows I want to die"), unless a verb such
  // as "think" carries it over ("I don't think I'll do it")
  if (SUBJECT_I.has(wordAt(tokens, from))) {
    const before = wordAt(tokens, from - 1);
    const denial = CLAUSE_DENIALS.get(before);
    const joined = boundary[from] === NONE && boundary[from - 1] === NONE;
    if (denial && joined && denial.has(wordAt(tokens, from - 2))) return true;
    if (!NEG_RAISING.has(before)) return false;
  }
  for (let j = from - 1, k = 0; j >= floor && k < DEFAULTS.negationWindow; j--, k++) {
    if (boundary[j + 1] !== NONE) return false;
    const bits = flagsAt(tokens, flags, j);
    if (bits & SCOPE_STOP) return false;
    if (bits & NEGATOR)
      return (
        (flagsAt(tokens, flags, j + 1) & NOT_DENIAL_AFTER) === 0 &&
        (flagsAt(tokens, flags, j - 1) & NOT_DENIAL_BEFORE) === 0 &&
        !isDeniedMemory(tokens, j)
      );
  }
  return false;
}

const REMEMBER = 'remember';
const UNABLE = new Set(["can't", 'cant', 'cannot', "couldn't", 'couldnt']);

/**
 * Whether the negation at token `j` sits in a memory that is itself denied: "I can't remember a
 * time when I didn't want to die" says the wish has always been there. Looks back in the
 * sentence, a few words, for "remember" with a negation just before it.
 */
function isDeniedMemory(tokens: Tokens, j: number): boolean {
  const { sentence } = tokens;
  for (let r = j - 1, k = 0; r > 0 && k < 6; r--, k++) {
    if (sentence[r] !== sentence[j]) return false;
    if (wordAt(tokens, r) !== REMEMBER) continue;
    return (flagsAt(tokens, FLAGS, r - 1) & NEGATOR) !== 0 || UNABLE.has(wordAt(tokens, r - 1));
  }
  return false;
}

/**
 * Whether the act named by the phrase at tokens [from, to) is put off, not denied, by the word
 * after it or the one after that in its clause: "I didn't kill myself tonight", "I haven't ended
 * my life just yet" still hold the act in view, and so does a state denied for one day only
 * ("I'm not suicidal today"). A wish is not an act: "I don't want to die yet" is the wish to
 * live on.
 */
export function isDeferred(tokens: Tokens, from: number, to: number): boolean {
  const flags = FLAGS;
  if (flagsAt(tokens, flags, from) & DESIRE) return false;
  const { boundary } = tokens;
  for (let j = to; j < to + 2 && j < tokens.count; j++) {
    if (boundary[j] !== NONE) return false;
    if (flagsAt(tokens, flags, j) & DEFERRAL) return true;
  }
  return false;
}

/** Whether a hedge ("maybe", "I guess") softens the phrase at token `from`. */
export function isHedged(tokens: Tokens, from: number): boolean {
  const { boundary } = tokens;
  const flags = FLAGS;
  for (let j = from - 1, k = 0; j >= 0 && k < DEFAULTS.negationWindow; j--, k++) {
    if (boundary[j + 1] !== NONE) return false;
    if (flagsAt(tokens, flags, j) & HEDGE) return true;
  }
  return false;
}

const POSSESSIVES = new Set(['my', 'mine', 'our', 'your', 'his', 'her', 'their']);

/**
 * The grammatical person of the clause subject nearest before token `from`. With `strict`,
 * possessives do not count ("my phone is dying" has no first-person subject).
 */
export function subjectOf(tokens: Tokens, from: number, strict = false): Subject {
  const { boundary } = tokens;
  for (let j = from - 1, k = 0; j >= 0 && k < DEFAULTS.subjectWindow; j--, k++) {
    if (boundary[j + 1] !== NONE) return 'unknown';
    const w = wordAt(tokens, j);
    if (strict && POSSESSIVES.has(w)) continue;
    const person = PERSONS.get(w);
    // "I have so many voices…": a quantifier of what one has or hears is no subject
    if (person === 'generic' && QUANTIFIERS.has(w) && isHeld(tokens, j)) continue;
    // "does anyone else feel…" is the writer asking whether others share their experience
    if (person === 'generic' && wordAt(tokens, j + 1) === ELSE && boundary[j + 1] === NONE)
      return 'first';
    if (person === 'third' && isHypothetical(tokens, j)) return 'generic';
    if (person) return person;
  }
  return 'unknown';
}

const ELSE = 'else';
/** Generic words that are also quantifiers ("so many voices", "one thought"). */
const QUANTIFIERS = new Set(['many', 'one']);
/** Verbs of having or hearing, and "there are", before a quantifier: it counts their object. */
const HOLDERS = new Set([
  'have',
  'has',
  'had',
  'got',
  'get',
  'with',
  'hear',
  'hearing',
  'heard',
  'are',
  'were',
  'is',
]);

/** Whether the quantifier at token `j` (after an optional "so" or "too") follows a holder. */
function isHeld(tokens: Tokens, j: number): boolean {
  const { boundary } = tokens;
  let r = j - 1;
  const before = r >= 0 && boundary[r + 1] === NONE ? wordAt(tokens, r) : '';
  if (before === 'so' || before === 'too') r--;
  return r >= 0 && boundary[r + 1] === NONE && HOLDERS.has(wordAt(tokens, r));
}
/** Words that open a condition ("if someone says…"). */
const CONDITIONS = new Set(['if', 'when', 'whenever']);
/** Words after a condition that make its subject anyone at all ("someone", "a friend"). */
const INDEFINITE = new Set(['someone', 'somebody', 'anyone', 'anybody', 'a', 'an', 'your', 'any']);

/**
 * Whether the clause holding token `at` opens with a condition about anyone at all ("if
 * someone says they want to die, …", "when a friend tells you…"): advice about a case, not a
 * person the writer knows.
 */
export function isHypothetical(tokens: Tokens, at: number): boolean {
  const { boundary } = tokens;
  for (let j = at; j > 0 && boundary[j] === NONE; j--) {
    if (CONDITIONS.has(wordAt(tokens, j - 1)) && INDEFINITE.has(wordAt(tokens, j))) return true;
  }
  return false;
}

const PAST_AUX = new Set([
  'was',
  'were',
  'felt',
  'had',
  'used',
  'tried',
  'attempted',
  'became',
  'got',
]);

/** Past-tense verbs that can open a crisis phrase ("wanted to die", "thought about suicide"). */
const PAST_LEAD = new Set([
  'wanted',
  'wished',
  'thought',
  'hoped',
  'prayed',
  'considered',
  'contemplated',
  'planned',
  'felt',
]);

/** The words between a past-tense lead and the phrase it governs ("wanted to", "thought about"). */
const PAST_LINK = new Set(['to', 'about', 'of']);

/**
 * Whether the phrase at `from` is in the past: it opens with a past-tense verb ("wanted to
 * die"), the word just before it puts it there ("I was hopeless"), or such a verb governs it
 * ("I wanted to hang myself", "I thought about cutting myself").
 */
export function isPastFramed(tokens: Tokens, from: number): boolean {
  if (PAST_LEAD.has(wordAt(tokens, from))) return true;
  const { boundary } = tokens;
  for (let j = from - 1, k = 0; j >= 0 && k < 2; j--, k++) {
    if (boundary[j + 1] !== NONE) return false;
    const word = wordAt(tokens, j);
    if (PAST_AUX.has(word)) return true;
    if (k === 1 && PAST_LEAD.has(word) && PAST_LINK.has(wordAt(tokens, j + 1))) return true;
  }
  return false;
}

/**
 * Whether the sentence holding token `from` has a first-person word before it, across clause
 * breaks ("I feel it too, a burden to everyone"): the writer is speaking of themselves.
 */
export function isFirstPersonSentence(tokens: Tokens, from: number): boolean {
  const { sentence } = tokens;
  const s = sentence[from];
  for (let j = from - 1; j >= 0 && sentence[j] === s; j--) {
    if (PERSONS.get(wordAt(tokens, j)) === 'first') return true;
  }
  return false;
}

/** Whether a first-person word ("I", "my", "myself") is among tokens [from, to). */
export function hasFirstPersonWord(tokens: Tokens, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (PERSONS.get(wordAt(tokens, j)) === 'first') return true;
  return false;
}

/** Verbs (and `myself`) that put the writer's own thought into quotation marks. */
const THOUGHT = new Set(['think', 'thinking', 'thought', 'myself', 'wonder', 'wondering']);

/**
 * Whether the quotation holding token `from` is the writer's own thought ("I keep thinking
 * 'I'm going to end it tonight'", "I tell myself "…""): a thought verb just before the opening
 * mark, with a first-person word before that, in the same sentence. Such a quotation is the
 * writer speaking, not someone quoted.
 */
export function isOwnThought(tokens: Tokens, from: number): boolean {
  const { quoted, sentence } = tokens;
  const s = sentence[from];
  let j = from;
  while (j > 0 && quoted[j - 1] && sentence[j - 1] === s) j--;
  for (let v = j - 1; v >= j - 2 && v >= 0 && sentence[v] === s; v--) {
    if (!THOUGHT.has(wordAt(tokens, v))) continue;
    for (let k = v - 1; k >= v - 3 && k >= 0 && sentence[k] === s; k--) {
      if (PERSONS.get(wordAt(tokens, k)) === 'first') return true;
    }
  }
  return false;
}

// every word looked up above by its text is in the dictionary, so `wordAt` gives it (see
// `words.ts`)
for (const words of [
  PERSONS.keys(),
  POSSESSIVES,
  PAST_AUX,
  PAST_LEAD,
  THOUGHT,
  NEG_RAISING,
  CLAUSE_DENIALS.keys(),
  ...CLAUSE_DENIALS.values(),
  [ELSE, REMEMBER],
  UNABLE,
])
  registerWords(words);
