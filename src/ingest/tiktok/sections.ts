/**
 * Where each part of a TikTok export lives. The 2024/2025 layout (`Your Activity`, `Post`,
 * `Direct Message`) and the older one (`Activity`, `Video`, `Direct Messages`) name the same
 * lists differently; every known path is tried. Sections that are history or private messages
 * are listed so that each of their rows is counted as skipped, never stored (SPEC §9).
 */
export type TikTokSection =
  | { readonly kind: 'posts' | 'comments' | 'likes' | 'followers' | 'following' }
  | { readonly kind: 'skip'; readonly reason: string };

const ACTIVITY = ['Your Activity', 'Activity'];

export const SECTIONS: readonly { paths: string[][]; section: TikTokSection }[] = [
  {
    paths: [
      ['Post', 'Posts', 'VideoList'],
      ['Video', 'Videos', 'VideoList'],
    ],
    section: { kind: 'posts' },
  },
  { paths: [['Comment', 'Comments', 'CommentsList']], section: { kind: 'comments' } },
  { paths: ACTIVITY.map((a) => [a, 'Like List', 'ItemFavoriteList']), section: { kind: 'likes' } },
  {
    paths: ACTIVITY.flatMap((a) => [
      [a, 'Follower', 'FansList'],
      [a, 'Follower List', 'FansList'],
    ]),
    section: { kind: 'followers' },
  },
  {
    paths: ACTIVITY.flatMap((a) => [
      [a, 'Following', 'Following'],
      [a, 'Following List', 'Following'],
    ]),
    section: { kind: 'following' },
  },
  {
    paths: [['Post', 'Recently Deleted Posts', 'PostList']],
    section: { kind: 'skip', reason: 'deleted post' },
  },
  // A favorite is a private bookmark, not a like the author sees.
  {
    paths: ACTIVITY.map((a) => [a, 'Favorite Videos', 'FavoriteVideoList']),
    section: { kind: 'skip', reason: 'bookmark' },
  },
  {
    paths: ACTIVITY.flatMap((a) => [
      [a, 'Watch History', 'VideoList'],
      [a, 'Video Browsing History', 'VideoList'],
    ]),
    section: { kind: 'skip', reason: 'watch history' },
  },
  {
    paths: ACTIVITY.flatMap((a) => [
      [a, 'Searches', 'SearchList'],
      [a, 'Search History', 'SearchList'],
    ]),
    section: { kind: 'skip', reason: 'search history' },
  },
  {
    paths: ACTIVITY.map((a) => [a, 'Share History', 'ShareHistoryList']),
    section: { kind: 'skip', reason: 'share history' },
  },
  {
    paths: ACTIVITY.map((a) => [a, 'Login History', 'LoginHistoryList']),
    section: { kind: 'skip', reason: 'login history' },
  },
];

/** Chat histories: `{ "<chat name>": [messages] }`; each message is one `direct message` skip. */
export const MESSAGE_PATHS = [
  ['Direct Message', 'Direct Messages', 'ChatHistory'],
  ['Direct Messages', 'Chat History', 'ChatHistory'],
];

export const PROFILE_PATHS = [
  ['Profile', 'Profile Info', 'ProfileMap'],
  ['Profile', 'Profile Information', 'ProfileMap'],
];

/** The value at a path of keys, or undefined. */
export function at(doc: unknown, path: readonly string[]): unknown {
  let value = doc;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

export function pointerOf(path: readonly string[]): string {
  return '/' + path.map((k) => k.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');
}

const HEAD = /"(Your Activity|Activity|Ads and data|App Settings)"\s*:\s*\{/;
const MARKER = /"(ProfileMap|CommentsList|ItemFavoriteList|FansList|VideoList|ChatHistory)"/;

/** Whether an entry is a TikTok data export, by name (`user_data*.json`) or by its first bytes. */
export function looksLikeTikTok(name: string, head: string): boolean {
  if (!name.endsWith('.json')) return false;
  const named = /(^|\/)user_data(_tiktok)?\.json$/i.test(name);
  return MARKER.test(head) && (named || HEAD.test(head));
}
