import type { Account, AccountId, ImportUnit, Location } from '../../model/index.js';
import { InputError } from '../errors.js';
import type { ImportContext } from '../importer.js';
import { readEntryBytes } from '../read-bytes.js';
import type { SourceEntry } from '../source.js';
import { wordpressAccount, type AccountBook } from './account-book.js';
import { parseComment } from './parse-comment.js';
import { parseFragment } from './parse-fragment.js';
import { itemSkipReason, parseItem } from './parse-item.js';
import { anonIdOf, userIdOf, type Site } from './site.js';
import { toUnit, type Verdict } from './verdict.js';
import { WxrChannel } from './wxr-channel.js';
import { WxrSplitter, type RawRecord, type WxrPiece } from './split-wxr.js';
import { wpTimestamp } from './wp-time.js';

/** The item whose comments are being read, and what became of it. */
interface OpenItem {
  readonly outcome: Verdict['outcome'];
  /** The post's numeric id as written. */
  readonly postId: string;
  /** Authors of the post and its kept comments, for each reply's `targetAccount`. */
  readonly authors: Map<string, AccountId>;
}

const utf8 = () => new TextDecoder('utf-8', { fatal: true });

function decode(bytes: Buffer): string | null {
  try {
    return utf8().decode(bytes);
  } catch {
    return null;
  }
}

/** Reads the record's text, or says why it cannot be parsed (too large, broken, not UTF-8). */
function recordText(record: RawRecord): { text: string } | { reason: string } {
  if (record.bytes === null) return { reason: 'record too large' };
  if (record.broken) return { reason: `malformed XML: ${record.broken}` };
  const text = decode(record.bytes);
  return text === null ? { reason: 'invalid UTF-8' } : { text };
}

/**
 * Reads one WXR file: the channel for the site and authors, then each `<item>` and each of its
 * `<wp:comment>`s as one input record, in file order. A broken record is quarantined with its
 * line and byte offset and reading goes on; a broken channel or a file ending inside an element
 * is an `InputError`. Comments of a skipped item are skipped (`comment of skipped item`); those
 * of a quarantined item are quarantined (`comment of quarantined item`), since nothing says
 * whether their post was meant to be public.
 */
