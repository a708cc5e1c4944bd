import { parsePattern, type PatternAlternatives, type PatternSlot } from './lexicon.js';
import { Boundary, type Tokens } from './tokenize.js';
import { allocateBits, FLAGS, intern, setWordBits, UNKNOWN, wordId, WORDS } from './words.js';

/**
 * A token trie over every lexicon at once: one lookup per token for the common case of a
 * word that starts no phrase, whatever the number of phrases. Payloads carry a `family`; within
 * a family, matching is leftmost-longest and a match overlapping an earlier one is dropped unless
 * it is longer and runs on past it (then it takes the earlier one's place), while
 * matches of different families may overlap (a false friend must see the crisis phrase it
 * cancels). Patterns are inserted straight from their parse, never expanded into lists of
 * sequences first, and only when a text first has a word one of their phrases starts with: a
 * run on a few texts compiles a few patterns, and a long one the lot, in the same shape.
 */
export interface Match<T> {
  /** First token index. */
  readonly from: number;
  /** One past the last token index. */
  readonly to: number;
  readonly payload: T;
  /** The lexicon words of the phrase that matched (`want to die`). */
  readonly phrase: string;
  /** The trie node the phrase ends at, and the payload's index there. */
  readonly node: number;
  readonly index: number;
}

/**
 * Nodes are integers (0 is the root); an edge is a (node, word id) key in one open-addressing
 * table, so a step costs one hash probe and the trie holds no object per node but its payloads.
 */
export interface PhraseTrie<T> {
  /** Edge table, three ints a slot: parent node, word id, child node + 1 (0: an empty slot). */
  edges: Int32Array;
  /** Slots − 1 (a power of two − 1). */
  edgeMask: number;
  edgeCount: number;
  /** The root's children by word id, + 1 (0: none): the first step of a match, unhashed. */
  rootChild: Int32Array;
  nodes: number;
  /** Per node: its parent and the word id of the edge into it. */
  parent: Int32Array;
  via: Int32Array;
  /**
   * Per node, three ints: `HAS_CHILDREN` and `TERMINAL` bits, then a 64-bit filter of its
   * children's word ids (bit `id & 63`), so that most steps to no child read no edge slot.
   */
  info: Int32Array;
  /**
   * The payloads ending at each node, as a list of entries in the order they were added:
   * `firstEntry`/`lastEntry` per node (−1: none), then `entryNext` and `entryPayload` (an
   * index into `payloadList`) per entry. No object per node or per entry.
   */
  firstEntry: Int32Array;
  lastEntry: Int32Array;
  entryNext: Int32Array;
  entryPayload: Int32Array;
  entries: number;
  /** Distinct payloads, and each one's index there. */
  readonly payloadList: T[];
  readonly payloadIndex: Map<T, number>;
  /** The phrase (its words) of the terminals asked for so far. */
  readonly phrases: Map<number, string>;
  /** Patterns added, in order, word ids in place of words. */
  readonly patterns: { readonly sequences: IdSequence[]; readonly payload: T }[];
  /** By word id: the patterns (indices, ascending) with a phrase starting so not inserted yet. */
  readonly pending: (number[] | undefined)[];
  /** The id of `NUMBER_SLOT`, once a pattern has it (else `UNKNOWN`). */
  numberSlot: number;
  /** (Node, payload) pairs inserted so far. */
  size: number;
}

/** A parsed pattern slot with the ids of its words (see `PatternSlot`). */
interface IdSlot {
  readonly optional: boolean;
  /** A word slot: the ids of the token forms it matches; else null. */
  readonly ids: readonly number[] | null;
  /** A choice: its alternatives; else null. */
  readonly choice: readonly IdSequence[] | null;
}
type IdSequence = readonly IdSlot[];

const HAS_CHILDREN = 1;
const TERMINAL = 2;
// a module-local copy: an imported binding costs a load and a check each time it is read
const BOUNDARY_NONE = Boundary.none;

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

/** The flag bit of the intensifiers (see `words.ts`). */
const FILLER = 1 << allocateBits(1);
for (const word of FILLERS) setWordBits(word, FILLER);

