import type { ImportUnit, ReportedCounts, Visibility } from '../../model/index.js';
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
import { channelAccount, videoPostId } from './ids.js';
import { VideoResource } from './schemas.js';

export function countOf(value: string | number | undefined): number | null {
  return value === undefined ? null : Number(value);
}

/**
 * One item of a `videos.list` page: a root post `video/<id>` by its channel, titled, with the
 * description as text and `statistics` (views, likes, comments) as reported counts — kept apart
 * from the likes and replies Rapport observes. A `private` video is skipped as `private post`.
 */
export function parseVideo(value: unknown, site: ElementSite): ImportUnit {
  const parsed = VideoResource.safeParse(value);
  if (!parsed.success) return quarantinedUnit(site, schemaReason(parsed.error), value);
  const video = parsed.data;
  const privacy = video.status?.privacyStatus;
  if (privacy === 'private') return skippedUnit(site, 'private post');
  const visibility: Visibility = privacy === 'unlisted' ? 'unlisted' : 'public';
  const snippet = video.snippet ?? {};
  const createdAt = snippet.publishedAt ? fromIsoTime(snippet.publishedAt) : null;
  if (snippet.publishedAt && !createdAt) return quarantinedUnit(site, 'bad timestamp', value);
  const text = snippet.description ?? '';
  const stats = video.statistics;
  const counts: ReportedCounts = {
    views: countOf(stats?.viewCount),
    likes: countOf(stats?.likeCount),
    replies: countOf(stats?.commentCount),
  };
  const channel = snippet.channelId
    ? channelAccount(snippet.channelId, snippet.channelTitle)
    : null;
  return recordUnit(site, [
    ...(channel ? [channel] : []),
    {
      type: 'post',
      platform: 'youtube',
      id: videoPostId(video.id),
      author: channel?.id ?? null,
      createdAt,
      kind: 'post',
      root: null,
      parent: null,
      parentIsComment: null,
      title: snippet.title ?? null,
      text,
      hashtags: hashtagsOf(text),
      links: linksOf(text),
      language: snippet.defaultLanguage ?? null,
      visibility,
      venue: video.id,
      counts,
    },
  ]);
}
