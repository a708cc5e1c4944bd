import type { ImportUnit, Timestamp } from '../../model/index.js';
import { quarantinedUnit, recordUnit, schemaReason, type ElementSite } from '../meta/index.js';
import { channelAccount } from './ids.js';
import { countOf } from './parse-video.js';
import { ChannelResource } from './schemas.js';

/**
 * One item of a `channels.list` page: the channel's account (title, description) and a profile snapshot of `subscriberCount` and `videoCount`. A saved page carries
 * no time, so the snapshot is observed at the import (`ImportContext.observedAtMs`); a hidden
 * subscriber count is unknown, not 0.
 */
export function parseChannel(value: unknown, site: ElementSite, observedAt: Timestamp): ImportUnit {
  const parsed = ChannelResource.safeParse(value);
  if (!parsed.success) return quarantinedUnit(site, schemaReason(parsed.error), value);
  const { id, snippet, statistics } = parsed.data;
  const account = {
    ...channelAccount(id, snippet?.title),
    bio: snippet?.description || null,
  };
  if (!statistics) return recordUnit(site, [account]);
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
