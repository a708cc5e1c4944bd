import { splitHashtag } from './hashtag.js';

/**
 * Word tokens of one text with their UTF-16 offsets into the original string, in one pass over
 * the char codes (no regex per token: classify has a budget of ~20 µs per comment).
 *
 * Words are lower-cased; curly apostrophes become `'` and stay inside the word (`i'm`, `don't`),
 * hyphens split (`self-harm` → `self`, `harm`), URLs and @mentions become single tokens of their
 * own kind, and a hashtag becomes the words it spells (`#EndTheStigma` → end, the, stigma), each
 * with its own offsets inside the hashtag.
 */
export const TokenKind = { word: 0, url: 1, mention: 2, hashtag: 3 } as const;
export type TokenKind = (typeof TokenKind)[keyof typeof TokenKind];

/** What separates a token from the one before it; phrases never match across a boundary. */
export const Boundary = { none: 0, clause: 1, sentence: 2 } as const;
export type Boundary = (typeof Boundary)[keyof typeof Boundary];

export interface Tokens {
  readonly text: string;
  /** Lower-cased token text (apostrophes normalised). */
  readonly norm: string[];
  readonly start: number[];
  readonly end: number[];
  readonly kind: TokenKind[];
  /** Boundary before each token (the first token has `sentence`). */
  readonly boundary: Boundary[];
  /** Sentence index of each token. */
  readonly sentence: number[];
  /** Whether the token sits inside quotation marks. */
  readonly quoted: boolean[];
  /** Emoji and symbols seen in the text, as flags (see `TextFlag`). */
  flags: number;
}

/** Text-level flags gathered while tokenizing. */
export const TextFlag = { laughEmoji: 1, musicSymbol: 2 } as const;

const APOSTROPHE = 39;
const RIGHT_SINGLE_QUOTE = 0x2019;
const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;

function isAsciiWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

function isWordAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiWordCode(c);
  // Surrogate pairs (emoji, rare scripts) are checked as one code point.
  if (c >= 0xd800 && c <= 0xdbff) return LETTER_OR_DIGIT.test(text.slice(i, i + 2));
  if (c >= 0xdc00 && c <= 0xdfff) return false;
  return LETTER_OR_DIGIT.test(text[i]!);
}

function boundaryOf(c: number): Boundary {
  switch (c) {
    case 46: // .
    case 33: // !
    case 63: // ?
    case 59: // ;
    case 10: // newline
    case 0x2026: // …
      return Boundary.sentence;
    case 44: // ,
    case 58: // :
    case 40: // (
    case 41: // )
    case 91: // [
    case 93: // ]
    case 34: // "
    case 0x201c: // “
    case 0x201d: // ”
    case 0x2014: // —
    case 0x2013: // –
    case 124: // |
    case 42: // *
    case 47: // /
      return Boundary.clause;
    default:
      return Boundary.none;
  }
}

function startsUrl(text: string, i: number): boolean {
  const c = text.charCodeAt(i) | 32;
  if (c === 104) return text.startsWith('http://', i) || text.startsWith('https://', i);
  if (c === 119) return text.startsWith('www.', i);
  return false;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 12;
}

/** Tokenizes `text`; see the module comment for the rules. */
export function tokenize(text: string): Tokens {
  const tokens: Tokens = {
    text,
    norm: [],
    start: [],
    end: [],
    kind: [],
    boundary: [],
    sentence: [],
    quoted: [],
    flags: 0,
  };
  const n = text.length;
  let pending: Boundary = Boundary.sentence;
  let sentence = 0;
  let quoted = false;
  let i = 0;
  const push = (s: number, e: number, norm: string, kind: TokenKind): void => {
    if (pending === Boundary.sentence && tokens.norm.length > 0) sentence++;
    tokens.norm.push(norm);
    tokens.start.push(s);
    tokens.end.push(e);
    tokens.kind.push(kind);
    tokens.boundary.push(pending);
    tokens.sentence.push(sentence);
    tokens.quoted.push(quoted);
    pending = Boundary.none;
  };
  const raise = (b: Boundary): void => {
    if (b > pending) pending = b;
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (c === 10) raise(Boundary.sentence);
      i++;
      continue;
    }
    if (startsUrl(text, i)) {
      let e = i;
      while (e < n && !isSpace(text.charCodeAt(e))) e++;
      raise(Boundary.clause);
      push(i, e, 'http', TokenKind.url);
      pending = Boundary.clause;
      i = e;
      continue;
    }
    if ((c === 64 || c === 35) && i + 1 < n && isWordAt(text, i + 1)) {
      let e = i + 1;
      while (e < n && isWordAt(text, e)) e += text.charCodeAt(e) >= 0xd800 ? 2 : 1;
      if (c === 64) {
        // an @mention, possibly with a domain (Mastodon `@user@host`)
        while (e + 1 < n) {
          const d = text.charCodeAt(e);
          if ((d === 64 || d === 46) && isWordAt(text, e + 1)) e++;
          else if (isWordAt(text, e)) e++;
          else break;
        }
        if (e < n && isWordAt(text, e)) e++;
        push(i, e, '@', TokenKind.mention);
      } else {
        raise(Boundary.clause);
        for (const part of splitHashtag(text, i + 1, e)) {
          push(part.start, part.end, part.word, TokenKind.hashtag);
        }
        pending = Boundary.clause;
      }
      i = e;
      continue;
    }
    if (isWordAt(text, i)) {
      let e = i;
      let hasUpper = false;
      let hasCurly = false;
      for (;;) {
        if (e >= n) break;
        const d = text.charCodeAt(e);
        if (d < 128 ? isAsciiWordCode(d) : isWordAt(text, e)) {
          if (d >= 65 && d <= 90) hasUpper = true;
          else if (d >= 128) hasUpper = true; // lower-case non-ASCII the slow way
          e += d >= 0xd800 && d <= 0xdbff ? 2 : 1;
          continue;
        }
        // an apostrophe between two word characters stays inside the word
        if ((d === APOSTROPHE || d === RIGHT_SINGLE_QUOTE) && e + 1 < n && isWordAt(text, e + 1)) {
          if (d === RIGHT_SINGLE_QUOTE) hasCurly = true;
          e++;
          continue;
        }
        break;
      }
      let norm = text.slice(i, e);
      if (hasUpper) norm = norm.toLowerCase();
      if (hasCurly) norm = norm.replaceAll('\u2019', "'");
      push(i, e, norm, TokenKind.word);
      i = e;
      continue;
    }
    // punctuation, symbols, emoji
    if (c === 34 || c === 0x201c || c === 0x201d) {
      quoted = c === 0x201c ? true : c === 0x201d ? false : !quoted;
    } else if (c === 0xd83d || c === 0xd83e) {
      const low = text.charCodeAt(i + 1);
      // 😂 U+1F602, 🤣 U+1F923, 😆 U+1F606, 💀 U+1F480: laughing; 🎵 U+1F3B5, 🎶 U+1F3B6 music
      if (
        (c === 0xd83d && (low === 0xde02 || low === 0xde06 || low === 0xdc80)) ||
        (c === 0xd83e && low === 0xdd23)
      )
        tokens.flags |= TextFlag.laughEmoji;
    } else if (c === 0xd83c) {
      const low = text.charCodeAt(i + 1);
      if (low === 0xdfb5 || low === 0xdfb6) tokens.flags |= TextFlag.musicSymbol;
    } else if (c === 0x266a || c === 0x266b) {
      tokens.flags |= TextFlag.musicSymbol;
    }
    raise(boundaryOf(c));
    i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
  }
  return tokens;
}