/** An empty trie; `nodes` is only a first size (it grows). */
export function buildPhraseTrie<T>(nodes = 1 << 10): PhraseTrie<T> {
  const slots = 1 << Math.ceil(Math.log2(nodes * 2));
  return {
    edges: new Int32Array(3 * slots),
    edgeMask: slots - 1,
    edgeCount: 0,
    rootChild: new Int32Array(1024),
    nodes: 1,
    parent: new Int32Array(nodes).fill(-1, 0, 1),
    via: new Int32Array(nodes),
    info: new Int32Array(3 * nodes),
    firstEntry: new Int32Array(nodes).fill(-1),
    lastEntry: new Int32Array(nodes).fill(-1),
    entryNext: new Int32Array(nodes),
    entryPayload: new Int32Array(nodes),
    entries: 0,
    payloadList: [],
    payloadIndex: new Map(),
    phrases: new Map(),
    patterns: [],
    pending: [],
    numberSlot: UNKNOWN,
    size: 0,
  };
}

function edgeSlot(node: number, word: number, mask: number): number {
  const h = Math.imul(node, 0x9e3779b1) ^ Math.imul(word, 0x85ebca77);
  return (h ^ (h >>> 16)) & mask;
}

/** The child of `node` along `word`, or −1. `UNKNOWN` (no token's word) leads nowhere. */
export function childOf<T>(trie: PhraseTrie<T>, node: number, word: number): number {
  return word === UNKNOWN ? -1 : findEdge(trie.edges, trie.edgeMask, node, word);
}

/** Whether `node` may have a child along `word` (false for `UNKNOWN`, which leads nowhere). */
function mayHaveChild(info: Int32Array, node: number, word: number): boolean {
  return word !== UNKNOWN && ((info[3 * node + 1 + ((word >> 5) & 1)]! >>> (word & 31)) & 1) !== 0;
}

function findEdge(edges: Int32Array, mask: number, node: number, word: number): number {
  for (let slot = edgeSlot(node, word, mask); ; slot = (slot + 1) & mask) {
    const at = slot * 3;
    const child = edges[at + 2]!;
    if (child === 0) return -1;
    if (edges[at] === node && edges[at + 1] === word) return child - 1;
  }
}

function placeEdge(
  edges: Int32Array,
  mask: number,
  parent: number,
  word: number,
  child: number,
): void {
  let slot = edgeSlot(parent, word, mask);
  while (edges[slot * 3 + 2] !== 0) slot = (slot + 1) & mask;
  edges[slot * 3] = parent;
  edges[slot * 3 + 1] = word;
  edges[slot * 3 + 2] = child + 1;
}

function grown<A extends Int32Array | Uint8Array>(array: A, size: number, fill = 0): A {
  const out = new (array.constructor as new (n: number) => A)(size);
  out.set(array);
  if (fill !== 0) out.fill(fill, array.length);
  return out;
}

/** The payloads ending at `node`, in the order they were added. */
export function payloadsAt<T>(trie: PhraseTrie<T>, node: number): T[] {
  const out: T[] = [];
  for (let e = trie.firstEntry[node]!; e >= 0; e = trie.entryNext[e]!) {
    out.push(trie.payloadList[trie.entryPayload[e]!]!);
  }
  return out;
}

/** The child of `at` along word `id`, created if needed. */
function child<T>(trie: PhraseTrie<T>, at: number, id: number): number {
  // an empty word is `UNKNOWN`: its node is kept but, as no token is empty, never reached
  const found = findEdge(trie.edges, trie.edgeMask, at, id);
  if (found >= 0) return found;
  const node = trie.nodes++;
  if (node === trie.parent.length) {
    trie.parent = grown(trie.parent, node * 2);
    trie.via = grown(trie.via, node * 2);
    trie.info = grown(trie.info, 3 * node * 2);
    trie.firstEntry = grown(trie.firstEntry, node * 2, -1);
    trie.lastEntry = grown(trie.lastEntry, node * 2, -1);
  }
  trie.parent[node] = at;
  trie.via[node] = id;
  trie.info[3 * at]! |= HAS_CHILDREN;
  trie.info[3 * at + 1 + ((id >> 5) & 1)]! |= 1 << (id & 31);
  if (at === 0 && id !== UNKNOWN) {
    if (id >= trie.rootChild.length) trie.rootChild = grown(trie.rootChild, (id + 1) * 2);
    trie.rootChild[id] = node + 1;
  }
  if (++trie.edgeCount * 2 > trie.edgeMask + 1) {
    const old = trie.edges;
    trie.edges = new Int32Array(old.length * 2);
    trie.edgeMask = trie.edgeMask * 2 + 1;
    for (let k = 0; k < old.length; k += 3) {
      if (old[k + 2] !== 0) {
        placeEdge(trie.edges, trie.edgeMask, old[k]!, old[k + 1]!, old[k + 2]! - 1);
      }
    }
  }
  placeEdge(trie.edges, trie.edgeMask, at, id, node);
  return node;
}

