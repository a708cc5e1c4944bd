import { accountId, postId, type Account, type PostId } from '../../model/index.js';

/**
 * YouTube native ids. Comment ids (`Ugy…`, replies `<parent>.<suffix>`) are kept as they are;
 * things that are not comments get a prefix so no two kinds can collide: a video is
 * `video/<videoId>`, a community post `post/<postId>`, and a channel's own discussion (comments
 * with no video) hangs under `channel/<channelId>`. Accounts are channel ids (`UC…`).
 */
export const videoPostId = (videoId: string): PostId => postId(`video/${videoId}`);
export const communityPostId = (id: string): PostId => postId(`post/${id}`);
export const channelPostId = (channelId: string): PostId => postId(`channel/${channelId}`);

/**
 * A channel as an account. Handle = the channel id (SPEC §9 allows "handle or id"): the `@handle`
 * appears in some sources only (comment authors in the current API, `customUrl` in channels),
 * and an account's handle is replaced by each later observation, so mixing sources would flip it
 * back and forth on every re-import. For the same reason an `authorDisplayName` that is itself
 * an `@handle` is not taken as the display name.
 */
export function channelAccount(id: string, name?: string | null): Account {
  return {
    type: 'account',
    platform: 'youtube',
    id: accountId(id),
    handle: id,
    displayName: name && !name.startsWith('@') ? name : null,
  };
}
