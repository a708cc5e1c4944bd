import { z } from 'zod';
import {
  accountId,
  type Account,
  type ImportUnit,
  type ProfileSnapshot,
} from '../../model/index.js';
import { InputError } from '../errors.js';
import type { ImportContext } from '../importer.js';
import { readJsonDocument } from '../read-json.js';
import type { SourceEntry } from '../source.js';
import { isDid, parseAtUri } from './at-uri.js';
import { parseRecord } from './parse-record.js';
import { parseCreatedAt } from './parse-time.js';
import { describe } from './parse-view.js';
import { bad, isObject } from './parsed.js';
import { quarantined, toUnit } from './units.js';

/**
 * The capture file of indigo's automod (`automod/capture`, Go field names): one account's
 * identity, profile and counts at `capturedAt`, and its recent `app.bsky.feed.post` records.
 */
const capture = z.object({
  capturedAt: z.string(),
  accountMeta: z.object({
    Identity: z.object({
      DID: z.string().refine(isDid, 'not a DID'),
      Handle: z.string().nullish(),
    }),
    Profile: z
      .object({ DisplayName: z.string().nullish(), Description: z.string().nullish() })
      .nullish(),
    FollowersCount: z.number().int().nonnegative().nullish(),
    FollowsCount: z.number().int().nonnegative().nullish(),
    PostsCount: z.number().int().nonnegative().nullish(),
  }),
  postRecords: z.array(z.unknown()).nullish(),
});

/** Units: the account (with its counts as a profile snapshot) first, then one per post record. */
export async function* readCapture(
  entry: SourceEntry,
  context: ImportContext,
): AsyncIterable<ImportUnit> {
  const doc = await readJsonDocument(entry, context.limits.maxDocumentBytes);
  const result = capture.safeParse(doc);
  if (!result.success) {
    throw new InputError(
      `${entry.path} is not an automod capture: ${describe(result.error)}`,
      entry.path,
    );
  }
  const { capturedAt, accountMeta: meta, postRecords } = result.data;
  let ordinal = 0;
  const at = () => ({ file: entry.path, line: ++ordinal });

  const did = meta.Identity.DID;
  const observedAt = parseCreatedAt(capturedAt);
  const where = at();
  if (observedAt === 'bad' || observedAt === null) {
    yield quarantined(where, 'bad timestamp', JSON.stringify(meta));
  } else {
    const handle = meta.Identity.Handle;
    const account: Account = {
      type: 'account',
      platform: 'bluesky',
      id: accountId(did),
      handle: handle && handle !== 'handle.invalid' ? handle.toLowerCase() : did,
      displayName: meta.Profile?.DisplayName || null,
      bio: meta.Profile?.Description || null,
    };
    const snapshot: ProfileSnapshot = {
      type: 'snapshot',
      platform: 'bluesky',
      account: accountId(did),
      observedAt,
      followers: meta.FollowersCount ?? null,
      following: meta.FollowsCount ?? null,
      posts: meta.PostsCount ?? null,
    };
    yield { outcome: 'record', where, items: [account, snapshot] };
  }

  for (const item of postRecords ?? []) {
    const uri = isObject(item) ? parseAtUri(item.uri) : null;
    const parsed = uri
      ? parseRecord(uri.did, uri.collection, uri.rkey, (item as { value?: unknown }).value)
      : bad('post record without an at:// uri');
    yield toUnit(parsed, at(), () => JSON.stringify(item));
  }
}