export async function* readWxr(
  entry: SourceEntry,
  context: ImportContext,
  book: AccountBook,
): AsyncIterable<ImportUnit> {
  const splitter = new WxrSplitter(context.limits.maxRecordBytes);
  const channel = new WxrChannel(entry.path);
  const skeletonDecoder = utf8();
  let site: Site | null = null;
  let item: OpenItem | null = null;

  const where = (record: RawRecord): Location => ({
    file: entry.path,
    line: record.line,
    byteOffset: record.byteOffset,
  });

  function registered(id: string): Account | null {
    const author = channel.authorsById.get(id);
    return author
      ? book.observe(wordpressAccount(userIdOf(site!, author.id), author.login, author.displayName))
      : null;
  }

  function itemAuthor(login: string): Account | null {
    // Real exports carry stray brackets (`>themereviewteam` in the theme unit test data);
    // WordPress logins never contain `<` or `>`.
    login = login.replace(/[<>]/g, '').trim();
    if (!login) return null;
    const author = channel.authorsByLogin.get(login);
    // @NOTE an export without <wp:author> blocks (WXR 1.0) gives the login but not the user id.
    const id = author && /^\d+$/.test(author.id) ? author.id : `login:${login}`;
    return book.observe(wordpressAccount(userIdOf(site!, id), login, author?.displayName ?? null));
  }

  function commentAuthor(fields: ReadonlyMap<string, string>): Account | null {
    const userId = (fields.get('wp:comment_user_id') ?? '').trim();
    const name = (fields.get('wp:comment_author') ?? '').trim();
    if (/^\d+$/.test(userId) && !/^0+$/.test(userId)) {
      // A registered user: the blog's own author when the id is one of the export's authors.
      const owner = registered(userId);
      if (owner) return owner;
      const id = userIdOf(site!, userId);
      return book.observe(wordpressAccount(id, name || id, name || null));
    }
    if (!name) return null;
    const email = fields.get('wp:comment_author_email') ?? '';
    return book.observe(wordpressAccount(anonIdOf(site!, name, email, context.salt), name, name));
  }

  function onItem(record: RawRecord, complete: boolean): ImportUnit {
    site ??= channel.site();
    const text = recordText(record);
    const fragment =
      'text' in text
        ? parseFragment(text.text, record.line, complete ? '' : '</item>')
        : ({ ok: false, reason: text.reason, line: record.line } as const);
    if (!fragment.ok) {
      item = { outcome: 'quarantined', postId: '', authors: new Map() };
      return toUnit(
        { outcome: 'quarantined', reason: fragment.reason },
        { ...where(record), line: fragment.line },
        record.hash,
      );
    }
    const f = (name: string) => (fields.get(name) ?? '').trim();
    const fields = fragment.fields;
    const facts = {
      site,
      id: f('wp:post_id'),
      type: f('wp:post_type'),
      status: f('wp:status'),
      passwordProtected: f('wp:post_password') !== '',
      author: null as Account | null,
      createdAt: wpTimestamp(f('wp:post_date_gmt'), f('wp:post_date')),
      titleHtml: fields.get('title') ?? '',
      html: fields.get('content:encoded') ?? '',
    };
    // Authors of skipped items (drafts, menu items) are not observed: only what is stored is.
    if (!itemSkipReason(facts)) facts.author = itemAuthor(f('dc:creator'));
    const verdict = parseItem(facts);
    const authors = new Map<string, AccountId>();
    if (facts.author) authors.set('0', facts.author.id);
    item = { outcome: verdict.outcome, postId: facts.id, authors };
    return toUnit(verdict, where(record), record.hash);
  }

  function onComment(record: RawRecord): ImportUnit {
    const open = item!;
    if (open.outcome === 'skipped') {
      return toUnit(
        { outcome: 'skipped', reason: 'comment of skipped item' },
        where(record),
        record.hash,
      );
    }
    if (open.outcome === 'quarantined') {
      return toUnit(
        { outcome: 'quarantined', reason: 'comment of quarantined item' },
        where(record),
        record.hash,
      );
    }
    const text = recordText(record);
    const fragment =
      'text' in text
        ? parseFragment(text.text, record.line)
        : ({ ok: false, reason: text.reason, line: record.line } as const);
    if (!fragment.ok) {
      return toUnit(
        { outcome: 'quarantined', reason: fragment.reason },
        { ...where(record), line: fragment.line },
        record.hash,
      );
    }
    const fields = fragment.fields;
    const f = (name: string) => (fields.get(name) ?? '').trim();
    const type = f('wp:comment_type');
    const approved = f('wp:comment_approved') === '1';
    const kept = (type === '' || type === 'comment') && approved;
    const author = kept ? commentAuthor(fields) : null;
    const parent = f('wp:comment_parent') || '0';
    const verdict = parseComment({
      site: site!,
      id: f('wp:comment_id'),
      post: open.postId,
      parent,
      approved,
      type,
      author,
      createdAt: wpTimestamp(f('wp:comment_date_gmt'), f('wp:comment_date')),
      html: fields.get('wp:comment_content') ?? '',
      parentAuthor: open.authors.get(/^0*$/.test(parent) ? '0' : parent) ?? null,
    });
    if (verdict.outcome === 'record' && author) open.authors.set(f('wp:comment_id'), author.id);
    return toUnit(verdict, where(record), record.hash);
  }

  function* onPiece(piece: WxrPiece): Iterable<ImportUnit> {
    switch (piece.kind) {
      case 'skeleton': {
        let text: string;
        try {
          text = skeletonDecoder.decode(piece.bytes, { stream: true });
        } catch (error) {
          throw new InputError(`${entry.path} is not valid UTF-8`, entry.path, { cause: error });
        }
        channel.write(text);
        return;
      }
      case 'item':
        yield onItem(piece.record, piece.complete);
        return;
      case 'comment':
        yield onComment(piece.record);
        return;
      case 'item-end':
        item = null;
        return;
    }
  }

  for await (const chunk of readEntryBytes(entry)) {
    for (const piece of splitter.push(chunk)) yield* onPiece(piece);
  }
  for (const piece of splitter.end()) yield* onPiece(piece);
  if (splitter.insideItem) {
    throw new InputError(`truncated WXR file ${entry.path}: it ends inside an <item>`, entry.path);
  }
  channel.close();
}
