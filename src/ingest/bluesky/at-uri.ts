/**
 * AT-URIs (`at://<did>/<collection>/<rkey>`) and DIDs, the native ids of Bluesky (SPEC §9).
 * Only the forms Bluesky records use are accepted: an authority that is a DID, and a
 * collection NSID with a record key.
 */

/** A `did:<method>:<id>` string (the syntax of https://atproto.com/specs/did, loosely). */
export function isDid(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length < 2048 &&
    value.startsWith('did:') &&
    /^did:[a-z]+:[a-zA-Z0-9._:%-]*[a-zA-Z0-9._-]$/.test(value)
  );
}

export interface AtUri {
  readonly did: string;
  readonly collection: string;
  readonly rkey: string;
}

/** The parts of a record URI, or null when it is not `at://<did>/<collection>/<rkey>`. */
export function parseAtUri(value: unknown): AtUri | null {
  if (typeof value !== 'string' || !value.startsWith('at://did:')) return null;
  const a = value.indexOf('/', 5);
  if (a === -1) return null;
  const b = value.indexOf('/', a + 1);
  if (b === -1 || value.indexOf('/', b + 1) !== -1) return null;
  const did = value.slice(5, a);
  const collection = value.slice(a + 1, b);
  const rkey = value.slice(b + 1);
  if (!isDid(did) || collection.length === 0 || rkey.length === 0) return null;
  return { did, collection, rkey };
}

export function recordUri(did: string, collection: string, rkey: string): string {
  return `at://${did}/${collection}/${rkey}`;
}

export const POST = 'app.bsky.feed.post';
export const LIKE = 'app.bsky.feed.like';
export const REPOST = 'app.bsky.feed.repost';
export const FOLLOW = 'app.bsky.graph.follow';
export const PROFILE = 'app.bsky.actor.profile';
