import {
  type CrisisCategory,
  type MarkerCategory,
  type Person,
  type TopicSlug,
} from './lexicon.js';
import {
  contextMarkerLexicon,
  crisisLexicon,
  selfPromotionLexicon,
  topicLexicons,
} from './lexicons/en/index.js';
import {
  addPattern,
  buildPhraseTrie,
  matchPhrases,
  type Match,
  type PhraseTrie,
} from './phrase-trie.js';
import type { Tokens } from './tokenize.js';
import { markDisguisable } from './unmask.js';
import { beforeFirstLookup } from './words.js';

/**
 * Every English lexicon compiled into one token trie, built once on first use, so a text is
 * matched in a single pass whatever the number of phrases. Rule ids are
 * `<lexicon id>:<the phrase's words>`, which is also what the evidence reports.
 */
export const Family = { topic: 0, crisis: 1, marker: 2, promotion: 3 } as const;

export type Payload =
  | {
      readonly family: 0;
      /** Rule ids are `<lexicon>:<the phrase's words>`; this is the `<lexicon>` part. */
      readonly lexicon: string;
      readonly topic: TopicSlug;
      readonly weight: number;
    }
  | {
      readonly family: 1;
      readonly lexicon: string;
      readonly category: CrisisCategory;
      readonly person: Person;
      readonly past: boolean;
      /** See `CrisisGroup.minCount` (0: any). */
      readonly minCount: number;
    }
  | { readonly family: 2; readonly lexicon: string; readonly category: MarkerCategory }
  | {
      readonly family: 3;
      readonly lexicon: string;
      readonly group: string;
      readonly weight: number;
    };

// Rule ids by trie node and payload index, made once: the same string every time it is used.
const ruleIds: (string[] | undefined)[] = [];

/** The rule id of a match of `matchEnglish`: `<lexicon id>:<the phrase's words>`. */
export function ruleOf(match: Match<Payload>): string {
  // grown by pushes, so that the array stays a dense one
  while (ruleIds.length <= match.node) ruleIds.push(undefined);
  const rules = (ruleIds[match.node] ??= []);
  return (rules[match.index] ??= `${match.payload.lexicon}:${match.phrase}`);
}

let compiled: PhraseTrie<Payload> | null = null;

/** The compiled English trie (built on the first call). */
export function englishTrie(): PhraseTrie<Payload> {
  return (compiled ??= buildEnglishTrie());
}

/** A new trie of every English lexicon (`englishTrie` keeps one). */
export function buildEnglishTrie(): PhraseTrie<Payload> {
  const trie = buildPhraseTrie<Payload>();
  for (const lexicon of topicLexicons) {
    for (const spec of lexicon.phrases) {
      const [pattern, weight] = typeof spec === 'string' ? [spec, 1] : spec;
      addPattern(trie, pattern, { family: 0, lexicon: lexicon.id, topic: lexicon.topic, weight });
    }
  }
  for (const group of crisisLexicon.groups) {
    // one payload per group: phrases of a group share everything but their words
    const payload: Payload = {
      family: 1,
      lexicon: `${crisisLexicon.id}.${group.category}`,
      category: group.category,
      person: group.person,
      past: group.tense === 'past',
      minCount: group.minCount ?? 0,
    };
    for (const pattern of group.phrases) {
      addPattern(trie, pattern, payload);
      markDisguisable(pattern);
    }
  }
  for (const group of contextMarkerLexicon.groups) {
    const payload: Payload = {
      family: 2,
      lexicon: `${contextMarkerLexicon.id}.${group.category}`,
      category: group.category,
    };
    for (const pattern of group.phrases) addPattern(trie, pattern, payload);
  }
  for (const group of selfPromotionLexicon.groups) {
    const payload: Payload = {
      family: 3,
      lexicon: `${selfPromotionLexicon.id}.${group.rule}`,
      group: group.rule,
      weight: group.weight,
    };
    for (const pattern of group.phrases) addPattern(trie, pattern, payload);
  }
  return trie;
}

// the trie's words join the dictionary before any text is tokenized
beforeFirstLookup(englishTrie);

const familyOf = (payload: Payload): number => payload.family;

/** All lexicon matches in `tokens`, by start. */
export function matchEnglish(tokens: Tokens): Match<Payload>[] {
  return matchPhrases(englishTrie(), tokens, familyOf);
}
