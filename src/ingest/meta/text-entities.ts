/**
 * Hashtags and links written in post text. Instagram, Facebook, TikTok and YouTube exports keep
 * no structured hashtag or link entities, so both come from the text (as written, each once).
 */
const HASHTAG = /(^|[^\p{L}\p{N}\p{M}_&/#])#([\p{L}\p{N}\p{M}_]{1,100})/gu;
const LINK = /\bhttps?:\/\/[^\s<>"'()[\]{}]+/g;

export function hashtagsOf(text: string): string[] {
  if (!text.includes('#')) return [];
  const tags: string[] = [];
  for (const match of text.matchAll(HASHTAG)) {
    const tag = match[2]!;
    if (/^\d+$/.test(tag)) continue; // `#1` is a number, not a tag
    if (!tags.includes(tag)) tags.push(tag);
  }
  return tags;
}

export function linksOf(text: string): string[] {
  if (!text.includes('http')) return [];
  const links: string[] = [];
  for (const match of text.matchAll(LINK)) {
    const link = match[0].replace(/[.,;:!?*]+$/, '');
    if (!links.includes(link)) links.push(link);
  }
  return links;
}
