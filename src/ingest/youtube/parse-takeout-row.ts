import { accountId, postId, type ImportUnit, type PostId } from '../../model/index.js';
import { contentHash } from '../hash.js';
import { fromIsoTime, hashtagsOf, linksOf } from '../meta/index.js';
import type { Location } from '../../model/index.js';
import { channelAccount, communityPostId, videoPostId } from './ids.js';

/** One row of Takeout's `comments.csv`, by header name. */
export type TakeoutRow = Readonly<Record<string, string | undefined>>;

/**
 * `Comment text` holds comma-joined JSON segments (`{"text":"…"},{"text":"14:04","videoLink":…}`),
 * not one JSON value: wrapped in brackets it parses as an array; the text is the segments'
 * `text` joined. Null when it does not parse, or a segment is not an object whose `text`, if
 * any, is a string (nested arrays or numbers are not Takeout's).
 */
export function takeoutText(raw: string): string | null {
  if (raw.trim() === '') return '';
  let segments: unknown;
  try {
    segments = JSON.parse(`[${raw}]`);
  } catch {
    return null;
  }
  if (!Array.isArray(segments)) return null;
  let text = '';
  for (const segment of segments) {
    if (segment === null || typeof segment !== 'object' || Array.isArray(segment)) return null;
    const part: unknown = (segment as { text?: unknown }).text;
    if (part !== undefined && typeof part !== 'string') return null;
    text += part ?? '';
  }
  return text;
}

/**
 * A row of Google Takeout `YouTube and YouTube Music/comments/comments.csv`: one of the owner's
 * comments, by `Channel ID`, on `Video ID` or a community post `Post ID`. This Takeout version
 * has no parent column, but a reply's id is `<parent id>.<suffix>`, so such a comment is a
 * threaded reply to that parent (a `Parent Comment ID` column, where present, wins).
 */
export function parseTakeoutRow(row: TakeoutRow, where: Location, raw: string): ImportUnit {
  const quarantine = (reason: string): ImportUnit => ({
    outcome: 'quarantined',
    where,
    reason,
    contentHash: contentHash(raw),
  });
  const id = row['Comment ID']?.trim();
  const channelId = row['Channel ID']?.trim();
  if (!id) return quarantine('no comment id');
  const createdAt = fromIsoTime(row['Comment create timestamp']?.trim());
  if (!createdAt) return quarantine('bad timestamp');
  const text = takeoutText(row['Comment text'] ?? '');
  if (text === null) return quarantine('bad comment text');
  const videoId = row['Video ID']?.trim();
  const communityId = row['Post ID']?.trim();
  const root: PostId | null = videoId
    ? videoPostId(videoId)
    : communityId
      ? communityPostId(communityId)
      : null;
  const parentComment =
    row['Parent Comment ID']?.trim() || (id.includes('.') ? id.slice(0, id.indexOf('.')) : '');
  const parent = parentComment ? postId(parentComment) : (root ?? postId(`unknown:${id}`));
  const author = channelId ? channelAccount(channelId) : null;
  return {
    outcome: 'record',
    where,
    items: [
      ...(author ? [author] : []),
      {
        type: 'post',
        platform: 'youtube',
        id: postId(id),
        author: author ? accountId(author.id) : null,
        createdAt,
        kind: 'comment',
        root,
        parent,
        parentIsComment: parentComment !== '',
        text,
        hashtags: hashtagsOf(text),
        links: linksOf(text),
        visibility: 'public',
        venue: videoId || null,
      },
      {
        type: 'interaction',
        platform: 'youtube',
        kind: 'reply',
        key: `reply:${id}`,
        actor: author?.id ?? null,
        targetAccount: null,
        targetPost: parent,
        at: createdAt,
      },
    ],
  };
}
