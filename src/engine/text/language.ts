import { STOPWORDS } from './lexicons/stopwords.js';
import { TokenKind, type Tokens } from './tokenize.js';
import { allocateBits, FLAGS, setWordBits } from './words.js';

/**
 * Enough language identification to know whether the English lexicons apply: function-word
 * counts per language (Grefenstette 1995) plus a script check. Texts with no evidence either
 * way (emoji, a name, "ok") count as English, the language of the lexicons.
 */
export interface LanguageGuess {
  /** ISO 639-1 code, or `und` for a script with no stopword list. */
  readonly language: string;
  /** Whether a lexicon exists for it (only English so far). */
  readonly supported: boolean;
}

export const SUPPORTED_LANGUAGES: ReadonlySet<string> = new Set(['en']);

const LANGS = Object.keys(STOPWORDS);
/** Flag bits `FIRST_BIT + i`: the word is a stopword of `LANGS[i]` (see `words.ts`). */
const FIRST_BIT = allocateBits(LANGS.length);
const LANG_MASK = (1 << LANGS.length) - 1;
LANGS.forEach((lang, i) => {
  for (const w of STOPWORDS[lang]!) setWordBits(w, 1 << (FIRST_BIT + i));
});
const EN = LANGS.indexOf('en');
const COUNTS = new Int32Array(LANGS.length);

// Module-local copies of constants read in loops: an imported binding costs a load and a
// check each time it is read.
const WORD = TokenKind.word;
const HASHTAG = TokenKind.hashtag;

/** Guesses the language of a tokenized text. */
export function detectLanguage(tokens: Tokens): LanguageGuess {
  // one counter per language, reused: classify calls this once per text
  const counts = COUNTS.fill(0);
  const { kind, lead, word } = tokens;
  const flags = FLAGS;
  let latin = 0;
  let other = 0;
  let words = 0;
  for (let i = 0; i < tokens.count; i++) {
    if (kind[i] !== WORD && kind[i] !== HASHTAG) continue;
    const c = lead[i]!;
    if (c < 0x250) latin++;
    else if (c >= 0x370) {
      other++;
      continue;
    }
    words++;
    let bits = (flags[word[i]!]! >>> FIRST_BIT) & LANG_MASK;
    for (let k = 0; bits !== 0; k++, bits >>>= 1) if (bits & 1) counts[k]!++;
  }
  if (other > latin) return { language: 'und', supported: false };
  let best = EN;
  for (let k = 0; k < LANGS.length; k++) if (counts[k]! > counts[best]!) best = k;
  const en = counts[EN]!;
  const top = counts[best]!;
  // another language wins only on clear evidence: more hits than English, and either two
  // or more of them or a short text with no English function word at all
  if (best !== EN && top > en && (top >= 2 || (en === 0 && words <= 6))) {
    return { language: LANGS[best]!, supported: SUPPORTED_LANGUAGES.has(LANGS[best]!) };
  }
  return { language: 'en', supported: true };
}
