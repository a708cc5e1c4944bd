/**
 * Copy-pasted replies: the same author posting near-identical text under many posts, found by
 * hashing a normalised form of each text (case, punctuation, links, mentions, emoji and
 * whitespace removed) and counting distinct posts per (author, hash). Streams: memory grows
 * with distinct (author, text) pairs, not with texts.
 */
export interface ReplyText {
  readonly id: string;
  readonly author: string;
  readonly text: string;
  /** The post replied under; when absent, each reply counts as its own post. */
  readonly postId?: string;
}

export interface CopyPasteGroup {
  readonly author: string;
  /** The normalised text's hash (hex). */
  readonly hash: string;
  /** Reply ids, in input order. */
  readonly ids: string[];
  /** Distinct posts the text was pasted under. */
  readonly posts: number;
}

export const DEFAULTS = {
  /** Flag a text pasted under at least this many distinct posts. */
  minPosts: 3,
  /** Normalised texts shorter than this ("thank you!") are ordinary repeats, never flagged. */
  minLength: 20,
} as const;

export interface CopyPasteOptions {
  readonly minPosts?: number;
  readonly minLength?: number;
}

const URL_OR_MENTION = /https?:\/\/\S+|www\.\S+|[@#][\p{L}\p{N}_.]+/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/** The normalised form two near-identical replies share. */
export function normalizeReply(text: string): string {
  return text.toLowerCase().replace(URL_OR_MENTION, ' ').replace(NOT_WORD, ' ').trim();
}

/** cyrb53: a fast 53-bit string hash (public domain, bryc). */
export function hashText(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * Groups of near-identical replies by one author under ≥ `minPosts` distinct posts.
 * @example findCopyPastes(replies, { minPosts: 3 }).flatMap((g) => g.ids)
 */
export function findCopyPastes(
  replies: Iterable<ReplyText>,
  options: CopyPasteOptions = {},
): CopyPasteGroup[] {
  const minPosts = options.minPosts ?? DEFAULTS.minPosts;
  const minLength = options.minLength ?? DEFAULTS.minLength;
  const groups = new Map<
    string,
    { author: string; hash: number; ids: string[]; posts: Set<string> }
  >();
  for (const reply of replies) {
    const norm = normalizeReply(reply.text);
    if (norm.length < minLength) continue;
    const hash = hashText(norm);
    const key = `${reply.author}\u0000${hash}`;
    let group = groups.get(key);
    if (!group)
      groups.set(key, (group = { author: reply.author, hash, ids: [], posts: new Set() }));
    group.ids.push(reply.id);
    group.posts.add(reply.postId ?? reply.id);
  }
  const out: CopyPasteGroup[] = [];
  for (const g of groups.values()) {
    if (g.posts.size >= minPosts)
      out.push({ author: g.author, hash: g.hash.toString(16), ids: g.ids, posts: g.posts.size });
  }
  return out;
}
