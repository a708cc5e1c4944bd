import { parsePattern, type PatternAlternatives } from './lexicon.js';
import { Boundary, type Tokens } from './tokenize.js';

/**
 * A token trie over every lexicon at once: one hashed lookup per token for the common case of a
 * word that starts no phrase, whatever the number of phrases. Payloads carry a `family`; within
 * a family, matching is leftmost-longest and a match overlapping an earlier one is dropped, while
 * matches of different families may overlap (a false friend must see the crisis phrase it
 * cancels). Patterns are inserted straight from their parse, never expanded into lists of
 * sequences first, so compiling tens of thousands of phrase variants stays cheap.
 */
export interface PhraseNode<T> {
  next: Map<string, PhraseNode<T>> | null;
  /** Payloads of the phrases that end here, and the phrase (its words) for each. */
  payloads: T[] | null;
  phrases: string[] | null;
}

export interface Match<T> {
  /** First token index. */
  readonly from: number;
  /** One past the last token index. */
  readonly to: number;
  readonly payload: T;
  /** The lexicon words of the phrase that matched (`want to die`). */
  readonly phrase: string;
}

export interface PhraseTrie<T> {
  readonly root: Map<string, PhraseNode<T>>;
  size: number;
}

/** The lexicon word that stands for any number written in digits ("took <num> pills"). */
export const NUMBER_SLOT = '<num>';

/**
 * Intensifiers people put inside a phrase; a phrase written without them still matches
 * ("i fucking hate my life", "i literally can't do this anymore").
 */
const FILLERS: ReadonlySet<string> = new Set([
  'just',
  'really',
  'fucking',
  'fuckin',
  'freaking',
  'frickin',
  'literally',
  'actually',
  'honestly',
  'seriously',
  'truly',
  'genuinely',
  'kinda',
  'totally',
  'completely',
  'absolutely',
  'simply',
  'even',
  'so',
  'very',
  'rly',
  'lowkey',
  'definitely',
]);

function isNumber(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 48 && c <= 57;
}

export function buildPhraseTrie<T>(): PhraseTrie<T> {
  return { root: new Map(), size: 0 };
}

function child<T>(trie: PhraseTrie<T>, at: PhraseNode<T> | null, word: string): PhraseNode<T> {
  const map = at ? (at.next ??= new Map()) : trie.root;
  let node = map.get(word);
  if (!node) map.set(word, (node = { next: null, payloads: null, phrases: null }));
  return node;
}

function end<T>(trie: PhraseTrie<T>, at: PhraseNode<T> | null, phrase: string, payload: T): void {
  if (!at) return; // an empty sequence (every slot optional) matches nothing
  const payloads = (at.payloads ??= []);
  const phrases = (at.phrases ??= []);
  // the same sequence reached twice through a pattern's alternatives counts once
  for (let k = 0; k < payloads.length; k++) if (payloads[k] === payload) return;
  payloads.push(payload);
  phrases.push(phrase);
  trie.size++;
}

type Continue<T> = (at: PhraseNode<T> | null, phrase: string) => void;

function insertAlternatives<T>(
  trie: PhraseTrie<T>,
  alternatives: PatternAlternatives,
  at: PhraseNode<T> | null,
  phrase: string,
  then: Continue<T>,
): void {
  for (const sequence of alternatives) insertSequence(trie, sequence, 0, at, phrase, then);
}

function insertSequence<T>(
  trie: PhraseTrie<T>,
  sequence: PatternAlternatives[number],
  k: number,
  at: PhraseNode<T> | null,
  phrase: string,
  then: Continue<T>,
): void {
  if (k === sequence.length) {
    then(at, phrase);
    return;
  }
  const slot = sequence[k]!;
  if (slot.optional) insertSequence(trie, sequence, k + 1, at, phrase, then);
  if (typeof slot.body === 'string') {
    for (const word of slot.words!) {
      const next = child(trie, at, word);
      insertSequence(trie, sequence, k + 1, next, phrase ? `${phrase} ${word}` : word, then);
    }
  } else {
    insertAlternatives(trie, slot.body, at, phrase, (after, p) =>
      insertSequence(trie, sequence, k + 1, after, p, then),
    );
  }
}

/** Adds every token sequence a lexicon pattern matches (see `parsePattern`), with one payload. */
export function addPattern<T>(trie: PhraseTrie<T>, pattern: string, payload: T): void {
  insertAlternatives(trie, parsePattern(pattern), null, '', (at, phrase) =>
    end(trie, at, phrase, payload),
  );
}

/** Adds one token sequence; the same payload may end several sequences. */
export function addPhrase<T>(trie: PhraseTrie<T>, words: readonly string[], payload: T): void {
  let at: PhraseNode<T> | null = null;
  for (const word of words) at = child(trie, at, word);
  end(trie, at, words.join(' '), payload);
}

// Terminals seen while walking from one start token, reused across calls: the walk itself
// allocates nothing.
const foundNodes: PhraseNode<unknown>[] = [];
const foundEnds: number[] = [];

/**
 * Every match in `tokens`, ordered by start. `familyOf` maps a payload to a small integer
 * (< 32) for the per-family longest-match rule.
 */
export function matchPhrases<T>(
  trie: PhraseTrie<T>,
  tokens: Tokens,
  familyOf: (payload: T) => number,
): Match<T>[] {
  const out: Match<T>[] = [];
  const { norm, boundary } = tokens;
  const n = norm.length;
  const root = trie.root;
  // end of the last match emitted per family (token index), for containment
  let lastEnd: number[] | null = null;
  for (let i = 0; i < n; i++) {
    const start = root.get(norm[i]!);
    if (start === undefined) continue;
    let node: PhraseNode<T> = start;
    let found = 0;
    let j = i;
    for (;;) {
      if (node.payloads !== null) {
        foundNodes[found] = node as PhraseNode<unknown>;
        foundEnds[found++] = j + 1;
      }
      j++;
      const next: Map<string, PhraseNode<T>> | null = node.next;
      if (j >= n || next === null || boundary[j] !== Boundary.none) break;
      let step: PhraseNode<T> | undefined = next.get(norm[j]!);
      // an intensifier inside a phrase is stepped over
      while (step === undefined && FILLERS.has(norm[j]!)) {
        if (j + 1 >= n || boundary[j + 1] !== Boundary.none) break;
        j++;
        step = next.get(norm[j]!);
      }
      if (step === undefined && isNumber(norm[j]!)) step = next.get(NUMBER_SLOT);
      if (step === undefined) break;
      node = step;
    }
    if (found === 0) continue;
    lastEnd ??= [];
    let seen = 0;
    // longest first: a family takes its deepest terminal only
    for (let f = found - 1; f >= 0; f--) {
      const terminal = foundNodes[f] as PhraseNode<T>;
      const to = foundEnds[f]!;
      const payloads = terminal.payloads!;
      let taken = 0;
      for (let k = 0; k < payloads.length; k++) {
        const payload = payloads[k]!;
        const bit = 1 << familyOf(payload);
        if (seen & bit) continue;
        const family = familyOf(payload);
        if ((lastEnd[family] ?? -1) > i) continue;
        taken |= bit;
        out.push({ from: i, to, payload, phrase: terminal.phrases![k]! });
      }
      for (let family = 0; taken >> family; family++)
        if (taken & (1 << family)) lastEnd[family] = to;
      seen |= taken;
    }
  }
  return out;
}
