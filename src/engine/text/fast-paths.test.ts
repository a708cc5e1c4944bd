import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classify } from './classify.js';
import { splitHashtag } from './hashtag.js';
import { parsePattern } from './lexicon.js';
import {
  contextMarkerLexicon,
  crisisLexicon,
  selfPromotionLexicon,
  topicLexicons,
} from './lexicons/en/index.js';
import { buildEnglishTrie, englishTrie, type Payload } from './matcher.js';
import { insertAll, matchPhrases, type Match } from './phrase-trie.js';
import { Boundary, TextFlag, TokenBuffer, TokenKind, tokenize } from './tokenize.js';
import { UNKNOWN, wordId } from './words.js';
import { createRng } from '../graph/rng.js';

// The classifier's fast paths against plain versions of the same rules: the tokenizer's
// packed ASCII lookup and one-pass scan against a string-by-string tokenizer, and the trie
// filled on demand against one filled at once.

function allPatterns(): string[] {
  const out: string[] = [];
  for (const lexicon of topicLexicons) {
    for (const spec of lexicon.phrases) out.push(typeof spec === 'string' ? spec : spec[0]);
  }
  for (const group of crisisLexicon.groups) out.push(...group.phrases);
  for (const group of contextMarkerLexicon.groups) out.push(...group.phrases);
  for (const group of selfPromotionLexicon.groups) out.push(...group.phrases);
  return out;
}

/** One token sequence a pattern matches, chosen at random. */
function samplePhrase(pattern: string, rng: () => number): string {
  const words: string[] = [];
  const walk = (alternatives: ReturnType<typeof parsePattern>): void => {
    const sequence = alternatives[Math.floor(rng() * alternatives.length)]!;
    for (const slot of sequence) {
      if (slot.optional && rng() < 0.5) continue;
      if (typeof slot.body === 'string') {
        words.push(slot.words![Math.floor(rng() * slot.words!.length)]!);
      } else walk(slot.body);
    }
  };
  walk(parsePattern(pattern));
  return words.join(' ');
}

const ODD_WORDS = [
  "I'm",
  'I’m',
  'DON’T',
  "can't",
  'SUICIDAL',
  'Suicidial',
  'überhaupt',
  'ÉCOLE',
  'İstanbul',
  '\u212Aelvin',
  'naïve',
  'σου',
  'ΣΟΥ',
  'мне',
  'straße',
  '𝒜bc',
  '12',
  '2024',
  '3rd',
  '_x_',
  'relationships',
  'overwhelmingly',
  'worthlessnes',
  'abcdefghij',
  'abcdefghijk',
  "rock'n'roll",
  'it’s’',
  "'quoted'",
  "'cause",
  '‘single’',
  'e\u0301t\u00e9',
  'k\u0337i\u0337l\u0337l\u0337',
  'sa\u0336d\u0336\u0301',
  // disguised, drawn-out, invisible-split and styled words, and look-alikes that spell nothing
  'k1ll',
  'mys3lf',
  'su!cide',
  '$uicide',
  's*icide',
  'd!e',
  'dieeee',
  'pleeease',
  'ki\u200bll',
  '𝐝𝐢𝐞',
  'ｄｉｅ',
  'wow!great',
  '10pm',
  'b12',
  '$5',
  'a@b',
];
const SEPARATORS = [
  ' ',
  ' ',
  ' ',
  ', ',
  '. ',
  '! ',
  '? ',
  '; ',
  ': ',
  '\n',
  '-',
  ' — ',
  ' "',
  '" ',
  ' “',
  '” ',
  ' (',
  ') ',
  '…',
  '/',
  ' 😂 ',
  ' 🎵 ',
  ' ♪ ',
  ' 💙',
  '\t',
  '\u00a0',
  "'",
  '’',
  " '",
  "' ",
  ' ‘',
  '’ ',
  '*',
  ' * ',
  '**',
  ' *',
];
const TAGS = [
  '#EndTheStigma',
  '#mentalhealthmatters',
  '#PTSDAwareness',
  '#bell_lets_talk',
  '#2024Goals',
  '@sam',
  '@user@mastodon.social',
  'https://example.org/x?a=1',
  'www.site.com/p',
  'HTTPS://X.Y',
  'http',
  '@',
  '#',
];

