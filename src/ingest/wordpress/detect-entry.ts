import { firstByte, peekEntry } from '../read-bytes.js';
import type { SourceEntry } from '../source.js';

export type WordpressFormat = 'wxr' | 'wp-rest';

const WXR_NAMESPACE = 'wordpress.org/export/';
// A post of /wp/v2/posts: `guid: {rendered}` (and `link`, `type`); a comment of /wp/v2/comments:
// `post`, `author_name` and `content: {rendered}`. Keys are searched in the first bytes only.
const REST_POST = [/"guid"\s*:\s*\{\s*"rendered"/, /"link"\s*:/, /"type"\s*:/];
const REST_COMMENT = [/"author_name"\s*:/, /"post"\s*:/, /"content"\s*:\s*\{\s*"rendered"/];

/**
 * Which WordPress format an entry holds, from its first 64 KiB: WXR by `<rss` and the WXR
 * namespace, REST by the shape of its JSON; null for anything else (other entries of a zip or
 * folder are left alone).
 */
export async function detectEntry(entry: SourceEntry): Promise<WordpressFormat | null> {
  const bytes = await peekEntry(entry);
  // WXR is XML (`<`), the REST API's pages JSON (`[` or `{`)
  if (![0x3c, 0x5b, 0x7b].includes(firstByte(bytes))) return null;
  const head = bytes.toString('utf8');
  if (/<rss[\s>]/.test(head) && head.includes(WXR_NAMESPACE)) return 'wxr';
  const start = head.replace(/^\uFEFF/, '').trimStart()[0];
  if (start !== '[' && start !== '{') return null;
  if (REST_POST.every((re) => re.test(head)) || REST_COMMENT.every((re) => re.test(head))) {
    return 'wp-rest';
  }
  return null;
}
