import type { ImportUnit } from '../../model/index.js';
import {
  fromIsoTime,
  quarantinedUnit,
  recordUnit,
  schemaReason,
  type ElementSite,
} from '../meta/index.js';
import { channelAccount } from './ids.js';
import { countOf } from './parse-video.js';
import { ChannelResource } from './schemas.js';

/**
 * One item of a `channels.list` page: the channel's account (title, description) and a profile
 * snapshot of `subscriberCount` and `videoCount`; a hidden subscriber count is unknown, not 0.
 *
 * A saved page carries no time of its own (the Data API writes no fetch time), so the snapshot
 * is keyed by the channel's `snippet.publishedAt`, the one time the resource holds and a lower
 * bound of when it was observed. The same page imported again is then a duplicate; a later page
 * with other counts updates that snapshot (the latest import wins, SPEC §9) rather than adding
 * one, since nothing in the input says which of two observations is the newer. Without
 * `snippet.publishedAt` (a page fetched without `part=snippet`) no snapshot is kept.
 */
export function parseChannel(value: unknown, site: ElementSite): ImportUnit {
  const parsed = ChannelResource.safeParse(value);
  if (!parsed.success) return quarantinedUnit(site, schemaReason(parsed.error), value);
  const { id, snippet, statistics } = parsed.data;
  const account = {
    ...channelAccount(id, snippet?.title),
    bio: snippet?.description || null,
  };
  const observedAt = fromIsoTime(snippet?.publishedAt);
  if (snippet?.publishedAt && !observedAt) return quarantinedUnit(site, 'bad timestamp', value);
  if (!statistics || !observedAt) return recordUnit(site, [account]);
  return recordUnit(site, [
    account,
    {
      type: 'snapshot',
      platform: 'youtube',
      account: account.id,
      observedAt,
      followers: statistics.hiddenSubscriberCount ? null : countOf(statistics.subscriberCount),
      following: null,
      posts: countOf(statistics.videoCount),
    },
  ]);
}
