/**
 * Hashtags and links written in Reddit text. Reddit has no structured hashtags or link facets,
 * so both come from the text itself; campaigns (`#EndTheStigma`) are followed across platforms
 * by these. Scans with `indexOf`, so text without `#` or `http` costs one pass and no
 * allocation (this runs once per record on the import's hot path).
 */

/** Shared empty result: most records have neither hashtags nor links. */
export const NONE: readonly string[] = Object.freeze([]);

const HASH = 35;
const AMPERSAND = 38;
const SLASH = 47;
const UNDERSCORE = 95;
const MAX_TAG_LENGTH = 100;
const NON_ASCII_WORD = /^[\p{L}\p{N}\p{M}]$/u;

function isWordCode(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) {
    return (
      (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === UNDERSCORE
    );
  }
  const point = text.codePointAt(at)!;
  return NON_ASCII_WORD.test(String.fromCodePoint(point));
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Adds the hashtags of `text` (without `#`, as written, each once) to `into`, returning the
 * array (created on the first tag) or `into` unchanged. A `#` inside a word, a URL fragment
 * (`/#top`) or an HTML entity (`&#39;`) is not a hashtag; nor is `#1` (digits only).
 */
export function collectHashtags(text: string, into: string[] | null): string[] | null {
  let at = text.indexOf('#');
  while (at !== -1) {
    const prev = at > 0 ? text.charCodeAt(at - 1) : 32;
    let end = at + 1;
    if (
      prev !== SLASH &&
      prev !== AMPERSAND &&
      prev !== HASH &&
      !(at > 0 && isWordCode(text, at - 1))
    ) {
      let hasNonDigit = false;
      while (end < text.length && end - at <= MAX_TAG_LENGTH && isWordCode(text, end)) {
        if (!isDigitCode(text.charCodeAt(end))) hasNonDigit = true;
        end += text.charCodeAt(end) >= 0xd800 && text.charCodeAt(end) < 0xdc00 ? 2 : 1;
      }
      if (hasNonDigit && end - at - 1 <= MAX_TAG_LENGTH) {
        const tag = text.slice(at + 1, end);
        if (into === null) into = [tag];
        else if (!into.includes(tag)) into.push(tag);
      }
    }
    at = text.indexOf('#', end);
  }
  return into;
}

/** Characters that end a URL in Reddit markdown: whitespace, brackets, quotes. */
function endsUrl(c: number): boolean {
  return (
    c <= 32 || c === 41 || c === 93 || c === 62 || c === 60 || c === 34 || c === 39 || c === 125
  );
}

/** Trailing punctuation that belongs to the sentence, not the URL. */
function isTrailingPunctuation(c: number): boolean {
  return c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 42;
}

/** Adds the `http(s)://` links of `text` (each once) to `into`; see `collectHashtags`. */
export function collectLinks(text: string, into: string[] | null): string[] | null {
  let at = text.indexOf('http');
  while (at !== -1) {
    let end = at + 4;
    const scheme = text.startsWith('://', end) ? 7 : text.startsWith('s://', end) ? 8 : 0;
    if (scheme !== 0 && !(at > 0 && isWordCode(text, at - 1))) {
      end = at + scheme;
      while (end < text.length && !endsUrl(text.charCodeAt(end))) end++;
      while (end > at + scheme && isTrailingPunctuation(text.charCodeAt(end - 1))) end--;
      if (end > at + scheme) {
        const link = text.slice(at, end);
        if (into === null) into = [link];
        else if (!into.includes(link)) into.push(link);
      }
    }
    at = text.indexOf('http', end);
  }
  return into;
}

const ENTITY = /&(amp|lt|gt);/g;
const ENTITY_TEXT: { readonly [name: string]: string } = { amp: '&', lt: '<', gt: '>' };
function replaceEntity(_match: string, name: string): string {
  return ENTITY_TEXT[name]!;
}
const CARRIAGE_RETURN = /\r\n?/g;

/**
 * Reddit text as the model keeps it. Reddit serves markdown with `&`, `<` and `>` HTML-escaped
 * (`&gt;` for a quote), and the dumps keep that escaping: these three are unescaped (Reddit
 * escapes no others). Line breaks become `\n`: older records mix `\r\n` and lone `\r`, and
 * files re-saved through Python's universal newlines have already turned them into `\n`, so
 * this makes every layout of the same record store the same text.
 */
export function normalizeRedditText(text: string): string {
  if (text.indexOf('&') !== -1) text = text.replace(ENTITY, replaceEntity);
  if (text.indexOf('\r') !== -1) text = text.replace(CARRIAGE_RETURN, '\n');
  return text;
}
