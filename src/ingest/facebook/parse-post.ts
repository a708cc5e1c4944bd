import { postId, type ImportUnit } from '../../model/index.js';
import { contentHash } from '../hash.js';
import {
  fromUnixSeconds,
  hashtagsOf,
  linksOf,
  quarantinedUnit,
  recordUnit,
  schemaReason,
  skippedUnit,
  type ElementSite,
} from '../meta/index.js';
import { OWNER } from './owner.js';
import { PostEntry } from './schemas.js';

/** What a post says and points at: its text, and the media uris and links of its attachments. */
function contentOf(entry: PostEntry): { text: string; uris: string[]; links: string[] } {
  const text = (entry.data ?? [])
    .map((d) => d.post ?? '')
    .filter(Boolean)
    .join('\n');
  const uris: string[] = [];
  const links = linksOf(text);
  for (const attachment of entry.attachments ?? []) {
    for (const item of attachment.data ?? []) {
      if (item.media?.uri) uris.push(item.media.uri);
      const url = item.external_context?.url;
      if (url && /^https?:\/\//.test(url) && !links.includes(url)) links.push(url);
      if (item.note || item.poll || item.event) uris.push(JSON.stringify(item));
    }
  }
  return { text, uris, links };
}

/**
 * One of the owner's posts (`your_posts_N.json`, `group_posts_v2`). The export gives posts no
 * id, so the id is `post:<16 hex of sha256(timestamp, text, attachment uris and links)>`:
 * the same post in two copies of the export gets the same id. A record with no text and no
 * attachment (a bare "updated their status" line) is skipped as `no content`.
 */
export function parsePost(value: unknown, site: ElementSite, venue: string | null): ImportUnit {
  const parsed = PostEntry.safeParse(value);
  if (!parsed.success) return quarantinedUnit(site, schemaReason(parsed.error), value);
  const { text, uris, links } = contentOf(parsed.data);
  if (!text && uris.length === 0 && links.length === 0) return skippedUnit(site, 'no content');
  const seconds = parsed.data.timestamp;
  const createdAt = fromUnixSeconds(seconds);
  if (seconds !== undefined && !createdAt) return quarantinedUnit(site, 'bad timestamp', value);
  const hash = contentHash(JSON.stringify([seconds ?? null, text, uris, links])).slice(0, 16);
  return recordUnit(site, [
    OWNER,
    {
      type: 'post',
      platform: 'facebook',
      id: postId(`post:${hash}`),
      author: OWNER.id,
      createdAt,
      kind: 'post',
      root: null,
      parent: null,
      parentIsComment: null,
      text,
      hashtags: hashtagsOf(text),
      links,
      // @NOTE the export does not carry each post's audience; posts count as public.
      visibility: 'public',
      venue,
    },
  ]);
}
