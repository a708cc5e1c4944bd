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
 * A channel as an account: handle = the channel's `@handle` where the data gives one (the API's
 * `customUrl`, or an `authorDisplayName` that is a handle), else the channel id (SPEC §9).
 */
export function channelAccount(id: string, name?: string | null, handle?: string | null): Account {
  const atHandle = handle ?? (name && /^@[\w.-]+$/.test(name) ? name : null);
  return {
    type: 'account',
    platform: 'youtube',
    id: accountId(id),
    handle: atHandle ?? id,
    displayName: name && name !== atHandle ? name : null,
  };
}
