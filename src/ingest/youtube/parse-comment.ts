import {
  accountId,
  postId,
  type AccountId,
  type ImportUnit,
  type ModelRecord,
  type PostId,
} from '../../model/index.js';
import {
  fromIsoTime,
  hashtagsOf,
  linksOf,
  quarantinedUnit,
  recordUnit,
  schemaReason,
  skippedUnit,
  type ElementSite,
} from '../meta/index.js';
import { channelAccount, channelPostId, videoPostId } from './ids.js';
import { CommentResource, type CommentSnippet } from './schemas.js';

/** Where a comment sits: what it replies to, and whose that is. */
export interface CommentPlace {
  readonly root: PostId | null;
  readonly parent: PostId;
  readonly parentIsComment: boolean;
  readonly targetAccount: AccountId | null;
}

/** The post a top-level comment is on: its video, else the channel's discussion, else unknown. */
export function topLevelParent(id: string, videoId?: string, channelId?: string): PostId {
  if (videoId) return videoPostId(videoId);
  if (channelId) return channelPostId(channelId);
  return postId(`unknown:${id}`);
}

/**
 * The records of one comment resource: its author's account, the comment (a Post of kind
 * `comment`) and its `reply` interaction. Null when the time is unusable.
 */
export function commentRecords(
  id: string,
  snippet: CommentSnippet,
  place: CommentPlace,
  replies?: number,
): ModelRecord[] | null {
  const createdAt = fromIsoTime(snippet.publishedAt);
  if (!createdAt) return null;
  const authorId = snippet.authorChannelId?.value;
  const author = authorId ? channelAccount(authorId, snippet.authorDisplayName) : null;
  const text = snippet.textOriginal ?? snippet.textDisplay ?? '';
  const records: ModelRecord[] = author ? [author] : [];
  records.push(
    {
      type: 'post',
      platform: 'youtube',
      id: postId(id),
      author: author?.id ?? null,
      createdAt,
      kind: 'comment',
      root: place.root,
      parent: place.parent,
      parentIsComment: place.parentIsComment,
      text,
      hashtags: hashtagsOf(text),
      links: linksOf(text),
      visibility: 'public',
      venue: snippet.videoId ?? null,
      counts: { likes: snippet.likeCount ?? null, replies: replies ?? null },
    },
    {
      type: 'interaction',
      platform: 'youtube',
      kind: 'reply',
      key: `reply:${id}`,
      actor: author?.id ?? null,
      targetAccount: place.targetAccount,
      targetPost: place.parent,
      at: createdAt,
    },
  );
  return records;
}

/**
 * Where a reply sits, from its own snippet only: the same reply embedded in a `commentThreads`
 * page and listed by `comments.list?parentId=…` must make identical records, or importing both
 * would flip the stored copy back and forth. The parent's author is found from the stored
 * parent comment, so the interaction names no target account.
 */
export function replyPlace(snippet: CommentSnippet, parentId: string): CommentPlace {
  return {
    root: snippet.videoId ? videoPostId(snippet.videoId) : null,
    parent: postId(parentId),
    parentIsComment: true,
    targetAccount: null,
  };
}

/**
 * One item of a `comments.list` page. With `parentId` it is a threaded reply (SPEC §9: the
 * parent is a comment). Without it, it is a top-level comment, kept when the snippet names its
 * video or channel; a page fetched by comment id that names neither (the `comments_multi`
 * fixture) cannot place the comment, and is skipped rather than stored under a parent that
 * would contradict its thread page.
 */
export function parseComment(value: unknown, site: ElementSite): ImportUnit {
  const parsed = CommentResource.safeParse(value);
  if (!parsed.success) return quarantinedUnit(site, schemaReason(parsed.error), value);
  const { id, snippet } = parsed.data;
  let place: CommentPlace;
  if (snippet.parentId) place = replyPlace(snippet, snippet.parentId);
  else if (!snippet.videoId && !snippet.channelId) {
    return skippedUnit(site, 'top-level comment without video or channel');
  } else {
    const parent = topLevelParent(id, snippet.videoId, snippet.channelId);
    place = {
      root: parent,
      parent,
      parentIsComment: false,
      targetAccount: snippet.channelId ? accountId(snippet.channelId) : null,
    };
  }
  const records = commentRecords(id, snippet, place);
  return records ? recordUnit(site, records) : quarantinedUnit(site, 'bad timestamp', value);
}
