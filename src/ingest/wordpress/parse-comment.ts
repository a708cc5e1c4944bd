import type { Account, AccountId, Interaction, Post, Timestamp } from '../../model/index.js';
import { bodyText } from './html-text.js';
import { commentIdOf, postIdOf, type Site } from './site.js';
import type { Verdict } from './verdict.js';

/** What WXR and the REST API both say about a comment, read from either. */
export interface CommentFacts {
  readonly site: Site;
  /** The numeric comment id as written; empty when missing. */
  readonly id: string;
  /** The numeric id of the post commented on. */
  readonly post: string;
  /** The parent comment's id; `0` (or empty) for a comment on the post itself. */
  readonly parent: string;
  readonly approved: boolean;
  /** `comment_type` as written: empty or `comment` for a comment, else `pingback`… */
  readonly type: string;
  readonly author: Account | null;
  readonly createdAt: Timestamp | null;
  readonly html: string;
  /** The author of what it replies to, when that is known from the same input. */
  readonly parentAuthor: AccountId | null;
}

/** Why a comment is not kept (SPEC §9: approved, type empty or `comment`), or null. */
export function commentSkipReason(type: string, approved: boolean): string | null {
  if (type !== '' && type !== 'comment') return `comment type ${type}`;
  if (!approved) return 'comment not approved';
  return null;
}

const isTopLevel = (parent: string) => parent === '' || /^0+$/.test(parent);

/**
 * A kept comment: a `comment` post threaded under its parent (a comment when `comment_parent`
 * ≠ 0, else the post, which is also the root), its author, and its one `reply` interaction.
 */
export function parseComment(facts: CommentFacts): Verdict {
  const skip = commentSkipReason(facts.type, facts.approved);
  if (skip) return { outcome: 'skipped', reason: skip };
  if (!/^\d+$/.test(facts.id)) return { outcome: 'quarantined', reason: 'missing comment id' };
  if (!/^\d+$/.test(facts.post)) return { outcome: 'quarantined', reason: 'missing post id' };
  if (!isTopLevel(facts.parent) && !/^\d+$/.test(facts.parent)) {
    return { outcome: 'quarantined', reason: 'bad comment parent' };
  }
  if (!facts.createdAt) return { outcome: 'quarantined', reason: 'bad timestamp' };
  const id = commentIdOf(facts.site, facts.id);
  const root = postIdOf(facts.site, facts.post);
  const threaded = !isTopLevel(facts.parent);
  const parent = threaded ? commentIdOf(facts.site, facts.parent) : root;
  const body = bodyText(facts.html);
  const post: Post = {
    type: 'post',
    platform: 'wordpress',
    id,
    author: facts.author?.id ?? null,
    createdAt: facts.createdAt,
    kind: 'comment',
    root,
    parent,
    parentIsComment: threaded,
    title: null,
    text: body.text,
    hashtags: body.hashtags,
    links: body.links,
    visibility: 'public',
    venue: facts.site,
  };
  const reply: Interaction = {
    type: 'interaction',
    platform: 'wordpress',
    kind: 'reply',
    key: `reply:${id}`,
    actor: facts.author?.id ?? null,
    targetAccount: facts.parentAuthor,
    targetPost: parent,
    at: facts.createdAt,
  };
  return {
    outcome: 'record',
    items: facts.author ? [facts.author, post, reply] : [post, reply],
  };
}
