/**
 * Post and comment bodies arrive as HTML (WXR `content:encoded`, REST `content.rendered`). The
 * model keeps plain text, the links and the hashtags written in the text. WordPress categories
 * and tags are not hashtags: they are the author's filing, not words a reader saw as `#tag`.
 */
export interface BodyText {
  readonly text: string;
  readonly links: readonly string[];
  readonly hashtags: readonly string[];
}

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  copy: '©',
  reg: '®',
  trade: '™',
  middot: '·',
  bull: '•',
  laquo: '«',
  raquo: '»',
};

/** Decodes HTML character references; unknown names stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
        ? String.fromCodePoint(code)
        : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

const BLOCK =
  /<\/?(?:p|div|br|li|ul|ol|h[1-6]|blockquote|pre|tr|table|section|article|figure|figcaption|hr)\b[^>]*>/gi;
const HREF = /<a\b[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;
const BARE_URL = /\bhttps?:\/\/[^\s<>"'）)\]]+/gi;
// A hashtag starts after a space or punctuation, not inside a word or URL (`page#anchor`).
const HASHTAG = /(?:^|[^\p{L}\p{N}_&/#])#([\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*)/gu;

/** Plain text of an HTML fragment: scripts and styles dropped, blocks as line breaks. */
export function htmlToText(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(BLOCK, '\n')
    .replace(/<[^>]*>/g, '');
  return decodeEntities(text)
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function isWebLink(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

/** The body's text, its http(s) links (anchors first, then bare URLs, each once) and hashtags. */
export function bodyText(html: string): BodyText {
  const text = htmlToText(html);
  const links: string[] = [];
  const seen = new Set<string>();
  const add = (url: string) => {
    const clean = url.trim().replace(/[.,;:!?]+$/, '');
    if (isWebLink(clean) && !seen.has(clean)) {
      seen.add(clean);
      links.push(clean);
    }
  };
  for (const match of html.matchAll(HREF))
    add(decodeEntities(match[1] ?? match[2] ?? match[3] ?? ''));
  for (const match of text.matchAll(BARE_URL)) add(match[0]);
  const hashtags: string[] = [];
  const tagSeen = new Set<string>();
  for (const match of text.matchAll(HASHTAG)) {
    const tag = match[1]!;
    // Kept as written (the camel case spells the words); one per case-insensitive spelling.
    const key = tag.toLowerCase();
    if (!tagSeen.has(key)) {
      tagSeen.add(key);
      hashtags.push(tag);
    }
  }
  return { text, links, hashtags };
}
