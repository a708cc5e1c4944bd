import { splitHashtag } from './hashtag.js';
import { disguisedWord, isDisguiseCode, MAX_DISGUISED } from './unmask.js';
import {
  APOSTROPHE_CODE,
  CODE,
  LONG,
  PACK,
  packedWordId,
  sealWords,
  UNKNOWN,
  wordId,
  WORDS,
} from './words.js';

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

/**
 * The tokens of one text, as parallel arrays indexed by token (`count` of them). Each token's
 * lower-cased text (apostrophes normalised) is known by its dictionary id (`word`, see
 * `words.ts`): the words no lexicon or word list uses share `UNKNOWN`. `tokenize` returns
 * these with plain arrays and the token texts (`TokenList`); `classify` reuses one buffer.
 */
export interface Tokens {
  readonly text: string;
  readonly count: number;
  /** Dictionary id of each token's lower-cased text (`UNKNOWN` for a word nothing tests). */
  readonly word: ArrayLike<number>;
  readonly start: ArrayLike<number>;
  readonly end: ArrayLike<number>;
  /** A `TokenKind` per token. */
  readonly kind: ArrayLike<number>;
  /** Boundary before each token (the first token has `sentence`). */
  readonly boundary: ArrayLike<number>;
  /** Sentence index of each token. */
  readonly sentence: ArrayLike<number>;
  /** Whether the token sits inside quotation marks. */
  readonly quoted: ArrayLike<number | boolean>;
  /** The first UTF-16 code unit of each token's lower-cased text. */
  readonly lead: ArrayLike<number>;
  /** Emoji and symbols seen in the text, as flags (see `TextFlag`). */
  readonly flags: number;
}

/** `tokenize`'s result: plain arrays, and each token's lower-cased text. */
export interface TokenList extends Tokens {
  /** Lower-cased token text (apostrophes normalised). */
  readonly norm: string[];
  readonly word: number[];
  readonly start: number[];
  readonly end: number[];
  readonly kind: TokenKind[];
  readonly boundary: Boundary[];
  readonly sentence: number[];
  readonly quoted: boolean[];
  readonly lead: number[];
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
  // the second code unit first: most words starting with h or w are no link
  const next = text.charCodeAt(i + 1);
  if (c === 104) {
    return next === 116 && (text.startsWith('http://', i) || text.startsWith('https://', i));
  }
  if (c === 119) return next === 119 && text.startsWith('www.', i);
  return false;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 12;
}

/**
 * One reusable set of token arrays, grown as needed: tokenizing allocates nothing for a word
 * made of ASCII letters, digits and apostrophes. Valid until the buffer's next `fill`.
 */
export class TokenBuffer implements Tokens {
  text = '';
  count = 0;
  flags = 0;
  word = new Int32Array(64);
  start = new Int32Array(64);
  end = new Int32Array(64);
  kind = new Uint8Array(64);
  boundary = new Uint8Array(64);
  sentence = new Int32Array(64);
  quoted = new Uint8Array(64);
  lead = new Uint16Array(64);
  /** The lower-cased text of the tokens made the slow way (non-ASCII, hashtags, links), else null. */
  norms: (string | null)[] = [];
  // tokenizer state while filling
  private pending: Boundary = Boundary.sentence;
  private sentenceNo = 0;
  private inQuote = false;
  private inSingleQuote = false;

  /** Tokenizes `text` into this buffer; see the module comment for the rules. */
  fill(text: string): this {
    sealWords();
    this.text = text;
    this.count = 0;
    this.flags = 0;
    this.pending = Boundary.sentence;
    this.sentenceNo = 0;
    this.inQuote = false;
    this.inSingleQuote = false;
    scan(this, text);
    return this;
  }

  /** The lower-cased text of token `i`. */
  normAt(i: number): string {
    const norm = this.norms[i];
    if (norm !== null && norm !== undefined) return norm;
    const id = this.word[i]!;
    if (id !== UNKNOWN) return WORDS[id]!;
    // an ASCII word no list uses: lower-case it as the lookup read it
    return this.text.slice(this.start[i], this.end[i]).toLowerCase().replaceAll('\u2019', "'");
  }

