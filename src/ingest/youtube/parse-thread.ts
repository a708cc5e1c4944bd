import { accountId, type ImportUnit, type ModelRecord } from '../../model/index.js';
import { quarantinedUnit, recordUnit, schemaReason, type ElementSite } from '../meta/index.js';
import { commentRecords, replyPlace, topLevelParent } from './parse-comment.js';
import { CommentThreadResource } from './schemas.js';

/**
 * One item of a `commentThreads.list` page: the top-level comment (on its video, or on the
 * channel's discussion when there is no `videoId`), replying to the channel, plus any replies the
 * page embeds (`replies.comments`, each with `parentId` → threaded, placed as `replyPlace` says). The API embeds only some
 * replies; the rest come from `comments.list?parentId=…` pages. One input record.
 */
export function parseThread(value: unknown, site: ElementSite): ImportUnit {
  const parsed = CommentThreadResource.safeParse(value);
  if (!parsed.success) return quarantinedUnit(site, schemaReason(parsed.error), value);
  const thread = parsed.data;
  const top = thread.snippet.topLevelComment;
  const videoId = thread.snippet.videoId ?? top.snippet.videoId;
  const channelId = thread.snippet.channelId ?? top.snippet.channelId;
  const root = topLevelParent(top.id, videoId, channelId);
  const records: ModelRecord[] = [];
  const topRecords = commentRecords(
    top.id,
    top.snippet,
    {
      root,
      parent: root,
      parentIsComment: false,
      targetAccount: channelId ? accountId(channelId) : null,
    },
    thread.snippet.totalReplyCount,
  );
  if (!topRecords) return quarantinedUnit(site, 'bad timestamp', value);
  records.push(...topRecords);
  for (const reply of thread.replies?.comments ?? []) {
    const place = replyPlace(reply.snippet, reply.snippet.parentId ?? top.id);
    const replyRecords = commentRecords(reply.id, reply.snippet, place);
    if (!replyRecords) return quarantinedUnit(site, 'bad timestamp in a reply', value);
    records.push(...replyRecords);
  }
  return recordUnit(site, records);
}
