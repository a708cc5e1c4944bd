import type { Account, Post, Timestamp } from '../../model/index.js';
import { bodyText, htmlToText } from './html-text.js';
import { postIdOf, type Site } from './site.js';
import type { Verdict } from './verdict.js';

/** What WXR and the REST API both say about a post or page, read from either. */
export interface PostFacts {
  readonly site: Site;
  /** The numeric post id as written; empty when missing. */
  readonly id: string;
  readonly type: string;
  /** null when the record does not say (the public REST API lists only published posts). */
  readonly status: string | null;
  readonly passwordProtected: boolean;
  readonly author: Account | null;
  readonly createdAt: Timestamp | null;
  readonly titleHtml: string;
  readonly html: string;
}

/**
 * Why an item is not a root post (SPEC §9: only `post` and `page` items with status `publish`),
 * or null. A password-protected post is published but meant for a few readers, so it is
 * skipped (`password protected`) rather than stored as public.
 */
export function itemSkipReason(facts: PostFacts): string | null {
  if (facts.type !== 'post' && facts.type !== 'page') return `post_type ${facts.type || 'missing'}`;
  if (facts.status !== null && facts.status !== 'publish')
    return `status ${facts.status || 'missing'}`;
  if (facts.passwordProtected) return 'password protected';
  return null;
}

/** A root post and its author, or why the item is skipped or quarantined. */
export function parseItem(facts: PostFacts): Verdict {
  const skip = itemSkipReason(facts);
  if (skip) return { outcome: 'skipped', reason: skip };
  if (!/^\d+$/.test(facts.id)) return { outcome: 'quarantined', reason: 'missing post id' };
  if (!facts.createdAt) return { outcome: 'quarantined', reason: 'bad timestamp' };
  const body = bodyText(facts.html);
  const post: Post = {
    type: 'post',
    platform: 'wordpress',
    id: postIdOf(facts.site, facts.id),
    author: facts.author?.id ?? null,
    createdAt: facts.createdAt,
    kind: 'post',
    root: null,
    parent: null,
    parentIsComment: null,
    title: htmlToText(facts.titleHtml) || null,
    text: body.text,
    hashtags: body.hashtags,
    links: body.links,
    visibility: 'public',
    venue: facts.site,
  };
  return { outcome: 'record', items: facts.author ? [facts.author, post] : [post] };
}
