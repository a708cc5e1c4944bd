// The owner's safety inbox (SPEC §4, issue 5): flagged comments in their thread, with the
// helplines for the commenter's likely country, reply wording that follows SAFE-MESSAGING.md,
// the emergency step and the platform's own reporting route. No numeric score anywhere; the
// CLI and (later) the API both render this value, so they cannot disagree.
import { createHash } from 'node:crypto';
import { isPlatform } from '../../model/index.js';
import type { Database } from '../../store/index.js';
import {
  markCrisisHandled,
  readCrisisSignals,
  readUncheckedTexts,
  type ContextPost,
  type CrisisRow,
  type HandledFilter,
} from '../../store/queries/crisis-signals.js';
import { inferCommenterCountry } from './commenter-country.js';
import {
  chooseHelplines,
  loadHelplines,
  ownerHelplines,
  type Helpline,
  type HelplineChoice,
} from './helplines.js';
import { PLATFORM_REPORTING, type PlatformReporting } from './platform-reporting.js';
import { replyTemplates, type ReplyTemplate } from './reply-templates.js';
import { LEVEL_LABELS, SAFETY_COPY, explainRule } from './safety-copy.js';

/** A helpline as shown: what the file says, always with its source. */
export interface HelplineView {
  readonly id: string;
  readonly name: string;
  readonly country: string;
  readonly phone: string | null;
  readonly sms: string | null;
  readonly whatsapp: string | null;
  readonly website: string | null;
  readonly chat_url: string | null;
  readonly hours: string;
  readonly cost: string;
  readonly notes: string | null;
  readonly source_url: string;
  readonly source_title: string;
  readonly verified_on: string;
}

export interface HelplinesView {
  readonly country: string | null;
  /** `stated_location`, `locale` or `owner_setting`; null when no country was inferred. */
  readonly basis: string | null;
  readonly international: boolean;
  readonly intro: string;
  readonly lines: HelplineView[];
}

export interface ContextView {
  readonly id: string;
  /** The root's title, else the first line of its text: one line, its spaces collapsed (shortened). */
  readonly summary: string;
  readonly author_handle: string | null;
}

export interface InboxItem {
  /** Stable short id for `--show-text` and `handle`. */
  readonly id: string;
  readonly level: 'concern' | 'urgent';
  readonly label: string;
  readonly rule: string | null;
  readonly why: string;
  readonly platform: string;
  readonly post_id: string;
  readonly kind: string;
  readonly created_at: string | null;
  readonly venue: string | null;
  readonly author: { readonly id: string | null; readonly handle: string | null };
  readonly context: { readonly root: ContextView | null; readonly parent: ContextView | null };
  readonly content_warning: string;
  /** The full comment: the text output keeps it collapsed until asked for. */
  readonly text: string;
  readonly helplines: HelplinesView;
  readonly emergency_step: string;
  readonly reply_templates: ReplyTemplate[];
  readonly report: PlatformReporting | null;
  readonly handled: boolean;
  readonly handled_at: string | null;
}

export interface SafetyInbox {
  readonly items: InboxItem[];
  readonly counts: { readonly urgent: number; readonly concern: number };
  /**
   * Posts and comments in a language Rapport cannot read: never checked, so never in the list.
   * `by_language` is keyed by the language tag the platform gave the post (`unknown` when it
   * gave none), which may differ from the text's language.
   */
  readonly unchecked: { readonly total: number; readonly by_language: Record<string, number> };
  /** The owner's own line, for their own wellbeing. */
  readonly owner: HelplinesView & { readonly note: string };
}

export interface InboxOptions {
  readonly filter?: HandledFilter;
  /** ISO 3166-1 alpha-2 country of the owner, for their own helpline. */
  readonly ownerCountry?: string | null;
  /** The helpline directory (default: data/helplines.json, validated). */
  readonly helplines?: readonly Helpline[];
}

/** The inbox id of a flagged post: a short hash, stable across runs and list orders. */
export function inboxItemId(platform: string, postId: string): string {
  return createHash('sha256').update(`${platform}\u0000${postId}`).digest('hex').slice(0, 10);
}

