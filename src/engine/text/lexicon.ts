/**
 * Lexicon types: every classifier is data (these typed, versioned, sourced files under
 * `lexicons/<language>/`) plus a small matcher. A pattern is whole phrases separated by `|`;
 * inside a phrase, `(…|…)` is a nested choice of phrases and a `?` after a word or a group
 * makes it optional: `panic attack|(want|wanna) to (die|be dead)|just? give up`. Words are written lower-case as
 * the tokenizer emits them; a word with an apostrophe also matches without it (`don't`
 * matches `dont`).
 */

/** The topic slugs of SPEC §4 and §9, exactly. */
export const TOPIC_SLUGS = [
  'stigma',
  'awareness',
  'anxiety',
  'depression',
  'bipolar',
  'eating_disorders',
  'ptsd_trauma',
  'psychosis',
  'self_care',
  'therapy',
  'medication',
  'crisis_resources',
  'policy_advocacy',
  'fundraising',
  'peer_support',
] as const;
export type TopicSlug = (typeof TOPIC_SLUGS)[number];

/** A pattern, or a pattern with its weight (default 1). */
export type PhraseSpec = string | readonly [pattern: string, weight: number];

interface LexiconHeader {
  /** Stable id, used as the prefix of every rule id it yields. */
  readonly id: string;
  /** Bumped on every change, so results can say which lexicon produced them. */
  readonly version: string;
  readonly language: string;
  /** Where the vocabulary comes from (guidance, clinical scales, common usage). */
  readonly sources: readonly string[];
  /** Why these phrases, and what was deliberately left out. */
  readonly rationale: string;
}

export interface TopicLexicon extends LexiconHeader {
  readonly topic: TopicSlug;
  /** Condition words are negatable ("I don't have anxiety"); set false for slogans. */
  readonly phrases: readonly PhraseSpec[];
}

/**
 * Crisis phrase categories. `ideation`, `self_harm`, `hopelessness`, `burden`, `trapped` and
 * `distress` (unbearable pain, a cry for help: warning signs on the Lifeline and AFSP lists)
 * make a text `concern`; `intent`, `plan`, `method` and `goodbye` make it `urgent` on their
 * own; `means` and `timeline` make first-person ideation `urgent` (SPEC §4).
 */
export type CrisisCategory =
  | 'ideation'
  | 'self_harm'
  | 'hopelessness'
  | 'burden'
  | 'trapped'
  | 'distress'
  | 'intent'
  | 'plan'
  | 'method'
  | 'goodbye'
  | 'means'
  | 'timeline';

/**
 * Who a phrase is about: `first` (it says so: "kill myself"), `third` ("kill herself"),
 * `open` (the clause's subject decides: "want to die"), `anchored` (an euphemism or a bare
 * word such as "do it" or "suicide": first person only when the clause says "I" and the
 * text speaks of death elsewhere), or `none` for modifiers.
 */
export type Person = 'first' | 'third' | 'open' | 'anchored' | 'none';

export interface CrisisGroup {
  readonly category: CrisisCategory;
  readonly person: Person;
  /** `past`: the phrase is itself in the past tense ("wanted to die", "tried to kill myself"). */
  readonly tense?: 'past';
  /**
   * The number written in digits in the phrase (its `<num>`) must be at least this: "took 30
   * pills" is an overdose where "took 2 pills" is a dose.
   */
  readonly minCount?: number;
  readonly phrases: readonly string[];
}

export interface CrisisLexicon extends LexiconHeader {
  readonly groups: readonly CrisisGroup[];
}

/**
 * Context that changes what a crisis phrase means: a `false_friend` overlapping a crisis phrase
 * cancels it ("dying of laughter"); `help` is someone offering support or a helpline; `recent`
 * keeps a past crisis current ("last night");
 * `recovery` and `distant_past` frame a past crisis; `lyrics`, `news` and `joke` mark quoted
 * songs, reporting and banter; `song_intro` ("now playing:") makes the rest of its sentence a
 * song's title and words; `relatable` ("that feeling when", "it's so hard when") makes the
 * "you" after it in its sentence the writer's own, generic "you".
 */
export type MarkerCategory =
  | 'false_friend'
  | 'help'
  | 'recovery'
  | 'distant_past'
  | 'recent'
  | 'lyrics'
  | 'song_intro'
  | 'news'
  | 'joke'
  | 'relatable';

export interface MarkerLexicon extends LexiconHeader {
  readonly groups: readonly {
    readonly category: MarkerCategory;
    readonly phrases: readonly string[];
  }[];
}

/** Self-promotion rules, each with its weight towards the 0..1 score. */
export interface PromotionLexicon extends LexiconHeader {
  readonly groups: readonly {
    readonly rule: string;
    readonly weight: number;
    readonly phrases: readonly string[];
  }[];
}

/** Splits on `sep` (one code unit) outside parentheses. */
function splitTop(text: string, sep: string): string[] {
  // without parentheses every separator is outside them: the built-in split does the same
  if (text.indexOf('(') < 0 && text.indexOf(')') < 0) return text.split(sep);
  const out: string[] = [];
  const separator = sep.charCodeAt(0);
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 40) depth++;
    else if (c === 41) depth--;
    else if (depth === 0 && c === separator) {
      out.push(text.slice(from, i));
      from = i + 1;
    }
  }
  out.push(text.slice(from));
  return out;
}

/** One slot of a parsed pattern: a word (with its apostrophe-less variant) or a nested choice. */
export interface PatternSlot {
  readonly optional: boolean;
  readonly body: string | PatternAlternatives;
  /** For a word slot: the token forms it matches. */
  readonly words: readonly string[] | null;
}
/** A parsed pattern: alternatives, each a sequence of slots. */
export type PatternAlternatives = readonly (readonly PatternSlot[])[];

function parseAlternatives(text: string, pattern: string): PatternAlternatives {
  const out: PatternSlot[][] = [];
  for (const phrase of splitTop(text, '|')) {
    const sequence: PatternSlot[] = [];
    for (const raw of splitTop(phrase.trim(), ' ')) {
      if (!raw) continue;
      const optional = raw.endsWith('?') && raw.length > 1;
      const slot = optional ? raw.slice(0, -1) : raw;
      if (slot.startsWith('(') && slot.endsWith(')')) {
        sequence.push({
          optional,
          body: parseAlternatives(slot.slice(1, -1), pattern),
          words: null,
        });
      } else {
        if (/[()]/.test(slot)) throw new Error(`bad lexicon pattern: ${pattern}`);
        const words = slot.includes("'") ? [slot, slot.replaceAll("'", '')] : [slot];
        sequence.push({ optional, body: slot, words });
      }
    }
    out.push(sequence);
  }
  return out;
}

/** Parses a pattern (syntax in the module comment) without expanding it. */
export function parsePattern(pattern: string): PatternAlternatives {
  return parseAlternatives(pattern, pattern);
}

/** Every distinct word a pattern uses (for the hashtag dictionary), without expanding it. */
export function patternWords(pattern: string): string[] {
  return pattern.split(/[\s|()?]+/).filter((w) => w.length > 0);
}