  /** Appends a token; the boundary before it is the strongest seen since the last one. */
  push(s: number, e: number, id: number, lead: number, norm: string | null, kind: TokenKind): void {
    const k = this.count;
    if (k === this.word.length) this.grow();
    if (this.pending === Boundary.sentence && k > 0) {
      this.sentenceNo++;
      // a single quote left open is more likely an elision ('cause) than a quote: it ends with
      // its sentence
      this.inSingleQuote = false;
    }
    this.word[k] = id;
    this.start[k] = s;
    this.end[k] = e;
    this.kind[k] = kind;
    this.boundary[k] = this.pending;
    this.sentence[k] = this.sentenceNo;
    this.quoted[k] = this.inQuote || this.inSingleQuote ? 1 : 0;
    this.lead[k] = lead;
    this.norms[k] = norm;
    this.count = k + 1;
    this.pending = Boundary.none;
  }

  raise(b: Boundary): void {
    if (b > this.pending) this.pending = b;
  }

  setPending(b: Boundary): void {
    this.pending = b;
  }

  /** Applies a quotation mark: `“` opens, `”` closes, `"` toggles. */
  quote(c: number): void {
    this.inQuote = c === 0x201c ? true : c === 0x201d ? false : !this.inQuote;
  }

  /**
   * Applies a single quotation mark that is not inside a word (apostrophes inside words never
   * get here): `'` or `‘` opens a quote before a word and after a space, an opening
   * bracket, a colon or a dash, unless the word is an elision (`'cause`, `'til`, `'em`); `'` or
   * `’` closes an open one when no word follows. Returns whether the mark was taken as a quote.
   */
  singleQuote(text: string, i: number, c: number): boolean {
    if (this.inSingleQuote) {
      if (c === 0x2018 || (i + 1 < text.length && isWordAt(text, i + 1))) return false;
      this.inSingleQuote = false;
      return true;
    }
    if (c === 0x2019 || i + 1 >= text.length || !isWordAt(text, i + 1)) return false;
    const before = i === 0 ? 32 : text.charCodeAt(i - 1);
    if (!(isSpace(before) || OPENS_QUOTE.has(before))) return false;
    if (ELISIONS.test(text.slice(i + 1, i + 8))) return false;
    this.inSingleQuote = true;
    return true;
  }

  private grow(): void {
    const size = this.word.length * 2;
    const grow = <A extends Int32Array | Uint8Array | Uint16Array>(
      a: A,
      make: new (n: number) => A,
    ): A => {
      const b = new make(size);
      b.set(a);
      return b;
    };
    this.word = grow(this.word, Int32Array);
    this.start = grow(this.start, Int32Array);
    this.end = grow(this.end, Int32Array);
    this.kind = grow(this.kind, Uint8Array);
    this.boundary = grow(this.boundary, Uint8Array);
    this.sentence = grow(this.sentence, Int32Array);
    this.quoted = grow(this.quoted, Uint8Array);
    this.lead = grow(this.lead, Uint16Array);
  }
}

/**
 * The text of token `i` if it is a dictionary word, else `''` (also for an `i` out of range):
 * all a check against a word list registered with `words.ts` needs.
 */
export function wordAt(tokens: Tokens, i: number): string {
  return i >= 0 && i < tokens.count ? WORDS[tokens.word[i]!]! : '';
}

const URL_NORM = 'http';
const MENTION_NORM = '@';

// Module-local copies of what the word loop reads for every code unit: an imported binding
// costs a cell load and a check each time it is read.
const WORD_CODE = CODE;
const PACK_SIZE = PACK;
const LONG_WORD = LONG;
const APOSTROPHE_IN_WORD = APOSTROPHE_CODE;

/**
 * The scan: an ASCII word (the common token) is read here, with its dictionary id found
 * from its packed codes; everything else goes to a function of its own.
 */