function end<T>(trie: PhraseTrie<T>, at: number, payload: T): void {
  if (at === 0) return; // an empty sequence (every slot optional) matches nothing
  let index = trie.payloadIndex.get(payload);
  if (index === undefined) {
    index = trie.payloadList.push(payload) - 1;
    trie.payloadIndex.set(payload, index);
  }
  // the same sequence reached twice through a pattern's alternatives counts once
  for (let e = trie.firstEntry[at]!; e >= 0; e = trie.entryNext[e]!) {
    if (trie.entryPayload[e] === index) return;
  }
  const entry = trie.entries++;
  if (entry === trie.entryNext.length) {
    trie.entryNext = grown(trie.entryNext, entry * 2);
    trie.entryPayload = grown(trie.entryPayload, entry * 2);
  }
  trie.entryNext[entry] = -1;
  trie.entryPayload[entry] = index;
  const last = trie.lastEntry[at]!;
  if (last < 0) trie.firstEntry[at] = entry;
  else trie.entryNext[last] = entry;
  trie.lastEntry[at] = entry;
  trie.info[3 * at]! |= TERMINAL;
  trie.size++;
}

/** The phrase ending at `node`: the words on the path to it. */
export function phraseOf<T>(trie: PhraseTrie<T>, node: number): string {
  let phrase = trie.phrases.get(node);
  if (phrase !== undefined) return phrase;
  const parent = trie.parent[node]!;
  const word = WORDS[trie.via[node]!]!;
  phrase = parent === 0 ? word : `${phraseOf(trie, parent)} ${word}`;
  trie.phrases.set(node, phrase);
  return phrase;
}

// Nodes already in the frontier being built (by stamp), so each is kept once.
let seenStamp = 0;
let seenAt = new Int32Array(1024);

function keepOnce(nodes: number[]): number[] {
  const stamp = ++seenStamp;
  let kept = 0;
  for (const node of nodes) {
    if (node >= seenAt.length) seenAt = grown(seenAt, node * 2);
    if (seenAt[node] === stamp) continue;
    seenAt[node] = stamp;
    nodes[kept++] = node;
  }
  nodes.length = kept;
  return nodes;
}

/**
 * The nodes reached from each of `from` by the token sequences `sequence` matches whose first
 * word is `first`, created as needed: the pattern is walked slot by slot over the set of nodes
 * reached so far, so a prefix shared by several of its sequences is walked once.
 */
function insertSequence<T>(
  trie: PhraseTrie<T>,
  sequence: IdSequence,
  from: readonly number[],
  first: number,
): number[] {
  let at = from as number[];
  for (const slot of sequence) {
    const next: number[] = slot.optional ? at.slice() : [];
    if (slot.ids !== null) {
      for (const node of at) {
        for (const id of slot.ids) if (node !== 0 || id === first) next.push(child(trie, node, id));
      }
    } else {
      for (const alternative of slot.choice!) {
        for (const node of insertSequence(trie, alternative, at, first)) next.push(node);
      }
    }
    at = keepOnce(next);
    if (at.length === 0) break;
  }
  return at;
}

/**
 * Adds the ids of the words the token sequences of `sequence` may start with to `out`;
 * returns whether every slot of it may be skipped.
 */
function firstWords(sequence: IdSequence, out: Set<number>): boolean {
  for (const slot of sequence) {
    let optional = slot.optional;
    if (slot.ids !== null) for (const id of slot.ids) out.add(id);
    else for (const alternative of slot.choice!) if (firstWords(alternative, out)) optional = true;
    if (!optional) return false;
  }
  return true;
}

