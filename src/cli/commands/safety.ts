import type { Command } from 'commander';
import type { HelplinesView, InboxItem, SafetyInbox } from '../../report/safety/inbox.js';
// a few constant strings: loading them costs nothing, unlike the store and classifiers
import { SAFETY_COPY } from '../../report/safety/safety-copy.js';
import { inlineText } from '../../report/terminal-text.js';
import { UsageError } from '../errors.js';
import { action } from '../program.js';
import type { Output } from '../output.js';

/**
 * `rapport safety`: the owner's private safety inbox (SPEC §4). It first brings the stored text
 * results up to date (only new posts are classified), then lists flagged comments, urgent
 * first and newest first, each text collapsed behind a content warning. Nothing is ever sent.
 */
export const SAFETY_HELP = {
  summary: 'your private inbox of comments that may need your attention',
  description:
    'Lists comments where someone may be struggling, with their thread, helplines for the\n' +
    "commenter's country (or international directories), a reply you could adapt, and how to\n" +
    'ask the platform to reach out. Private to you: never shown in reports or rankings, and\n' +
    'Rapport never sends a message on its own. Comment text stays hidden until you ask for it.',
  all: 'list handled comments too',
  handled: 'list only the comments you have marked handled',
  limit:
    'show at most n comments, the most pressing first (default: all); the list says how many more there are',
  showText: 'show the full text of one comment (id from the list)',
  markHandled: 'mark a comment as handled (same as `rapport safety handle ID`)',
  ownerCountry:
    'your own country (ISO code such as GB), to show a line for your own wellbeing;\n' +
    'default: the RAPPORT_OWNER_COUNTRY environment variable',
  handle: 'mark a comment as handled, so it leaves the open list',
} as const;

interface SafetyOptions {
  readonly all?: boolean;
  readonly handled?: boolean;
  readonly showText?: string;
  readonly markHandled?: string;
  readonly ownerCountry?: string;
  readonly limit?: string;
}

export function registerSafety(program: Command): void {
  const safety = program
    .command('safety')
    .summary(SAFETY_HELP.summary)
    .description(SAFETY_HELP.description)
    .option('--all', SAFETY_HELP.all, false)
    .option('--handled', SAFETY_HELP.handled, false)
    .option('--show-text <id>', SAFETY_HELP.showText)
    .option('--mark-handled <id>', SAFETY_HELP.markHandled)
    .option('--owner-country <code>', SAFETY_HELP.ownerCountry)
    .option('--limit <n>', SAFETY_HELP.limit)
    .action(action(async (out, options: SafetyOptions) => runSafety(out, options)));
  safety
    .command('handle <id>')
    .description(SAFETY_HELP.handle)
    .action(action(async (out, id: string) => runHandle(out, id)));
}

async function openStore(out: Output) {
  const { Database } = await import('../../store/index.js');
  return Database.open(out.options.store, { memoryLimit: out.options.memory });
}

async function runHandle(out: Output, id: string): Promise<void> {
  const { markInboxItemHandled } = await import('../../report/safety/inbox.js');
  const db = await openStore(out);
  try {
    const marked = await markInboxItemHandled(db, id);
    if (!marked) throw new UsageError(`no safety inbox item ${id}`);
    if (out.options.json) out.json({ id, handled: true });
    else out.print(SAFETY_COPY.handled(id));
  } finally {
    db.close();
  }
}

async function runSafety(out: Output, options: SafetyOptions): Promise<void> {
  if (options.all && options.handled) throw new UsageError('use either --all or --handled');
  const ownerCountry = options.ownerCountry ?? process.env.RAPPORT_OWNER_COUNTRY ?? null;
  if (ownerCountry !== null && !/^[A-Za-z]{2}$/.test(ownerCountry))
    throw new UsageError(
      `--owner-country: expected a two-letter country code, got ${ownerCountry}`,
    );
  const limit = options.limit === undefined ? null : Number(options.limit);
  if (limit !== null && (!Number.isInteger(limit) || limit < 1))
    throw new UsageError(
      `invalid --limit: ${options.limit} (expected a whole number of at least 1)`,
    );
  if (options.markHandled) return runHandle(out, options.markHandled);

  const { classifyStore } = await import('../../report/classify-store.js');
  const { readSafetyInbox } = await import('../../report/safety/inbox.js');
  const { withCountProgress } = await import('../count-progress.js');
  const db = await openStore(out);
  try {
    const run = await withCountProgress(out, 'classifying new posts', (onProgress) =>
      classifyStore(db, { onProgress }),
    );
    if (run.classified > 0) out.note(`classified ${run.classified} new posts in ${run.elapsedS}s`);
    const inbox = await readSafetyInbox(db, {
      filter: options.all ? 'all' : options.handled ? 'handled' : 'open',
      ownerCountry,
    });
    if (options.showText) {
      const item = inbox.items.find((i) => i.id === options.showText!.trim().toLowerCase());
      if (!item) throw new UsageError(`no safety inbox item ${options.showText}`);
      if (out.options.json) out.json({ item });
      else out.print(formatItem(item, 0, true));
      return;
    }
    // the list is in the order to deal with it (urgent first, then newest): --limit keeps its head
    const shown = limit === null ? inbox.items : inbox.items.slice(0, limit);
    const notShown = inbox.items.length - shown.length;
    if (out.options.json) {
      out.json({
        items: shown,
        not_shown: notShown,
        counts: inbox.counts,
        unchecked: inbox.unchecked,
        owner: inbox.owner,
      });
      return;
    }
    out.print(formatInbox({ ...inbox, items: shown }, options.handled === true, notShown));
  } finally {
    db.close();
  }
}

