import type { Account, AccountId, ImportUnit, Location } from '../../model/index.js';
import { InputError } from '../errors.js';
import { contentHash } from '../hash.js';
import type { ImportContext } from '../importer.js';
import { readEntryBytes } from '../read-bytes.js';
import type { SourceEntry } from '../source.js';
import { wordpressAccount, type AccountBook } from './account-book.js';
import { jsonSpans } from './json-spans.js';
import { parseComment } from './parse-comment.js';
import { itemSkipReason, parseItem } from './parse-item.js';
import {
  isCommentShaped,
  restCommentSchema,
  restPostSchema,
  restUserSchema,
  schemaReason,
  type RestComment,
  type RestPost,
} from './rest-schema.js';
import { anonIdOf, siteOfRest, userIdOf, type Site } from './site.js';
import { toUnit } from './verdict.js';
import { wpTimestamp } from './wp-time.js';

async function readDocumentText(entry: SourceEntry, maxBytes: number): Promise<string> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of readEntryBytes(entry)) {
    length += chunk.length;
    if (length > maxBytes) {
      throw new InputError(`${entry.path} is larger than ${maxBytes} bytes`, entry.path);
    }
    chunks.push(Buffer.from(chunk));
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks, length));
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (error) {
    throw new InputError(`${entry.path} is not valid UTF-8`, entry.path, { cause: error });
  }
}

/** The embedded users of a record (`_embedded.author`), by id; error objects are left out. */
function embeddedUsers(
  embedded: readonly unknown[] | undefined,
): Map<number, { slug: string; name?: string | undefined }> {
  const users = new Map<number, { slug: string; name?: string | undefined }>();
  for (const value of embedded ?? []) {
    const user = restUserSchema.safeParse(value);
    if (user.success) users.set(user.data.id, user.data);
  }
  return users;
}

/**
 * Reads one saved REST response: a page of `/wp/v2/posts` or `/wp/v2/comments` (an array) or a
 * single object. Each array element is one input record, and so is each reply embedded in a
 * post (`_embedded.replies`, with `?_embed`): the rule is "every post or comment object written
 * in the file is a record", so a comment both embedded and listed in a comments page counts
 * twice (the second time as a duplicate). Embedded replies carry their post's position. A
 * document that is not JSON is an `InputError`; an element that fails the schema is quarantined.
 */