/** A parsed pattern with word ids (interned: the dictionary must know every word early). */
function withIds(alternatives: PatternAlternatives): IdSequence[] {
  return alternatives.map((sequence) =>
    sequence.map((slot): IdSlot =>
      typeof slot.body === 'string'
        ? { optional: slot.optional, ids: slot.words!.map(intern), choice: null }
        : { optional: slot.optional, ids: null, choice: withIds(slot.body) },
    ),
  );
}

function addParsed<T>(trie: PhraseTrie<T>, parse: PatternAlternatives, payload: T): void {
  const sequences = withIds(parse);
  trie.numberSlot = wordId(NUMBER_SLOT);
  const index = trie.patterns.push({ sequences, payload }) - 1;
  const firsts = new Set<number>();
  for (const sequence of sequences) firstWords(sequence, firsts);
  for (const id of firsts) {
    while (trie.pending.length <= id) trie.pending.push(undefined);
    (trie.pending[id] ??= []).push(index);
  }
}

/**
 * Adds every token sequence a lexicon pattern matches (see `parsePattern`), with one payload.
 * The sequences go in when a text first has their first word (see `insertPending`).
 */
export function addPattern<T>(trie: PhraseTrie<T>, pattern: string, payload: T): void {
  addParsed(trie, parsePattern(pattern), payload);
}

/** Adds one token sequence; the same payload may end several sequences. */
export function addPhrase<T>(trie: PhraseTrie<T>, words: readonly string[], payload: T): void {
  const slots: PatternSlot[] = words.map((word) => ({
    optional: false,
    body: word,
    words: [word],
  }));
  addParsed(trie, [slots], payload);
}

const ROOT: readonly number[] = [0];

/**
 * Inserts the sequences starting with word `id` of the patterns not inserted yet, in the
 * order the patterns were added: a node's payloads then come in the order an insertion of
 * every pattern at once would give them, for only patterns whose sequences start with that
 * node's first word reach it.
 */
function insertPending<T>(trie: PhraseTrie<T>, id: number): void {
  const indices = trie.pending[id]!;
  trie.pending[id] = undefined;
  for (const index of indices) {
    const { sequences, payload } = trie.patterns[index]!;
    const ends: number[] = [];
    for (const sequence of sequences) {
      for (const node of insertSequence(trie, sequence, ROOT, id)) ends.push(node);
    }
    for (const node of ends) end(trie, node, payload);
  }
}

/** Inserts every pattern still pending (a trie then holds every sequence). */
export function insertAll<T>(trie: PhraseTrie<T>): void {
  for (let id = 0; id < trie.pending.length; id++) if (trie.pending[id]) insertPending(trie, id);
}

// Terminals seen while walking from one start token, reused across calls: the walk itself
// allocates nothing.
const foundNodes: number[] = [];
const foundEnds: number[] = [];
/** Intensifier forks a walk comes back to (see `matchPhrases`). */
const MAX_FORKS = 4;
const forkNodes: number[] = [];
const forkAt: number[] = [];
// end of the last match emitted per family (token index), for containment
const lastEnd: number[] = [];
const lastFrom: number[] = [];

