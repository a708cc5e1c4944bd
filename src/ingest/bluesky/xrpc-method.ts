// Kept apart from the XRPC reader so that format detection loads no reader.

/** Which saved XRPC response a JSON document is, from its top-level keys. */
export type XrpcMethod =
  'getPostThread' | 'getAuthorFeed' | 'getFollows' | 'getFollowers' | 'getLikes' | 'getRepostedBy';

export function xrpcMethod(keys: readonly string[]): XrpcMethod | null {
  const has = (key: string) => keys.includes(key);
  if (has('thread')) return 'getPostThread';
  if (has('feed')) return 'getAuthorFeed';
  if (has('follows')) return 'getFollows';
  if (has('followers')) return 'getFollowers';
  if (has('likes')) return 'getLikes';
  if (has('repostedBy')) return 'getRepostedBy';
  return null;
}