export async function* readRest(
  entry: SourceEntry,
  context: ImportContext,
  book: AccountBook,
): AsyncIterable<ImportUnit> {
  const text = await readDocumentText(entry, context.limits.maxDocumentBytes);
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof RangeError ? 'nested too deeply' : (error as Error).message;
    throw new InputError(`${entry.path} is not valid JSON: ${reason}`, entry.path, {
      cause: error,
    });
  }
  const values = Array.isArray(document) ? document : [document];
  const spans = jsonSpans(text);
  if (spans.length !== values.length) {
    throw new InputError(`${entry.path}: cannot locate its JSON elements`, entry.path);
  }
  // Authors of everything in the document, so a reply's target account is known even when its
  // parent comes later in the page (pages list comments newest first).
  const authorOf = new Map<string, AccountId>();

  function restAccount(
    site: Site,
    author: number,
    name: string,
    users: Map<number, { slug: string; name?: string | undefined }>,
  ): Account | null {
    if (author === 0) {
      // Anonymous: the public API never shows the email, so the name alone keys the commenter.
      return name
        ? book.observe(wordpressAccount(anonIdOf(site, name, '', context.salt), name, name))
        : null;
    }
    const id = userIdOf(site, author);
    const user = users.get(author);
    // @NOTE without `_embedded.author` the login slug is unknown: the id stands in as handle.
    return book.observe(wordpressAccount(id, user?.slug ?? id, user?.name ?? (name || null)));
  }

  function commentUnit(
    comment: RestComment,
    postId: number | undefined,
    outer: Site | null,
    where: Location,
    hash: string,
  ): ImportUnit {
    const site = siteOfRest(comment._links?.self?.[0]?.href, comment.link) ?? outer;
    if (!site)
      return toUnit({ outcome: 'quarantined', reason: 'no site in REST comment' }, where, hash);
    const post = comment.post ?? postId;
    // The public API lists approved comments only, and embedded replies carry no status.
    const status = comment.status ?? 'approved';
    const approved = status === 'approved' || status === 'approve';
    const type = comment.type ?? 'comment';
    const kept = (type === '' || type === 'comment') && approved;
    const author = kept
      ? restAccount(
          site,
          comment.author,
          comment.author_name.trim(),
          embeddedUsers(comment._embedded?.author),
        )
      : null;
    const verdict = parseComment({
      site,
      id: String(comment.id),
      post: post === undefined ? '' : String(post),
      parent: String(comment.parent),
      approved,
      type,
      author,
      createdAt: wpTimestamp(comment.date_gmt, comment.date),
      html: comment.content.rendered,
      parentAuthor:
        authorOf.get(comment.parent === 0 ? `post:${post}` : `comment:${comment.parent}`) ?? null,
    });
    return toUnit(verdict, where, hash);
  }

  function postUnit(post: RestPost, where: Location, hash: string): ImportUnit {
    const site = siteOfRest(post._links?.self?.[0]?.href, post.link);
    if (!site)
      return toUnit({ outcome: 'quarantined', reason: 'no site in REST post' }, where, hash);
    const facts = {
      site,
      id: String(post.id),
      type: post.type,
      status: post.status ?? null,
      passwordProtected: post.content.protected === true,
      author: null as Account | null,
      createdAt: wpTimestamp(post.date_gmt, post.date),
      titleHtml: post.title?.rendered ?? '',
      html: post.content.rendered,
    };
    // Authors of skipped posts are not observed: only what is stored is.
    if (!itemSkipReason(facts)) {
      facts.author = restAccount(site, post.author, '', embeddedUsers(post._embedded?.author));
    }
    return toUnit(parseItem(facts), where, hash);
  }

  // First pass: who wrote each post and comment of the document (ids only, nothing observed).
  const parsed = values.map((value) =>
    isCommentShaped(value)
      ? ({ kind: 'comment', result: restCommentSchema.safeParse(value) } as const)
      : ({ kind: 'post', result: restPostSchema.safeParse(value) } as const),
  );
  for (const entryValue of parsed) {
    if (!entryValue.result.success) continue;
    if (entryValue.kind === 'post') {
      const post = entryValue.result.data;
      const site = siteOfRest(post._links?.self?.[0]?.href, post.link);
      if (site && post.author) authorOf.set(`post:${post.id}`, userIdOf(site, post.author));
      for (const reply of (post._embedded?.replies ?? []).flat()) {
        const comment = restCommentSchema.safeParse(reply);
        if (comment.success && site) noteCommentAuthor(comment.data, site);
      }
    } else {
      const comment = entryValue.result.data;
      const site = siteOfRest(comment._links?.self?.[0]?.href, comment.link);
      if (site) noteCommentAuthor(comment, site);
    }
  }
  function noteCommentAuthor(comment: RestComment, site: Site): void {
    const name = comment.author_name.trim();
    const id =
      comment.author !== 0
        ? userIdOf(site, comment.author)
        : name
          ? anonIdOf(site, name, '', context.salt)
          : null;
    if (id) authorOf.set(`comment:${comment.id}`, id);
  }

  for (let i = 0; i < values.length; i++) {
    const span = spans[i]!;
    const where: Location = { file: entry.path, line: span.line, byteOffset: span.byteOffset };
    const raw = text.slice(span.start, span.end);
    const hash = contentHash(raw);
    if (Buffer.byteLength(raw) > context.limits.maxRecordBytes) {
      yield toUnit({ outcome: 'quarantined', reason: 'record too large' }, where, hash);
      continue;
    }
    const { kind, result } = parsed[i]!;
    if (!result.success) {
      yield toUnit(
        { outcome: 'quarantined', reason: schemaReason(kind, result.error) },
        where,
        hash,
      );
      continue;
    }
    if (kind === 'comment') {
      yield commentUnit(result.data as RestComment, undefined, null, where, hash);
      continue;
    }
    const post = result.data as RestPost;
    const postUnitValue = postUnit(post, where, hash);
    yield postUnitValue;
    const site = siteOfRest(post._links?.self?.[0]?.href, post.link);
    for (const reply of (post._embedded?.replies ?? []).flat()) {
      const replyHash = contentHash(JSON.stringify(reply));
      // As in WXR: the replies of a skipped post are skipped, those of a quarantined one too.
      if (postUnitValue.outcome === 'skipped') {
        yield toUnit({ outcome: 'skipped', reason: 'comment of skipped item' }, where, replyHash);
        continue;
      }
      if (postUnitValue.outcome === 'quarantined') {
        yield toUnit(
          { outcome: 'quarantined', reason: 'comment of quarantined item' },
          where,
          replyHash,
        );
        continue;
      }
      const comment = restCommentSchema.safeParse(reply);
      yield comment.success
        ? commentUnit(comment.data, post.id, site, where, replyHash)
        : toUnit(
            { outcome: 'quarantined', reason: schemaReason('comment', comment.error) },
            where,
            replyHash,
          );
    }
  }
}