/** Removes the matches of `family` that start at `from` (its last match) from `out`. */
function dropLast<T>(
  out: Match<T>[],
  familyOf: (payload: T) => number,
  family: number,
  from: number,
): void {
  for (let k = out.length - 1; k >= 0 && out[k]!.from >= from; k--) {
    if (out[k]!.from === from && familyOf(out[k]!.payload) === family) out.splice(k, 1);
  }
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
  const { word, boundary, lead } = tokens;
  const n = tokens.count;
  const numberSlot = trie.numberSlot;
  const pending = trie.pending;
  const flags = FLAGS;
  // the trie's arrays, read again after an insertion (which may grow them)
  let rootChild = trie.rootChild;
  let info = trie.info;
  let edges = trie.edges;
  let mask = trie.edgeMask;
  let families = 0; // the families with an entry in lastEnd
  for (let i = 0; i < n; i++) {
    const w = word[i]!;
    if (w === UNKNOWN) continue;
    if (w < pending.length && pending[w] !== undefined) {
      insertPending(trie, w);
      rootChild = trie.rootChild;
      info = trie.info;
      edges = trie.edges;
      mask = trie.edgeMask;
    }
    const start = w < rootChild.length ? rootChild[w]! - 1 : -1;
    if (start < 0) continue;
    let node = start;
    let found = 0;
    let j = i;
    // An intensifier that is also a word of some phrase here ("just" of "just barely") is
    // walked into, and stepped over too: the walk comes back to each such fork (a few at most)
    // so that "I'm just giving up" still reaches "i'm giving up".
    let forks = 0;
    let resumed = false;
    for (;;) {
      if (!resumed && (info[3 * node]! & TERMINAL) !== 0) {
        foundNodes[found] = node;
        foundEnds[found++] = j + 1;
      }
      resumed = false;
      j++;
      let step = -1;
      if (j < n && (info[3 * node]! & HAS_CHILDREN) !== 0 && boundary[j] === BOUNDARY_NONE) {
        let next = word[j]!;
        step = mayHaveChild(info, node, next) ? findEdge(edges, mask, node, next) : -1;
        if (
          step >= 0 &&
          (flags[next]! & FILLER) !== 0 &&
          forks < MAX_FORKS &&
          j + 1 < n &&
          boundary[j + 1] === BOUNDARY_NONE
        ) {
          forkNodes[forks] = node;
          forkAt[forks++] = j;
        }
        // an intensifier inside a phrase is stepped over
        while (step < 0 && (flags[next]! & FILLER) !== 0) {
          if (j + 1 >= n || boundary[j + 1] !== BOUNDARY_NONE) break;
          j++;
          next = word[j]!;
          step = mayHaveChild(info, node, next) ? findEdge(edges, mask, node, next) : -1;
        }
        if (step < 0 && lead[j]! >= 48 && lead[j]! <= 57 && mayHaveChild(info, node, numberSlot)) {
          step = findEdge(edges, mask, node, numberSlot);
        }
      }
      if (step >= 0) {
        node = step;
        continue;
      }
      if (forks === 0) break;
      // back to the last fork: the same node, with its intensifier stepped over
      forks--;
      node = forkNodes[forks]!;
      j = forkAt[forks]!;
      resumed = true;
    }
    if (found === 0) continue;
    // terminals by end, so that the deepest comes last (a fork's may end before the walk's)
    for (let a = 1; a < found; a++) {
      const fn = foundNodes[a]!;
      const fe = foundEnds[a]!;
      let b = a - 1;
      for (; b >= 0 && foundEnds[b]! > fe; b--) {
        foundNodes[b + 1] = foundNodes[b]!;
        foundEnds[b + 1] = foundEnds[b]!;
      }
      foundNodes[b + 1] = fn;
      foundEnds[b + 1] = fe;
    }
    let seen = 0;
    // longest first: a family takes its deepest terminal only
    for (let f = found - 1; f >= 0; f--) {
      const terminal = foundNodes[f]!;
      const to = foundEnds[f]!;
      let taken = 0;
      let k = 0;
      for (let e = trie.firstEntry[terminal]!; e >= 0; e = trie.entryNext[e]!, k++) {
        const payload = trie.payloadList[trie.entryPayload[e]!]!;
        const family = familyOf(payload);
        const bit = 1 << family;
        if (seen & bit) continue;
        if ((families & bit) !== 0 && lastEnd[family]! > i) {
          // overlapping the family's last match: kept only when it is the longer phrase and
          // runs on past it, in its place ("so tired" gives way to "tired of living")
          const lastLength = lastEnd[family]! - lastFrom[family]!;
          if (to <= lastEnd[family]! || to - i <= lastLength) continue;
          if ((taken & bit) === 0) dropLast(out, familyOf, family, lastFrom[family]!);
        }
        taken |= bit;
        out.push({
          from: i,
          to,
          payload,
          phrase: phraseOf(trie, terminal),
          node: terminal,
          index: k,
        });
      }
      for (let family = 0; taken >> family; family++)
        if (taken & (1 << family)) {
          lastEnd[family] = to;
          lastFrom[family] = i;
        }
      families |= taken;
      seen |= taken;
    }
  }
  return out;
}
