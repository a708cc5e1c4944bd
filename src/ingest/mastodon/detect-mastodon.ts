import { peekEntry } from '../read-bytes.js';
import type { ImportSource, SourceEntry } from '../source.js';
import { isRestAccount, isRestStatus } from './read-api.js';
import { archiveFileKind } from './read-archive.js';

export const MASTODON_FORMATS = ['mastodon-archive', 'mastodon-api'] as const;
export type MastodonFormat = (typeof MASTODON_FORMATS)[number];

const ACTIVITY_STREAMS = /"@context"\s*:[^\]]{0,200}?"https:\/\/www\.w3\.org\/ns\/activitystreams"/;
const NOTIFICATION_TYPES = new Set([
  'mention',
  'status',
  'reblog',
  'follow',
  'follow_request',
  'favourite',
  'poll',
  'update',
  'admin.sign_up',
  'admin.report',
  'severed_relationships',
  'moderation_warning',
  'quote',
  'quoted_update',
]);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A notification (`GET /api/v1/notifications`): it is about the owner's own inbox, and names
 * neither the owner nor, for a favourite, when the owner's status was written. Rapport does
 * not read notifications: `detect` rejects them (SPEC allows either).
 */
function isNotification(value: unknown): boolean {
  return (
    isObject(value) &&
    typeof value.type === 'string' &&
    NOTIFICATION_TYPES.has(value.type) &&
    isObject(value.account) &&
    !('uri' in value)
  );
}

function apiFormatOf(value: unknown): MastodonFormat | null {
  const first = Array.isArray(value) ? value[0] : value;
  if (Array.isArray(value) && value.length === 0) return null;
  if (isNotification(first)) return null;
  if (isObject(value) && Array.isArray(value.ancestors) && Array.isArray(value.descendants)) {
    return 'mastodon-api';
  }
  return isRestStatus(first) || isRestAccount(first) ? 'mastodon-api' : null;
}

/** One file's Mastodon format, from its first 64 KiB (and its name, for the two rejected). */
export async function detectEntry(entry: SourceEntry): Promise<MastodonFormat | null> {
  const base = entry.name.split('/').pop()!;
  // Follow requests are pending, not follows: an account list that says nothing to import.
  if (/^follow_requests\b/i.test(base)) return null;
  const limit = 64 * 1024;
  const head = await peekEntry(entry, limit);
  const text = head.toString('utf8').replace(/^\uFEFF/, '');
  if (!/^\s*[[{]/.test(text)) return null;
  if (ACTIVITY_STREAMS.test(text)) {
    if (/"type"\s*:\s*"Person"/.test(text) && /"preferredUsername"\s*:/.test(text))
      return 'mastodon-archive';
    if (/"type"\s*:\s*"OrderedCollection"/.test(text) && /"orderedItems"\s*:/.test(text)) {
      return 'mastodon-archive';
    }
    return null;
  }
  const complete = entry.size !== null ? entry.size <= head.length : head.length < limit;
  if (complete) {
    try {
      return apiFormatOf(JSON.parse(text));
    } catch {
      return null;
    }
  }
  // A response longer than the head: the fields every Status entity has.
  return /"acct"\s*:/.test(text) &&
    /"uri"\s*:/.test(text) &&
    /"visibility"\s*:/.test(text) &&
    !/^\s*\[\s*\{\s*"id"\s*:\s*"\d+"\s*,\s*"type"\s*:\s*"[a-z_.]+"\s*,\s*"created_at"/.test(text)
    ? 'mastodon-api'
    : null;
}

/**
 * The Mastodon format of a source: `mastodon-archive` for an account archive (a folder or zip
 * with `actor.json` / `outbox.json` / `likes.json` / `bookmarks.json`, or one of them), else
 * `mastodon-api` when its JSON files are saved REST responses (files it does not recognise,
 * such as notifications and follow requests, are left out of a folder).
 */
export async function detectMastodon(source: ImportSource): Promise<MastodonFormat | null> {
  const formats = new Set<MastodonFormat>();
  for (const entry of source.entries) {
    if (source.kind !== 'file' && !/\.json$/i.test(entry.name)) continue;
    const format = await detectEntry(entry);
    if (format === 'mastodon-archive' && (source.kind === 'file' || archiveFileKind(entry.name))) {
      return format;
    }
    if (format === 'mastodon-api') formats.add(format);
  }
  return formats.size === 1 ? 'mastodon-api' : null;
}
