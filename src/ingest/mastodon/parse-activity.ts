import {
  accountId,
  postId,
  type AccountId,
  type ImportUnit,
  type Location,
  type ModelRecord,
  type Post,
  type Visibility,
} from '../../model/index.js';
import { htmlToText } from './html-to-text.js';
import { parseIsoTime } from './iso-time.js';
import { acctFromUri, fullAcct, mastodonAccount, mastodonInteraction } from './mastodon-records.js';
import {
  apActivitySchema,
  apNoteSchema,
  audienceList,
  schemaReason,
  type ApNote,
} from './schemas.js';
import { quarantineUnit, recordUnit, skippedUnit } from '../units.js';

/** The archive's owner, from `actor.json`. */
export interface MastodonOwner {
  readonly id: AccountId;
  readonly actorUri: string;
  /** The owner's followers collection: addressing a post to it makes it followers-only. */
  readonly followers: string | null;
}

const PUBLIC = new Set(['https://www.w3.org/ns/activitystreams#Public', 'as:Public', 'Public']);
const POST_TYPES = new Set(['Note', 'Question', 'Article', 'Page']);

/**
 * Mastodon's visibility from ActivityPub addressing: public = `as:Public` in `to`; unlisted =
 * in `cc`; followers = addressed to a followers collection; anything else is a direct message.
 */
export function visibilityOf(
  to: readonly string[],
  cc: readonly string[],
  followers: string | null,
): Visibility | 'direct' {
  if (to.some((a) => PUBLIC.has(a))) return 'public';
  if (cc.some((a) => PUBLIC.has(a))) return 'unlisted';
  const all = [...to, ...cc];
  if (all.some((a) => a === followers || a.endsWith('/followers'))) return 'followers';
  return 'direct';
}

function idOf(value: string | { id: string } | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'string' ? value : value.id;
}

function authorOf(uri: string | null, owner: MastodonOwner | null): AccountId | null {
  if (uri && owner && uri === owner.actorUri) return owner.id;
  const acct = acctFromUri(uri);
  return acct ? accountId(acct) : null;
}

/**
 * One outbox activity → its records (SPEC §9):
 *
 * - `Create` of a `Note` (or poll `Question`, `Article`) → a post keyed by its ActivityPub id;
 *   `inReplyTo` → a comment with that parent and a `reply` interaction keyed `reply:<id>`
 *   (root unknown: the `conversation` tag is no post; `parentIsComment` null, the store
 *   decides). Addressed to no public and no followers collection → skipped `direct message`.
 * - `Mention` tags → `mention:<post id>:<user@domain>` and the mentioned accounts; `Hashtag`
 *   tags → hashtags. The reply's target account is the mention whose actor owns the parent,
 *   else read from a Mastodon-shaped parent URI.
 * - `Announce` (a boost) → a `repost` interaction keyed `repost:<activity id>` (the same URI
 *   the REST API gives the reblog), never a post; the boosted status is only a URI.
 */
export function parseActivity(
  raw: unknown,
  owner: MastodonOwner | null,
  where: Location,
  content: () => string,
): ImportUnit {
  const parsed = apActivitySchema.safeParse(raw);
  if (!parsed.success) return quarantineUnit(where, schemaReason(parsed.error), content());
  const activity = parsed.data;
  const at = activity.published ? parseIsoTime(activity.published) : null;
  if (activity.published && at === null) return quarantineUnit(where, 'bad timestamp', content());
  const actor = authorOf(idOf(activity.actor), owner);

  if (activity.type === 'Announce') {
    const object = activity.object;
    const target =
      typeof object === 'string'
        ? object
        : typeof object === 'object' &&
            object !== null &&
            typeof (object as { id?: unknown }).id === 'string'
          ? (object as { id: string }).id
          : null;
    if (!target) return quarantineUnit(where, 'Announce without an object', content());
    const targetAcct = acctFromUri(target);
    return recordUnit(where, [
      mastodonInteraction(
        'repost',
        `repost:${activity.id}`,
        actor,
        targetAcct ? accountId(targetAcct) : null,
        postId(target),
        at,
      ),
    ]);
  }
  if (activity.type !== 'Create') return skippedUnit(where, 'not a post or boost');

  const note = apNoteSchema.safeParse(activity.object);
  if (!note.success) return quarantineUnit(where, `object: ${schemaReason(note.error)}`, content());
  if (!POST_TYPES.has(note.data.type)) return skippedUnit(where, 'not a post or boost');
  const visibility = visibilityOf(
    audienceList(note.data.to ?? activity.to),
    audienceList(note.data.cc ?? activity.cc),
    owner?.followers ?? null,
  );
  if (visibility === 'direct') return skippedUnit(where, 'direct message');
  const items = noteItems(note.data, visibility, owner, at);
  return typeof items === 'string'
    ? quarantineUnit(where, items, content())
    : recordUnit(where, items);
}

function noteItems(
  note: ApNote,
  visibility: Visibility,
  owner: MastodonOwner | null,
  activityAt: ReturnType<typeof parseIsoTime>,
): ModelRecord[] | string {
  const createdAt = note.published ? parseIsoTime(note.published) : activityAt;
  if (note.published && createdAt === null) return 'bad timestamp';
  const author = authorOf(idOf(note.attributedTo), owner);
  const id = postId(note.id);
  const parent = idOf(note.inReplyTo);
  const tags =
    note.tag === null || note.tag === undefined
      ? []
      : Array.isArray(note.tag)
        ? note.tag
        : [note.tag];
  const { text, links } = htmlToText(note.content ?? '');
  const languages = Object.keys(note.contentMap ?? {});

  const mentions: { acct: string; href: string | null }[] = [];
  const hashtags: string[] = [];
  for (const tag of tags) {
    if (tag.type === 'Mention' && tag.name) {
      const acct = fullAcct(tag.name, tag.href);
      if (acct && !mentions.some((m) => m.acct === acct))
        mentions.push({ acct, href: tag.href ?? null });
    } else if (tag.type === 'Hashtag' && tag.name) {
      const name = tag.name.replace(/^#/, '');
      if (name && !hashtags.includes(name)) hashtags.push(name);
    }
  }

  const post: Post = {
    type: 'post',
    platform: 'mastodon',
    id,
    author,
    createdAt,
    kind: parent ? 'comment' : 'post',
    root: null,
    parent: parent ? postId(parent) : null,
    parentIsComment: null,
    title: note.summary || null,
    text,
    hashtags,
    links,
    language: languages.length === 1 ? languages[0]! : null,
    visibility,
  };
  const items: ModelRecord[] = [post];
  for (const mention of mentions) {
    items.push(mastodonAccount(mention.acct));
    items.push(
      mastodonInteraction(
        'mention',
        `mention:${id}:${mention.acct}`,
        author,
        accountId(mention.acct),
        null,
        createdAt,
      ),
    );
  }
  if (parent) {
    const owning = mentions.find((m) => m.href !== null && parent.startsWith(`${m.href}/`));
    const target =
      owning?.acct ??
      (owner && parent.startsWith(`${owner.actorUri}/`) ? owner.id : acctFromUri(parent));
    items.push(
      mastodonInteraction(
        'reply',
        `reply:${id}`,
        author,
        target ? accountId(target) : null,
        postId(parent),
        createdAt,
      ),
    );
  }
  return items;
}
