import {
  accountId,
  postId,
  type ImportUnit,
  type Location,
  type ModelRecord,
  type Post,
  type Visibility,
} from '../../model/index.js';
import { htmlToText } from './html-to-text.js';
import { parseIsoTime } from './iso-time.js';
import { fullAcct, mastodonAccount, mastodonInteraction } from './mastodon-records.js';
import {
  restAccountSchema,
  restStatusSchema,
  schemaReason,
  type RestAccount,
  type RestStatus,
} from './schemas.js';
import { quarantineUnit, recordUnit, skippedUnit } from '../units.js';

/** What one saved REST response tells about the statuses in it. */
export interface RestIndex {
  /** Statuses in the response by their instance-local `id`, to resolve `in_reply_to_id`. */
  readonly statusesById: ReadonlyMap<string, RestStatus>;
  /** `user@domain` of the accounts in the response (authors, mentions) by local `id`. */
  readonly acctById: ReadonlyMap<string, string>;
  /** The instance that answered: the domain of an account it calls local (no `@` in `acct`). */
  readonly instance: string | null;
}

const VISIBILITY: Readonly<Record<string, Visibility | 'direct'>> = {
  public: 'public',
  unlisted: 'unlisted',
  private: 'followers',
  limited: 'followers',
  direct: 'direct',
};

/**
 * Where a parent outside the response lives: REST ids are local to the instance that answered,
 * so a parent known only by `in_reply_to_id` is named by that instance's API URL for it. It
 * cannot join the same status imported by its ActivityPub URI (see the formats table).
 */
export function restStatusRef(instance: string | null, id: string): string {
  return instance ? `https://${instance}/api/v1/statuses/${id}` : `urn:mastodon-api:status:${id}`;
}

/** A REST Account entity → the account (its counts carry no observation time: not kept). */
export function parseRestAccount(raw: unknown, where: Location, content: () => string): ImportUnit {
  const parsed = restAccountSchema.safeParse(raw);
  if (!parsed.success) return quarantineUnit(where, schemaReason(parsed.error), content());
  const account = accountRecord(parsed.data);
  return account
    ? recordUnit(where, [account])
    : quarantineUnit(where, 'account without a domain', content());
}

function accountRecord(account: RestAccount): ModelRecord | null {
  const acct = fullAcct(account.acct, account.url);
  return acct
    ? mastodonAccount(acct, account.display_name, htmlToText(account.note ?? '').text)
    : null;
}

type Outcome = { items: ModelRecord[] } | { skip: string } | { quarantine: string };

/**
 * A REST Status entity → its records (SPEC §9), keyed by its ActivityPub `uri`:
 *
 * - `reblog` → a `repost` interaction keyed `repost:<uri>` (never a post), plus the reblogged
 *   status, which the entity holds whole, as a post.
 * - `visibility` `direct` → skipped `direct message`; `private`/`limited` → followers.
 * - `in_reply_to_id` → a comment whose parent is that status's `uri` when it is in the same
 *   response (and then `parentIsComment` is known), else `restStatusRef`; a `reply`
 *   interaction targets `in_reply_to_account_id` resolved within the response.
 * - `mentions` → `mention:<uri>:<user@domain>`; `tags` → hashtags; counts: favourites →
 *   likes, reblogs → reposts, replies → replies.
 */
export function parseStatus(
  raw: unknown,
  index: RestIndex,
  where: Location,
  content: () => string,
): ImportUnit {
  const outcome = statusItems(raw, index, false);
  if ('items' in outcome) return recordUnit(where, outcome.items);
  if ('skip' in outcome) return skippedUnit(where, outcome.skip);
  return quarantineUnit(where, outcome.quarantine, content());
}

function statusItems(raw: unknown, index: RestIndex, embedded: boolean): Outcome {
  const parsed = restStatusSchema.safeParse(raw);
  if (!parsed.success) return { quarantine: schemaReason(parsed.error) };
  const status = parsed.data;
  const author = accountRecord(status.account);
  if (!author || author.type !== 'account') return { quarantine: 'account without a domain' };
  const createdAt = parseIsoTime(status.created_at);
  if (createdAt === null) return { quarantine: 'bad timestamp' };
  const items: ModelRecord[] = [author];

  if (status.reblog && !embedded) {
    const original = statusItems(status.reblog, index, true);
    if ('quarantine' in original) return { quarantine: `reblog: ${original.quarantine}` };
    const reblog = restStatusSchema.parse(status.reblog);
    if ('items' in original) items.push(...original.items);
    const target = fullAcct(reblog.account.acct, reblog.account.url);
    items.push(
      mastodonInteraction(
        'repost',
        `repost:${status.uri}`,
        author.id,
        target ? accountId(target) : null,
        postId(reblog.uri),
        createdAt,
      ),
    );
    return { items };
  }

  const visibility = VISIBILITY[status.visibility ?? 'public'] ?? 'followers';
  if (visibility === 'direct') return { skip: 'direct message' };
  const id = postId(status.uri);
  const parentId = status.in_reply_to_id ?? null;
  const parentStatus = parentId ? index.statusesById.get(parentId) : undefined;
  const parent = parentId
    ? postId(parentStatus?.uri ?? restStatusRef(index.instance, parentId))
    : null;
  const { text, links } = htmlToText(status.content ?? '');
  const post: Post = {
    type: 'post',
    platform: 'mastodon',
    id,
    author: author.id,
    createdAt,
    kind: parent ? 'comment' : 'post',
    root: null,
    parent,
    parentIsComment: parent && parentStatus ? Boolean(parentStatus.in_reply_to_id) : null,
    title: status.spoiler_text || null,
    text,
    hashtags: (status.tags ?? []).map((t) => t.name),
    links,
    language: status.language || null,
    visibility,
    counts: {
      likes: status.favourites_count ?? null,
      reposts: status.reblogs_count ?? null,
      replies: status.replies_count ?? null,
    },
  };
  items.push(post);
  const seen = new Set<string>();
  for (const mention of status.mentions ?? []) {
    const acct = fullAcct(mention.acct, mention.url);
    if (!acct || seen.has(acct)) continue;
    seen.add(acct);
    items.push(mastodonAccount(acct));
    items.push(
      mastodonInteraction(
        'mention',
        `mention:${id}:${acct}`,
        author.id,
        accountId(acct),
        null,
        createdAt,
      ),
    );
  }
  if (parent) {
    const to = status.in_reply_to_account_id
      ? index.acctById.get(status.in_reply_to_account_id)
      : undefined;
    items.push(
      mastodonInteraction(
        'reply',
        `reply:${id}`,
        author.id,
        to ? accountId(to) : null,
        parent,
        createdAt,
      ),
    );
  }
  return { items };
}
