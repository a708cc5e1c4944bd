/**
 * Which Instagram export file a JSON document is. The export has changed layout over the years
 * (`followers_and_following/followers.json` → `connections/followers_and_following/followers_1.json`,
 * wrapped objects → bare arrays), so files are told apart by their top-level keys and the shape of
 * their first element, with the file name only as a tie-breaker for an empty array.
 */
export type InstagramFile =
  | 'followers'
  | 'following'
  | 'posts'
  | 'comments'
  | 'liked-posts'
  | 'liked-comments'
  | 'profile'
  | 'messages';

/** Keys of the wrapped-object files, and the array each wraps. */
export const WRAPPED: Readonly<Record<string, InstagramFile>> = {
  relationships_followers: 'followers',
  relationships_following: 'following',
  likes_media_likes: 'liked-posts',
  likes_comment_likes: 'liked-comments',
  comments_media_comments: 'comments',
  comments_reels_comments: 'comments',
  profile_user: 'profile',
};

/** Direct messages live in `messages/inbox/<thread>/message_N.json`: never read (SPEC §9). */
export function isMessageFile(name: string): boolean {
  return /(^|\/)messages\/(inbox|message_requests|archived_threads)\//.test(name);
}

function byName(name: string): InstagramFile | null {
  const base = name.split('/').pop() ?? name;
  if (/^followers(_\d+)?\.json$/.test(base)) return 'followers';
  if (/^following(_\d+)?\.json$/.test(base)) return 'following';
  if (/^posts(_\d+)?\.json$/.test(base)) return 'posts';
  if (/^(post_)?comments(_\d+)?\.json$/.test(base)) return 'comments';
  return null;
}

/** The kind of a parsed document, or null for a file Rapport does not read. */
export function classifyDocument(name: string, doc: unknown): InstagramFile | null {
  if (Array.isArray(doc)) {
    const first: unknown = doc[0];
    if (first === undefined) return byName(name);
    if (first === null || typeof first !== 'object') return null;
    if ('media' in first) return 'posts';
    if ('string_map_data' in first) {
      const map = (first as { string_map_data: unknown }).string_map_data;
      return map && typeof map === 'object' && 'Comment' in map ? 'comments' : null;
    }
    if ('string_list_data' in first) {
      const kind = byName(name);
      // A bare array of list entries is followers_N.json (following.json is always wrapped).
      return kind === 'following' ? 'following' : 'followers';
    }
    return null;
  }
  if (doc !== null && typeof doc === 'object') {
    for (const key of Object.keys(doc)) if (key in WRAPPED) return WRAPPED[key]!;
  }
  return null;
}

const HEAD_MARKERS = [
  /"(relationships_followers|relationships_following|likes_media_likes|likes_comment_likes|comments_media_comments|comments_reels_comments)"\s*:/,
  /"href"\s*:\s*"https:\/\/www\.instagram\.com\//,
  /"uri"\s*:\s*"media\/(posts|reels|stories)\//,
  /"string_map_data"\s*:\s*\{\s*"Comment"/,
];

/** Whether the first bytes of a `.json` entry look like an Instagram export file. */
export function looksLikeInstagram(head: string): boolean {
  return HEAD_MARKERS.some((marker) => marker.test(head));
}