function scan(tokens: TokenBuffer, text: string): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c >= 128) {
      if (c === 0xa0) i++;
      else if (isWordAt(text, i)) i = scanWord(tokens, text, i);
      else i = scanSymbol(tokens, text, i, c);
      continue;
    }
    const first = WORD_CODE[c]!;
    if (first === 0) {
      if (c === 32 || c === 9 || c === 13 || c === 12) i++;
      else if (c === 10) {
        tokens.raise(Boundary.sentence);
        i++;
      } else if ((c === 64 || c === 35) && i + 1 < n && isWordAt(text, i + 1)) {
        i = scanTag(tokens, text, i);
      } else if (c === 36 && i + 1 < n && isDisguiseCode(text.charCodeAt(i + 1))) {
        // `$uicide`: a crisis word disguised from its first letter, else a symbol
        const e = scanDisguised(tokens, text, i);
        i = e > i ? e : scanSymbol(tokens, text, i, c);
      } else i = scanSymbol(tokens, text, i, c);
      continue;
    }
    if ((c === 104 || c === 119 || c === 72 || c === 87) && startsUrl(text, i)) {
      i = scanUrl(tokens, text, i);
      continue;
    }
    // an ASCII word: letters, digits, `_` and inner apostrophes; its codes packed (see
    // `words.ts`) as it is read
    let e = i + 1;
    let head = first;
    let next = 0;
    let ascii = true;
    let masked = false;
    // a digit in the word, or one code three times in a row: see `SHAPE_DIGIT`, `SHAPE_STRETCH`
    let shape = first > 26 && first < 37 ? SHAPE_DIGIT : 0;
    let previous = first;
    let run = 0;
    while (e < n) {
      const d = text.charCodeAt(e);
      let code = 0;
      if (d < 128) code = WORD_CODE[d]!;
      else if (d !== RIGHT_SINGLE_QUOTE) {
        // a non-ASCII letter (or an invisible character inside the word) goes on the word;
        // anything else ends it
        if (isWordAt(text, e) || (isInvisible(d) && e + 1 < n && isWordAt(text, e + 1))) {
          ascii = false;
        }
        break;
      }
      if (code === 0) {
        // an apostrophe between two word characters stays inside the word
        if ((d === APOSTROPHE || d === RIGHT_SINGLE_QUOTE) && e + 1 < n && isWordAt(text, e + 1)) {
          code = APOSTROPHE_IN_WORD;
        } else {
          // `su!cide`, `k*ll`: a symbol inside the word may disguise a crisis word
          masked = MASK_SYMBOL[d] === 1 && e + 1 < n && isDisguiseCode(text.charCodeAt(e + 1));
          break;
        }
      }
      if (code === previous) {
        if (++run === 2) shape |= SHAPE_STRETCH;
      } else {
        previous = code;
        run = 0;
        if (code > 26 && code < 37) shape |= SHAPE_DIGIT;
      }
      const length = e - i;
      if (length < PACK_SIZE) head = head * 64 + code;
      else if (length < 2 * PACK_SIZE) next = next * 64 + code;
      e++;
    }
    if (!ascii) {
      // a non-ASCII code unit after ASCII ones: read the word again, the general way
      i = scanWord(tokens, text, i);
      continue;
    }
    if (masked) {
      const end = scanDisguised(tokens, text, i);
      if (end > i) {
        i = end;
        continue;
      }
    }
    if (e - i > 2 * PACK_SIZE) next |= LONG_WORD;
    let lead = c >= 65 && c <= 90 ? c + 32 : c;
    let id = packedWordId(text, i, e, head, next);
    if (shape !== 0 && id === UNKNOWN && e - i > 2) {
      // `k1ll`: digits standing for letters may disguise a crisis word; `dieeee`: a letter
      // drawn out for emphasis
      if (shape & SHAPE_DIGIT) id = disguisedWord(text, i, e);
      if (id === UNKNOWN && shape & SHAPE_STRETCH) {
        id = stretchedWordId(text.slice(i, e).toLowerCase());
      }
      if (id !== UNKNOWN) lead = WORDS[id]!.charCodeAt(0);
    }
    tokens.push(i, e, id, lead, null, TokenKind.word);
    i = e;
  }
}

/**
 * 1 for `!`, `$`, `*` and `@` by ASCII code: symbols written for letters to disguise a word
 * (see `unmask.ts`).
 */
const MASK_SYMBOL = new Uint8Array(128);
for (const c of [33, 36, 42, 64]) MASK_SYMBOL[c] = 1;

/**
 * The crisis word disguised with look-alike symbols from `i` (`su!cide`, `$uicide`, `s*icide`),
 * pushed as one token with the word's id; returns its end, or `i` when the characters there
 * spell no crisis word.
 */
function scanDisguised(tokens: TokenBuffer, text: string, i: number): number {
  // no crisis word is longer: a longer run is no disguise, and is not read again from each of
  // its symbols (a line of "a!a!a!…" stays linear)
  const n = Math.min(text.length, i + MAX_DISGUISED + 1);
  let e = i;
  while (e < n && isDisguiseCode(text.charCodeAt(e))) e++;
  if (e - i > MAX_DISGUISED) return i;
  // a symbol at the end is punctuation ("die!"), not a letter
  while (e > i && MASK_SYMBOL[text.charCodeAt(e - 1)] === 1) e--;
  const id = disguisedWord(text, i, e);
  if (id === UNKNOWN) return i;
  tokens.push(i, e, id, WORDS[id]!.charCodeAt(0), null, TokenKind.word);
  return e;
}

