import type { ImportUnit } from '../../model/index.js';
import { InputError } from '../errors.js';
import type { ImportContext } from '../importer.js';
import { skipAll, unitsOfArray, readExportJson } from '../meta/index.js';
import type { SourceEntry } from '../source.js';
import { parseChannel } from './parse-channel.js';
import { parseComment } from './parse-comment.js';
import { parseSubscription } from './parse-subscription.js';
import { parseThread } from './parse-thread.js';
import { parseVideo } from './parse-video.js';
import { ListResponse } from './schemas.js';

/** The list responses Rapport reads, by `kind`. */
export const API_KINDS = [
  'youtube#commentThreadListResponse',
  'youtube#commentListResponse',
  'youtube#videoListResponse',
  'youtube#channelListResponse',
  'youtube#subscriptionListResponse',
] as const;

const HEAD = new RegExp(`"kind"\\s*:\\s*"(${API_KINDS.join('|')})"`);

/** Whether the first bytes of a `.json` entry are a saved Data API list page Rapport reads. */
export function isApiPageHead(head: string): boolean {
  return HEAD.test(head);
}

/**
 * One saved YouTube Data API v3 page: each element of `items` is one unit. Another
 * `youtube#…ListResponse` (playlists, search results…) is skipped item by item with its kind.
 */
export async function* readApiPage(
  entry: SourceEntry,
  context: ImportContext,
): AsyncIterable<ImportUnit> {
  const doc = await readExportJson(entry, context.limits.maxDocumentBytes);
  const page = ListResponse.safeParse(doc);
  if (!page.success)
    throw new InputError(`${entry.path} is not a YouTube Data API list page`, entry.path);
  const { kind, items } = page.data;
  const each = (parse: Parameters<typeof unitsOfArray>[4]) =>
    unitsOfArray(items, entry.path, '/items', context.limits, parse);
  switch (kind) {
    case 'youtube#commentThreadListResponse':
      return yield* each(parseThread);
    case 'youtube#commentListResponse':
      return yield* each(parseComment);
    case 'youtube#videoListResponse':
      return yield* each(parseVideo);
    case 'youtube#channelListResponse':
      return yield* each(parseChannel);
    case 'youtube#subscriptionListResponse':
      return yield* each(parseSubscription);
    default:
      return yield* skipAll(items, entry.path, '/items', `unsupported ${kind}`);
  }
}