/** Texts mixing lexicon phrases, odd words, tags and punctuation, reproducibly. */
function sampleTexts(count: number, seed: number): string[] {
  const rng = createRng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
  const patterns = allPatterns();
  const recase = (word: string): string => {
    const r = rng();
    if (r < 0.1) return word.toUpperCase();
    if (r < 0.25) return word.charAt(0).toUpperCase() + word.slice(1);
    if (r < 0.3) return word.replaceAll("'", '’');
    return word;
  };
  const texts: string[] = [];
  for (let n = 0; n < count; n++) {
    let text = '';
    const pieces = 1 + Math.floor(rng() * 16);
    for (let k = 0; k < pieces; k++) {
      const r = rng();
      let piece: string;
      if (r < 0.5) {
        const fill = rng() < 0.15 ? pick([' really ', ' just ', ' fucking ', ' 2 ']) : ' ';
        piece = samplePhrase(pick(patterns), rng).split(' ').map(recase).join(fill);
      } else if (r < 0.7) piece = recase(pick(ODD_WORDS));
      else if (r < 0.8) piece = pick(TAGS);
      else piece = recase(samplePhrase(pick(patterns), rng).split(' ')[0] ?? '');
      text += piece + pick(SEPARATORS);
    }
    texts.push(rng() < 0.5 ? text.trim() : text);
  }
  return texts;
}

// A tokenizer written token by token with strings, as the rules read (see tokenize.ts).
const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;
function isWordAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return /[A-Za-z0-9_]/.test(text[i]!);
  if (c >= 0xd800 && c <= 0xdbff) return LETTER_OR_DIGIT.test(text.slice(i, i + 2));
  if (c >= 0xdc00 && c <= 0xdfff) return false;
  return LETTER_OR_DIGIT.test(text[i]!);
}
const SENTENCE_ENDS = '.!?;\n\u2026';
const CLAUSE_ENDS = ',:()[]"\u201c\u201d\u2014\u2013|/';
const INVISIBLES = '\u200b\u200c\u200d\u2060\ufeff\u00ad';
const MASKS = '!$*@';
const isDisguise = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9!$*@]/.test(c);

// the crisis lexicon's words, and the one of them a disguised spelling fits
const CRISIS_WORDS = [
  ...new Set(
    crisisLexicon.groups.flatMap((g) => g.phrases.flatMap((p) => p.match(/[a-z]+/g) ?? [])),
  ),
].filter((w) => w.length >= 2);
const LOOKS_LIKE: Record<string, string> = {
  '0': '[o]',
  '1': '[il]',
  '3': '[e]',
  '4': '[a]',
  '5': '[s]',
  '7': '[t]',
  '@': '[a]',
  $: '[s]',
  '!': '[il]',
  '*': '[a-z]',
};
function disguisedAs(spelled: string): string | null {
  const lower = spelled.toLowerCase();
  if (lower.length < 2 || !/[a-z]/.test(lower) || !/[013457@$!*]/.test(lower)) return null;
  if (!/^[a-z013457@$!*]+$/.test(lower)) return null;
  const pattern = new RegExp(`^${[...lower].map((c) => LOOKS_LIKE[c] ?? c).join('')}$`);
  const fits = CRISIS_WORDS.filter((w) => pattern.test(w));
  return fits.length === 1 ? fits[0]! : null;
}
/** A letter drawn out (three or more times) cut to two, else to one, if that is a word. */
function unstretched(word: string): string | null {
  if (!/(\p{L})\1\1/u.test(word)) return null;
  for (const cut of [
    word.replace(/(\p{L})\1{2,}/gu, '$1$1'),
    word.replace(/(\p{L})\1{2,}/gu, '$1'),
  ]) {
    if (wordId(cut) !== UNKNOWN) return cut;
  }
  return null;
}
/** The end of a disguised spelling from `i`: look-alike characters, minus symbols at its end. */
function disguiseEnd(text: string, i: number): number {
  let e = i;
  while (isDisguise(text[e])) e++;
  while (e > i && MASKS.includes(text[e - 1]!)) e--;
  return e;
}
const isSpace = (c: string): boolean => ' \t\n\r\u00a0\f'.includes(c);

interface Reference {
  norm: string[];
  start: number[];
  end: number[];
  kind: number[];
  boundary: number[];
  sentence: number[];
  quoted: boolean[];
  flags: number;
}