/** A link up to the next space: one token. */
function scanUrl(tokens: TokenBuffer, text: string, i: number): number {
  const n = text.length;
  let e = i;
  while (e < n && !isSpace(text.charCodeAt(e))) e++;
  tokens.raise(Boundary.clause);
  tokens.push(i, e, wordId(URL_NORM), 104, URL_NORM, TokenKind.url);
  tokens.setPending(Boundary.clause);
  return e;
}

/** An @mention (one token) or a #hashtag (the words it spells). */
function scanTag(tokens: TokenBuffer, text: string, i: number): number {
  const n = text.length;
  let e = i + 1;
  while (e < n && isWordAt(text, e)) e += text.charCodeAt(e) >= 0xd800 ? 2 : 1;
  if (text.charCodeAt(i) === 64) {
    // an @mention, possibly with a domain (Mastodon `@user@host`)
    while (e + 1 < n) {
      const d = text.charCodeAt(e);
      if ((d === 64 || d === 46) && isWordAt(text, e + 1)) e++;
      else if (isWordAt(text, e)) e++;
      else break;
    }
    if (e < n && isWordAt(text, e)) e++;
    tokens.push(i, e, wordId(MENTION_NORM), 64, MENTION_NORM, TokenKind.mention);
  } else {
    tokens.raise(Boundary.clause);
    for (const part of splitHashtag(text, i + 1, e)) {
      const word = part.word;
      tokens.push(part.start, part.end, wordId(word), word.charCodeAt(0), word, TokenKind.hashtag);
    }
    tokens.setPending(Boundary.clause);
  }
  return e;
}

/**
 * A word from `i` (a word character): letters, digits, marks and inner apostrophes, some of
 * them not ASCII. Its text is lower-cased as a string and looked up as such.
 */
function scanWord(tokens: TokenBuffer, text: string, i: number): number {
  const n = text.length;
  let e = i;
  for (;;) {
    if (e >= n) break;
    const d = text.charCodeAt(e);
    if (d < 128 ? isAsciiWordCode(d) : isWordAt(text, e)) {
      e += d >= 0xd800 && d <= 0xdbff ? 2 : 1;
      continue;
    }
    // an apostrophe between two word characters stays inside the word, and so does an
    // invisible character (`ki\u200bll`: a zero-width space hides a word from filters)
    if (
      (d === APOSTROPHE || d === RIGHT_SINGLE_QUOTE || isInvisible(d)) &&
      e + 1 < n &&
      isWordAt(text, e + 1)
    ) {
      e++;
      continue;
    }
    break;
  }
  let raw = text.slice(i, e);
  if (INVISIBLE.test(raw)) raw = raw.replace(INVISIBLES, '');
  // letters styled with Unicode's fullwidth or mathematical alphabets (`ｄｉｅ`, `𝐝𝐢𝐞`, the "fancy
  // text" of bios and posts) are the plain letters they show
  if (STYLED_LETTERS.test(raw)) raw = raw.normalize('NFKC');
  let norm = raw.toLowerCase().replaceAll('\u2019', "'");
  if (HAS_MARK.test(norm)) norm = withoutMarks(norm);
  let id = wordId(norm);
  if (id === UNKNOWN) {
    // marks stacked at random compose into other letters (`i` + tilde + … is `ĩ`), and
    // look-alike accents disguise a word (`kïll`, `sùicide`): the bare letters may be a word
    const bare = baseLetters(norm);
    if (bare !== norm) {
      id = wordId(bare);
      if (id !== UNKNOWN) norm = bare;
    }
  }
  if (id === UNKNOWN) {
    id = stretchedWordId(norm);
    if (id !== UNKNOWN) norm = WORDS[id]!;
  }
  tokens.push(i, e, id, norm.charCodeAt(0), norm, TokenKind.word);
  return e;
}

const HAS_MARK = /\p{M}/u;
/** Zero-width space, non-joiner and joiner, word joiner, byte order mark, soft hyphen. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/;
const INVISIBLES = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

function isInvisible(c: number): boolean {
  return (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff || c === 0xad;
}

/** Word shapes the word loop notes: a digit in it; one character three times in a row. */
const SHAPE_DIGIT = 1;
const SHAPE_STRETCH = 2;

