import { z } from 'zod';
import { accountId, type Account, type ModelRecord } from '../../model/index.js';
import { isDid, parseAtUri } from './at-uri.js';
import { parseRecord } from './parse-record.js';
import { bad, type Parsed } from './parsed.js';

/**
 * zod schemas for the AppView's views (lexicons `app.bsky.actor.defs`, `app.bsky.feed.defs`):
 * the boundary validation of saved XRPC responses. Only the fields Rapport reads are named;
 * anything else in a view is ignored. Each schema is flat, so validating a node never recurses
 * into a thread's replies.
 */
const count = z.number().int().nonnegative().optional();

export const profileView = z.object({
  did: z.string().refine(isDid, 'not a DID'),
  handle: z.string(),
  displayName: z.string().nullish(),
  description: z.string().nullish(),
});
export type ProfileView = z.infer<typeof profileView>;

export const postView = z.object({
  uri: z.string(),
  author: profileView,
  record: z.unknown(),
  likeCount: count,
  repostCount: count,
  replyCount: count,
  quoteCount: count,
});
export type PostView = z.infer<typeof postView>;

/** An account as a view shows it. `handle.invalid` marks a handle that failed verification. */
export function viewAccount(view: ProfileView): Account {
  return {
    type: 'account',
    platform: 'bluesky',
    id: accountId(view.did),
    handle: view.handle === 'handle.invalid' ? view.did : view.handle.toLowerCase(),
    displayName: view.displayName || null,
    bio: view.description || null,
  };
}

/** A post view: the post record's items, with the counts the AppView reported, and its author. */
export function parsePostView(value: unknown): Parsed {
  const result = postView.safeParse(value);
  if (!result.success) return bad(`not a post view: ${describe(result.error)}`);
  const view = result.data;
  const uri = parseAtUri(view.uri);
  if (!uri) return bad('post view uri is not an at:// URI');
  if (uri.did !== view.author.did) return bad('post view author does not match its uri');
  const parsed = parseRecord(uri.did, uri.collection, uri.rkey, view.record, {
    counts: { likes: view.likeCount, reposts: view.repostCount, replies: view.replyCount },
  });
  if (parsed.kind !== 'items') return parsed;
  return { kind: 'items', items: [...parsed.items, viewAccount(view.author)] };
}

/** The first issue of a zod error, short enough for a quarantine reason. */
export function describe(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const path = issue.path.length ? issue.path.join('.') : '(root)';
  return `${path}: ${issue.message}`.slice(0, 200);
}

export function itemsOf(parsed: Parsed): ModelRecord[] {
  return parsed.kind === 'items' ? parsed.items : [];
}