function referenceTokenize(text: string): Reference {
  const t: Reference = {
    norm: [],
    start: [],
    end: [],
    kind: [],
    boundary: [],
    sentence: [],
    quoted: [],
    flags: 0,
  };
  let pending: number = Boundary.sentence;
  let sentence = 0;
  let quoted = false;
  let single = false;
  const push = (s: number, e: number, norm: string, kind: number): void => {
    if (pending === Boundary.sentence && t.norm.length > 0) {
      sentence++;
      single = false;
    }
    t.norm.push(norm);
    t.start.push(s);
    t.end.push(e);
    t.kind.push(kind);
    t.boundary.push(pending);
    t.sentence.push(sentence);
    t.quoted.push(quoted || single);
    pending = Boundary.none;
  };
  const raise = (b: number): void => {
    pending = Math.max(pending, b);
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (isSpace(ch)) {
      if (ch === '\n') raise(Boundary.sentence);
      i++;
    } else if (['http://', 'https://', 'www.'].some((prefix) => text.startsWith(prefix, i))) {
      let e = i;
      while (e < text.length && !isSpace(text[e]!)) e++;
      raise(Boundary.clause);
      push(i, e, 'http', TokenKind.url);
      pending = Boundary.clause;
      i = e;
    } else if ((ch === '@' || ch === '#') && isWordAt(text, i + 1)) {
      let e = i + 1;
      while (e < text.length && isWordAt(text, e)) e += text.charCodeAt(e) >= 0xd800 ? 2 : 1;
      if (ch === '@') {
        while (e + 1 < text.length) {
          if ('@.'.includes(text[e]!) && isWordAt(text, e + 1)) e++;
          else if (isWordAt(text, e)) e++;
          else break;
        }
        if (e < text.length && isWordAt(text, e)) e++;
        push(i, e, '@', TokenKind.mention);
      } else {
        raise(Boundary.clause);
        for (const part of splitHashtag(text, i + 1, e)) {
          push(part.start, part.end, part.word, TokenKind.hashtag);
        }
        pending = Boundary.clause;
      }
      i = e;
    } else if (
      ch === '$' &&
      isDisguise(text[i + 1]) &&
      disguisedAs(text.slice(i, disguiseEnd(text, i)))
    ) {
      const e = disguiseEnd(text, i);
      push(i, e, disguisedAs(text.slice(i, e))!, TokenKind.word);
      i = e;
    } else if (isWordAt(text, i)) {
      let e = i;
      for (;;) {
        if (e < text.length && isWordAt(text, e)) {
          e += text.charCodeAt(e) >= 0xd800 && text.charCodeAt(e) <= 0xdbff ? 2 : 1;
        } else if (
          e + 1 < text.length &&
          ("'’".includes(text[e]!) || INVISIBLES.includes(text[e]!)) &&
          isWordAt(text, e + 1)
        ) {
          e++;
        } else break;
      }
      const ascii = /^[A-Za-z0-9_'’]+$/.test(text.slice(i, e));
      // a symbol inside an ASCII word may disguise a crisis word (`su!cide`)
      if (ascii && MASKS.includes(text[e] ?? ' ') && isDisguise(text[e + 1])) {
        const end = disguiseEnd(text, i);
        const word = disguisedAs(text.slice(i, end));
        if (word) {
          push(i, end, word, TokenKind.word);
          i = end;
          continue;
        }
      }
      let raw = [...text.slice(i, e)].filter((c) => !INVISIBLES.includes(c)).join('');
      // fullwidth and mathematical letters are the letters they show
      if (/[\uff01-\uff5e]|\ud835/.test(raw)) raw = raw.normalize('NFKC');
      const lower = raw.toLowerCase().replaceAll('’', "'");
      // a word with combining marks: composed where a mark makes a letter (é), any other dropped
      let word = /\p{M}/u.test(lower) ? lower.normalize('NFC').replace(/\p{M}/gu, '') : lower;
      // an unknown word's bare letters, when they are a word: marks stacked at random (`ĩ`) or
      // look-alike accents (`kïll`)
      const bare = word.normalize('NFD').replace(/\p{M}/gu, '');
      if (!ascii && wordId(word) === UNKNOWN && wordId(bare) !== UNKNOWN) word = bare;
      if (wordId(word) === UNKNOWN && (!ascii || e - i > 2)) {
        // digits standing for letters (`k1ll`); a letter drawn out (`dieeee`)
        word =
          (ascii && /[0-9]/.test(word) ? disguisedAs(word) : null) ?? unstretched(word) ?? word;
      }
      push(i, e, word, TokenKind.word);
      i = e;
    } else if (ch === '*') {
      // emphasis touching a word is no break; a lone star is
      let e = i;
      while (text[e] === '*') e++;
      if (!(i > 0 && isWordAt(text, i - 1)) && !isWordAt(text, e)) raise(Boundary.clause);
      i = e;
    } else {
      if (ch === '"') quoted = !quoted;
      else if (ch === '\u201c') quoted = true;
      else if (ch === '\u201d') quoted = false;
      else if (single && "'’".includes(ch) && !isWordAt(text, i + 1)) {
        single = false;
        raise(Boundary.clause);
      } else if (
        !single &&
        "'‘".includes(ch) &&
        isWordAt(text, i + 1) &&
        (i === 0 || isSpace(text[i - 1]!) || '([:\u2014\u2013"\u201c'.includes(text[i - 1]!)) &&
        !/^(cause|cos|coz|cuz|til|till|tis|twas|em|bout|round|n|nuff|kay|s|re|ve|ll|d|m|t)(?![\p{L}\p{N}])/iu.test(
          text.slice(i + 1, i + 8),
        )
      ) {
        single = true;
        raise(Boundary.clause);
      }
      const cp = text.codePointAt(i)!;
      if ([0x1f602, 0x1f923, 0x1f606, 0x1f480].includes(cp)) t.flags |= TextFlag.laughEmoji;
      if ([0x1f3b5, 0x1f3b6, 0x266a, 0x266b].includes(cp)) t.flags |= TextFlag.musicSymbol;
      if (SENTENCE_ENDS.includes(ch)) raise(Boundary.sentence);
      else if (CLAUSE_ENDS.includes(ch)) raise(Boundary.clause);
      // a high surrogate is read with the code unit after it, paired or not
      const c = text.charCodeAt(i);
      i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    }
  }
  return t;
}

const TEXTS = sampleTexts(3000, 20240505);

describe('tokenizer fast paths', () => {
  it('TokenBuffer.fill(text) gives the tokens of a string-by-string tokenizer', () => {
    const buffer = new TokenBuffer();
    for (const text of TEXTS) {
      const expected = referenceTokenize(text);
      const got = tokenize(text);
      assert.deepEqual(
        {
          norm: got.norm,
          start: got.start,
          end: got.end,
          kind: got.kind,
          boundary: got.boundary,
          sentence: got.sentence,
          quoted: got.quoted,
          flags: got.flags,
        },
        expected,
        JSON.stringify(text),
      );
      buffer.fill(text);
      assert.equal(buffer.count, expected.norm.length);
    }
  });
  it('tokenize(text).word is the dictionary id of each lower-cased token (packed ASCII lookup)', () => {
    for (const text of TEXTS) {
      const t = tokenize(text);
      for (let i = 0; i < t.count; i++) {
        assert.equal(t.word[i], wordId(t.norm[i]!), `${JSON.stringify(t.norm[i])} in ${text}`);
        assert.equal(t.lead[i], t.norm[i]!.charCodeAt(0));
      }
    }
  });
});

function comparable(matches: Match<Payload>[]): string[] {
  return matches.map(
    (m) =>
      `${m.from}-${m.to} ${m.payload.lexicon}:${m.phrase} #${m.index} ${JSON.stringify(m.payload)}`,
  );
}

describe('phrase trie filled on demand', () => {
  it('the English trie, filled at once, stays under 300,000 nodes', () => {
    // every optional word and choice of a pattern multiplies its phrases, and a run of
    // `rapport classify` compiles most of them: a pattern that expands to tens of thousands of
    // phrases costs every process a tenth of a second
    const full = buildEnglishTrie();
    insertAll(full);
    assert.ok(full.nodes < 300_000, `${full.nodes} nodes`);
  });
  it('matchPhrases gives the same matches whether the trie was filled on demand or at once', () => {
    const lazy = buildEnglishTrie();
    const full = buildEnglishTrie();
    insertAll(full);
    const familyOf = (payload: Payload): number => payload.family;
    const buffer = new TokenBuffer();
    for (const text of TEXTS) {
      const tokens = buffer.fill(text);
      assert.deepEqual(
        comparable(matchPhrases(lazy, tokens, familyOf)),
        comparable(matchPhrases(full, tokens, familyOf)),
        JSON.stringify(text),
      );
    }
    insertAll(lazy);
    assert.equal(lazy.size, full.size);
    assert.equal(lazy.nodes, full.nodes);
  });
  it('classify(text) is the same before and after every pattern of the English trie is in', () => {
    const before = TEXTS.slice(0, 500).map((text) => JSON.stringify(classify(text)));
    insertAll(englishTrie());
    const after = TEXTS.slice(0, 500).map((text) => JSON.stringify(classify(text)));
    assert.deepEqual(after, before);
  });
});