/** The inbox as text: every comment collapsed behind its content warning. */
export function formatInbox(inbox: SafetyInbox, onlyHandled: boolean, notShown = 0): string {
  const copy = SAFETY_COPY;
  const lines = [copy.title, copy.privateNote, ''];
  if (inbox.items.length === 0) lines.push(onlyHandled ? copy.emptyHandled : copy.empty, '');
  inbox.items.forEach((item, i) => lines.push(formatItem(item, i + 1, false), ''));
  if (notShown > 0) lines.push(copy.notShown(notShown), '');
  // the platforms' language tags are not shown: a text tagged `en` may be in French
  if (!onlyHandled && inbox.unchecked.total > 0)
    lines.push(copy.unchecked(inbox.unchecked.total), '');
  lines.push(inbox.owner.note, formatHelplines(inbox.owner, ''), '', copy.verifyNote);
  return lines.join('\n');
}

/** One item; `full` shows the comment's text, which the list keeps collapsed. */
export function formatItem(item: InboxItem, position: number, full: boolean): string {
  const copy = SAFETY_COPY;
  const who = item.author.handle !== null ? inlineText(item.author.handle) : 'an unknown account';
  const by = (handle: string | null) => (handle !== null ? inlineText(handle) : null);
  const when = item.created_at
    ? item.created_at.replace('T', ' ').replace('Z', ' UTC')
    : 'time unknown';
  const head = `${position > 0 ? `${position}. ` : ''}${item.label} · ${item.platform} · ${when} · id ${item.id}${item.handled ? ' · handled' : ''}`;
  const out = [head, `   From ${who}${item.venue ? ` in ${inlineText(item.venue)}` : ''}`];
  if (item.context.root)
    out.push(
      `   Thread: "${item.context.root.summary}"${item.context.root.author_handle ? ` by ${by(item.context.root.author_handle)}` : ''}`,
    );
  if (item.context.parent)
    out.push(
      `   In reply to ${by(item.context.parent.author_handle) ?? 'a comment'}: "${item.context.parent.summary}"`,
    );
  out.push(`   Why it is here: ${item.why}`);
  if (full) {
    out.push(`   ${item.content_warning}`, '', indent(item.text, '   | '), '');
  } else {
    out.push(`   ${item.content_warning} ${copy.readHint(item.id)}`);
  }
  out.push(`   ${item.emergency_step}`);
  out.push(formatHelplines(item.helplines, '   '));
  out.push(`   ${copy.replyIntro}`);
  for (const template of item.reply_templates) out.push(indent(template.text, '     > '));
  if (item.report) {
    out.push(`   ${copy.reportIntro} ${item.report.how}`);
    if (item.report.url) out.push(`     ${item.report.url} (source: ${item.report.source})`);
  }
  if (!item.handled) out.push(`   ${copy.handleHint(item.id)}`);
  return out.join('\n');
}

function formatHelplines(view: HelplinesView, pad: string): string {
  const out = [`${pad}${view.intro}`];
  for (const h of view.lines) {
    const ways = [
      h.phone && `call ${h.phone}`,
      h.sms && `text ${h.sms}`,
      h.whatsapp && `WhatsApp ${h.whatsapp}`,
      h.website,
      h.chat_url && h.chat_url !== h.website ? h.chat_url : null,
    ].filter(Boolean);
    out.push(`${pad}  - ${h.name}: ${ways.join(', ')} · ${h.hours} · ${h.cost}`);
    out.push(`${pad}    source: ${h.source_url}`);
  }
  return out.join('\n');
}

function indent(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((line) => prefix + line)
    .join('\n');
}