/** Reads the inbox: urgent first, then newest first. */
export async function readSafetyInbox(
  db: Database,
  options: InboxOptions = {},
): Promise<SafetyInbox> {
  const directory = options.helplines ?? loadHelplines();
  const rows = await readCrisisSignals(db, options.filter ?? 'open');
  const items = rows.map((row) => toItem(row, directory));
  const own = ownerHelplines(directory, options.ownerCountry);
  const byLanguage: Record<string, number> = {};
  let total = 0;
  for (const { language, count } of await readUncheckedTexts(db)) {
    const tag = language ?? 'unknown';
    byLanguage[tag] = (byLanguage[tag] ?? 0) + count;
    total += count;
  }
  return {
    items,
    counts: {
      urgent: items.filter((i) => i.level === 'urgent').length,
      concern: items.filter((i) => i.level === 'concern').length,
    },
    unchecked: { total, by_language: byLanguage },
    owner: { ...helplinesView(own, SAFETY_COPY.ownerLineIntro), note: SAFETY_COPY.ownerWellbeing },
  };
}

/** Marks the item with this id handled; returns it, or null when no flagged post has the id. */
export async function markInboxItemHandled(
  db: Database,
  itemId: string,
): Promise<{ platform: string; postId: string } | null> {
  const id = itemId.trim().toLowerCase();
  const row = (await readCrisisSignals(db, 'all')).find(
    (r) => inboxItemId(r.platform, r.postId) === id,
  );
  if (!row) return null;
  await markCrisisHandled(db, row.platform, row.postId);
  return { platform: row.platform, postId: row.postId };
}

function toItem(row: CrisisRow, directory: readonly Helpline[]): InboxItem {
  const inferred = inferCommenterCountry({ bio: row.author.bio, locale: row.language });
  const choice = chooseHelplines(directory, inferred);
  return {
    id: inboxItemId(row.platform, row.postId),
    level: row.level,
    label: LEVEL_LABELS[row.level],
    rule: row.rule,
    why: explainRule(row.rule),
    platform: row.platform,
    post_id: row.postId,
    kind: row.kind,
    created_at: row.createdAt,
    venue: row.venue,
    author: { id: row.author.id, handle: row.author.handle },
    context: { root: contextView(row.root), parent: contextView(row.parent) },
    content_warning: SAFETY_COPY.contentWarning,
    text: row.text,
    helplines: helplinesView(choice),
    emergency_step: SAFETY_COPY.emergencyStep,
    reply_templates: replyTemplates(choice.helplines, row.rule === 'concern:third-person'),
    report: isPlatform(row.platform) ? PLATFORM_REPORTING[row.platform] : null,
    handled: row.handledAt !== null,
    handled_at: row.handledAt,
  };
}

function helplinesView(
  choice: HelplineChoice,
  intro = SAFETY_COPY.helplinesIntro(choice.country, choice.international),
): HelplinesView {
  return {
    country: choice.country,
    basis: choice.basis,
    international: choice.international,
    intro,
    lines: choice.helplines.map((h) => ({
      id: h.id,
      name: h.name,
      country: h.country,
      phone: h.phone,
      sms: h.sms,
      whatsapp: h.whatsapp,
      website: h.website,
      chat_url: h.chat_url,
      hours: h.hours,
      cost: h.cost,
      notes: h.notes,
      source_url: h.source_url,
      source_title: h.source_title,
      verified_on: h.verified_on,
    })),
  };
}

/** How much of a context post is shown: enough to recognise the thread. */
const SUMMARY_CHARS = 100;

function contextView(post: ContextPost | null): ContextView | null {
  if (!post) return null;
  // a title may hold line breaks too: a summary is one line, whatever the text
  const firstLine = (post.title?.trim() || post.text.trim().split('\n')[0] || '')
    .replace(/\s+/g, ' ')
    .trim();
  const summary =
    firstLine.length > SUMMARY_CHARS ? `${firstLine.slice(0, SUMMARY_CHARS - 1)}…` : firstLine;
  return { id: post.id, summary, author_handle: post.authorHandle };
}
