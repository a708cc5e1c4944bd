import {
  expandPattern,
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
  addPhrase,
  buildPhraseTrie,
  matchPhrases,
  type Match,
  type PhraseTrie,
} from './phrase-trie.js';
import type { Tokens } from './tokenize.js';

/**
 * Every English lexicon compiled into one token trie, built once on first use, so a text is
 * matched in a single pass whatever the number of phrases. Rule ids are
 * `<lexicon id>:<the phrase's words>`, which is also what the evidence reports.
 */
export const Family = { topic: 0, crisis: 1, marker: 2, promotion: 3 } as const;

export type Payload =
  | {
      readonly family: 0;
      readonly rule: string;
      readonly topic: TopicSlug;
      readonly weight: number;
    }
  | {
      readonly family: 1;
      readonly rule: string;
      readonly category: CrisisCategory;
      readonly person: Person;
      readonly past: boolean;
    }
  | { readonly family: 2; readonly rule: string; readonly category: MarkerCategory }
  | { readonly family: 3; readonly rule: string; readonly group: string; readonly weight: number };

let compiled: PhraseTrie<Payload> | null = null;

/** The compiled English trie (built on the first call). */
export function englishTrie(): PhraseTrie<Payload> {
  if (compiled) return compiled;
  const trie = buildPhraseTrie<Payload>();
  for (const lexicon of topicLexicons) {
    for (const spec of lexicon.phrases) {
      const [pattern, weight] = typeof spec === 'string' ? [spec, 1] : spec;
      for (const words of expandPattern(pattern)) {
        const rule = `${lexicon.id}:${words.join(' ')}`;
        addPhrase(trie, words, { family: 0, rule, topic: lexicon.topic, weight });
      }
    }
  }
  for (const group of crisisLexicon.groups) {
    const past = group.tense === 'past';
    for (const pattern of group.phrases) {
      for (const words of expandPattern(pattern)) {
        const rule = `${crisisLexicon.id}.${group.category}:${words.join(' ')}`;
        addPhrase(trie, words, {
          family: 1,
          rule,
          category: group.category,
          person: group.person,
          past,
        });
      }
    }
  }
  for (const group of contextMarkerLexicon.groups) {
    for (const pattern of group.phrases) {
      for (const words of expandPattern(pattern)) {
        const rule = `${contextMarkerLexicon.id}.${group.category}:${words.join(' ')}`;
        addPhrase(trie, words, { family: 2, rule, category: group.category });
      }
    }
  }
  for (const group of selfPromotionLexicon.groups) {
    for (const pattern of group.phrases) {
      for (const words of expandPattern(pattern)) {
        const rule = `${selfPromotionLexicon.id}.${group.rule}:${words.join(' ')}`;
        addPhrase(trie, words, { family: 3, rule, group: group.rule, weight: group.weight });
      }
    }
  }
  compiled = trie;
  return trie;
}

const familyOf = (payload: Payload): number => payload.family;

/** All lexicon matches in `tokens`, by start. */
export function matchEnglish(tokens: Tokens): Match<Payload>[] {
  return matchPhrases(englishTrie(), tokens, familyOf);
}
