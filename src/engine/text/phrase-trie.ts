import { Boundary, type Tokens } from './tokenize.js';

/**
 * A token trie over every lexicon at once: one hashed lookup per token for the common case of a
 * word that starts no phrase, whatever the number of phrases. Payloads carry a `family`; within
 * a family, matching is leftmost-longest and a match inside an earlier one is dropped, while
 * matches of different families may overlap (a false friend must see the crisis phrase it
 * cancels).
 */
/**
 * Intensifiers and hedging fillers people put inside a phrase; a phrase written without them
 * still matches ("i fucking hate my life", "i literally can't do this anymore").
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
  'genuinely',
  'definitely',
]);

/** The lexicon word that stands for any number written in digits. */
export const NUMBER_SLOT = '<num>';

function isNumber(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 48 && c <= 57;
}

export interface PhraseNode<T> {
  next: Map<string, PhraseNode<T>> | null;
  /** Payloads of the phrases that end here. */
  payloads: T[] | null;
}

export interface Match<T> {
  /** First token index. */
  readonly from: number;
  /** One past the last token index. */
  readonly to: number;
  readonly payload: T;
}

export interface PhraseTrie<T> {
  readonly root: Map<string, PhraseNode<T>>;
  size: number;
}

export function buildPhraseTrie<T>(): PhraseTrie<T> {
  return { root: new Map(), size: 0 };
}

/** Adds one token sequence; the same payload may end several sequences. */
export function addPhrase<T>(trie: PhraseTrie<T>, words: readonly string[], payload: T): void {
  let map = trie.root;
  let node: PhraseNode<T> | undefined;
  for (let k = 0; k < words.length; k++) {
    node = map.get(words[k]!);
    if (!node) {
      node = { next: null, payloads: null };
      map.set(words[k]!, node);
    }
    if (k + 1 < words.length) map = node.next ??= new Map();
  }
  if (!node) return;
  (node.payloads ??= []).push(payload);
  trie.size++;
}

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
  // end of the last match emitted per family (token index), for containment
  const lastEnd: number[] = [];
  for (let i = 0; i < n; i++) {
    let node = trie.root.get(norm[i]!);
    if (!node) continue;
    // deepest terminal per family, found while walking
    let found: { to: number; payloads: T[] }[] | null = null;
    let j = i;
    for (;;) {
      if (node.payloads) (found ??= []).push({ to: j + 1, payloads: node.payloads });
      j++;
      if (j >= n || !node.next || boundary[j] !== Boundary.none) break;
      let child: PhraseNode<T> | undefined = node.next.get(norm[j]!);
      // an intensifier inside a phrase ("i just really want to die") is stepped over
      while (!child && FILLERS.has(norm[j]!) && j + 1 < n && boundary[j + 1] === Boundary.none) {
        j++;
        child = node.next.get(norm[j]!);
      }
      // a number matches the `<num>` slot ("took 40 pills")
      if (!child && isNumber(norm[j]!)) child = node.next.get(NUMBER_SLOT);
      if (!child) break;
      node = child;
    }
    if (!found) continue;
    let seen = 0;
    // longest first: a family takes its deepest terminal only
    for (let f = found.length - 1; f >= 0; f--) {
      const { to, payloads } = found[f]!;
      let taken = 0;
      for (const payload of payloads) {
        const family = familyOf(payload);
        const bit = 1 << family;
        if (seen & bit) continue;
        if ((lastEnd[family] ?? -1) >= to) continue;
        taken |= bit;
        out.push({ from: i, to, payload });
      }
      for (let family = 0; taken >> family; family++)
        if (taken & (1 << family)) lastEnd[family] = to;
      seen |= taken;
    }
  }
  return out;
}