/**
 * The dictionary word that a word with a letter drawn out spells (`dieeee`, `killlll`,
 * `pleeease`): runs of three or more of one letter cut to two, else to one. English has no
 * run of three, so the cut never changes a real word; `UNKNOWN` when neither cut is a word.
 */
function stretchedWordId(word: string): number {
  if (!STRETCHED.test(word)) return UNKNOWN;
  const id = wordId(word.replace(STRETCHES, '$1$1'));
  return id !== UNKNOWN ? id : wordId(word.replace(STRETCHES, '$1'));
}
const STRETCHED = /(\p{L})\1\1/u;
const STRETCHES = /(\p{L})\1{2,}/gu;
/** Fullwidth forms (U+FF01–FF5E) and the high surrogate of the mathematical alphanumerics. */
const STYLED_LETTERS = /[\uff01-\uff5e\ud835]/;
const MARKS = /\p{M}+/gu;

/**
 * A word with combining marks, as the word its letters spell: composed where a mark makes a
 * letter of its own (`e` + acute is `é`), any mark left over dropped. Text styled with stacked
 * or overlaid marks ("Zalgo" text, strike-through lettering, `k̷i̷l̷l̷`) is still read: styling
 * must not hide a word from the lexicons.
 */
function withoutMarks(word: string): string {
  return word.normalize('NFC').replace(MARKS, '');
}

/** A word's letters without any mark, composed or combining (`ĩ` and `ï` are `i`). */
function baseLetters(word: string): string {
  return HAS_LATIN_ACCENT.test(word) ? word.normalize('NFD').replace(MARKS, '') : word;
}
/** Latin letters with a diacritic (Latin-1 Supplement to Latin Extended Additional). */
const HAS_LATIN_ACCENT = /[\u00c0-\u024f\u1e00-\u1eff]/;

/** What may stand just before an opening single quote, besides a space. */
const OPENS_QUOTE = new Set([40, 91, 58, 0x2014, 0x2013, 34, 0x201c]);
/** Words that begin with an apostrophe standing for letters left out, not a quote. */
const ELISIONS =
  /^(cause|cos|coz|cuz|til|till|tis|twas|em|bout|round|n|nuff|kay|s|re|ve|ll|d|m|t)(?![\p{L}\p{N}])/iu;

/** Punctuation, symbols and emoji: quotation state, text flags and the boundary they make. */
function scanSymbol(tokens: TokenBuffer, text: string, i: number, c: number): number {
  if (c === 42) {
    // asterisks touching a word are emphasis (`*I* want`, `**really**`), not punctuation; a
    // star between spaces or at a line's start (a bullet) separates
    let e = i + 1;
    while (e < text.length && text.charCodeAt(e) === 42) e++;
    if ((i > 0 && isWordAt(text, i - 1)) || (e < text.length && isWordAt(text, e))) return e;
    tokens.raise(Boundary.clause);
    return e;
  }
  if (c === 34 || c === 0x201c || c === 0x201d) {
    tokens.quote(c);
  } else if (c === APOSTROPHE || c === 0x2018 || c === RIGHT_SINGLE_QUOTE) {
    if (tokens.singleQuote(text, i, c)) tokens.raise(Boundary.clause);
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
  tokens.raise(boundaryOf(c));
  return i + (c >= 0xd800 && c <= 0xdbff ? 2 : 1);
}

/** Tokenizes `text` into fresh arrays; see the module comment for the rules. */
export function tokenize(text: string): TokenList {
  const buffer = new TokenBuffer().fill(text);
  const n = buffer.count;
  const norm: string[] = [];
  for (let i = 0; i < n; i++) norm.push(buffer.normAt(i));
  return {
    text,
    count: n,
    norm,
    word: Array.from(buffer.word.subarray(0, n)),
    start: Array.from(buffer.start.subarray(0, n)),
    end: Array.from(buffer.end.subarray(0, n)),
    kind: Array.from(buffer.kind.subarray(0, n)) as TokenKind[],
    boundary: Array.from(buffer.boundary.subarray(0, n)) as Boundary[],
    sentence: Array.from(buffer.sentence.subarray(0, n)),
    quoted: Array.from(buffer.quoted.subarray(0, n), (q) => q === 1),
    lead: Array.from(buffer.lead.subarray(0, n)),
    flags: buffer.flags,
  };
}
