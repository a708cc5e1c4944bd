/** Plain text and outbound links of a status's HTML `content`. */
export interface HtmlText {
  readonly text: string;
  /** `href`s of links, except mention and hashtag links (those are structured data). */
  readonly links: readonly string[];
}

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z]{2,8});/g, (whole, body: string) => {
    if (body[0] === '#') {
      const code =
        body[1] === 'x' || body[1] === 'X'
          ? parseInt(body.slice(2), 16)
          : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
        ? String.fromCodePoint(code)
        : whole;
    }
    return NAMED[body.toLowerCase()] ?? whole;
  });
}

/**
 * Mastodon's HTML (`<p>`, `<br>`, `<a>`, and `<span class="invisible">` around the hidden part
 * of long URLs) → plain text with paragraphs as blank lines; link text is kept, so a shortened
 * URL reads in full. Never used to render: the text is stored, and escaped wherever shown.
 */
export function htmlToText(html: string): HtmlText {
  const links: string[] = [];
  for (const match of html.matchAll(/<a\s([^>]*)>/gi)) {
    const attributes = match[1]!;
    const href = /\bhref\s*=\s*"([^"]*)"/i.exec(attributes)?.[1];
    const cls = /\bclass\s*=\s*"([^"]*)"/i.exec(attributes)?.[1] ?? '';
    const rel = /\brel\s*=\s*"([^"]*)"/i.exec(attributes)?.[1] ?? '';
    if (!href || /\b(mention|hashtag)\b/.test(cls) || /\btag\b/.test(rel)) continue;
    const url = decodeEntities(href);
    if (/^https?:\/\//i.test(url) && !links.includes(url)) links.push(url);
  }
  const text = decodeEntities(
    html
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/p>\s*<p[^>]*>/gi, '\n\n')
      .replace(/<[^>]*>/g, ''),
  ).trim();
  return { text, links };
}
