import type { ImportUnit } from '../../model/index.js';
import {
  fromIsoTime,
  quarantinedUnit,
  recordUnit,
  schemaReason,
  type ElementSite,
} from '../meta/index.js';
import { channelAccount } from './ids.js';
import { SubscriptionResource } from './schemas.js';

/**
 * One item of a `subscriptions.list` page: `snippet.channelId` (the subscriber) follows
 * `resourceId.channelId`, since `publishedAt`.
 */
export function parseSubscription(value: unknown, site: ElementSite): ImportUnit {
  const parsed = SubscriptionResource.safeParse(value);
  if (!parsed.success) return quarantinedUnit(site, schemaReason(parsed.error), value);
  const { snippet } = parsed.data;
  const at = snippet.publishedAt ? fromIsoTime(snippet.publishedAt) : null;
  if (snippet.publishedAt && !at) return quarantinedUnit(site, 'bad timestamp', value);
  const subscriber = channelAccount(snippet.channelId);
  const channel = channelAccount(snippet.resourceId.channelId, snippet.title);
  return recordUnit(site, [
    subscriber,
    channel,
    {
      type: 'interaction',
      platform: 'youtube',
      kind: 'follow',
      key: `follow:${subscriber.id}:${channel.id}`,
      actor: subscriber.id,
      targetAccount: channel.id,
      targetPost: null,
      at,
    },
  ]);
}
