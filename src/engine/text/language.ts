import { STOPWORDS } from './lexicons/stopwords.js';
import { TokenKind, type Tokens } from './tokenize.js';

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
const BITS = new Map<string, number>();
LANGS.forEach((lang, i) => {
  for (const w of STOPWORDS[lang]!) BITS.set(w, (BITS.get(w) ?? 0) | (1 << i));
});
const EN = LANGS.indexOf('en');
const COUNTS = new Int32Array(LANGS.length);

/** Guesses the language of a tokenized text. */
export function detectLanguage(tokens: Tokens): LanguageGuess {
  // one counter per language, reused: classify calls this once per text
  const counts = COUNTS.fill(0);
  let latin = 0;
  let other = 0;
  let words = 0;
  for (let i = 0; i < tokens.norm.length; i++) {
    if (tokens.kind[i] !== TokenKind.word && tokens.kind[i] !== TokenKind.hashtag) continue;
    const w = tokens.norm[i]!;
    const c = w.charCodeAt(0);
    if (c < 0x250) latin++;
    else if (c >= 0x370) {
      other++;
      continue;
    }
    words++;
    let bits = BITS.get(w);
    if (bits === undefined) continue;
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
