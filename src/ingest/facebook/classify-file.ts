/**
 * Which Facebook export file a parsed document is. Most files wrap their array in one key
 * (`comments_v2`, `reactions_v2`…); the posts file is a bare array of `{timestamp, data,
 * attachments, title}`. A few third-party copies wrap several sections in an outer array.
 */
export type FacebookSection =
  'posts' | 'comments' | 'reactions' | 'friends' | 'followers' | 'following';

export const WRAPPED: Readonly<Record<string, FacebookSection>> = {
  status_updates_v2: 'posts',
  group_posts_v2: 'posts',
  comments_v2: 'comments',
  group_comments_v2: 'comments',
  reactions_v2: 'reactions',
  friends_v2: 'friends',
  followers_v2: 'followers',
  following_v2: 'following',
  following_v3: 'following',
};

/** Direct messages (`messages/inbox/<thread>/message_N.json`) are never read (SPEC §9). */
export function isMessageFile(name: string): boolean {
  return /(^|\/)messages\/(inbox|archived_threads|filtered_threads|message_requests|e2ee_cutover)\//.test(
    name,
  );
}

/** A bare array whose first element is a post: `timestamp` plus `data`, `attachments` or `title`. */
function isPostArray(doc: readonly unknown[]): boolean {
  const first = doc[0];
  if (first === null || typeof first !== 'object') return false;
  return (
    'timestamp' in first &&
    ('data' in first || 'attachments' in first || 'title' in first) &&
    !('media' in first) &&
    !('string_list_data' in first)
  );
}

export interface Section {
  readonly kind: FacebookSection;
  readonly pointer: string;
  readonly values: readonly unknown[];
}

/** The sections of a parsed document Rapport reads (none for other files). */
export function sectionsOf(doc: unknown, pointer = ''): Section[] {
  if (Array.isArray(doc)) {
    if (isPostArray(doc)) return [{ kind: 'posts', pointer, values: doc }];
    // An outer array of wrapped sections (one third-party layout of the comments file).
    const nested = doc.flatMap((inner, i) =>
      inner !== null && typeof inner === 'object' && !Array.isArray(inner)
        ? sectionsOf(inner, `${pointer}/${i}`)
        : [],
    );
    return nested;
  }
  if (doc === null || typeof doc !== 'object') return [];
  const out: Section[] = [];
  for (const [key, inner] of Object.entries(doc)) {
    const kind = WRAPPED[key];
    if (kind && Array.isArray(inner))
      out.push({ kind, pointer: `${pointer}/${key}`, values: inner });
  }
  return out;
}

const HEAD_MARKERS = [
  /"(status_updates_v2|group_posts_v2|comments_v2|group_comments_v2|reactions_v2|friends_v2|followers_v2|following_v[23])"\s*:/,
  /^\s*\[\s*\{\s*"timestamp"\s*:\s*\d+\s*,\s*"(attachments|data|title)"\s*:/,
];

/** Whether the first bytes of a `.json` entry look like a Facebook export file. */
export function looksLikeFacebook(head: string): boolean {
  return HEAD_MARKERS.some((marker) => marker.test(head.replace(/^\uFEFF/, '')));
}
