import type { ImportUnit } from '../../model/index.js';
import { InputError } from '../errors.js';
import type { ImportContext } from '../importer.js';
import { readCheckedJson } from './read-checked-json.js';
import type { SourceEntry } from '../source.js';
import { fullAcct, hostOf } from './mastodon-records.js';
import { parseRestAccount, parseStatus, type RestIndex } from './parse-status.js';
import { restAccountSchema, restStatusSchema, type RestStatus } from './schemas.js';
import { elementContent, isTooLarge, quarantineUnit } from '../units.js';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A REST Status entity (as opposed to an Account, a Context or a Notification). */
export function isRestStatus(value: unknown): boolean {
  return (
    isObject(value) &&
    typeof value.uri === 'string' &&
    isObject(value.account) &&
    'content' in value
  );
}

/** A REST Account entity. */
export function isRestAccount(value: unknown): boolean {
  return (
    isObject(value) && typeof value.acct === 'string' && 'username' in value && !('status' in value)
  );
}

/** The elements of a saved response: an array, a Context's ancestors and descendants, or one entity. */
export function restElements(document: unknown): readonly unknown[] | null {
  if (Array.isArray(document)) return document;
  if (
    isObject(document) &&
    Array.isArray(document.ancestors) &&
    Array.isArray(document.descendants)
  ) {
    return [...document.ancestors, ...document.descendants];
  }
  if (isRestStatus(document) || isRestAccount(document)) return [document];
  return null;
}

/**
 * Reads one saved REST API response (`statuses`, a `status`, a `context`, an `account`,
 * `followers` / `following` / `reblogged_by` account lists, `favourites`, timelines): each
 * status or account is one record, its 1-based position reported as `line` (a context lists
 * ancestors, then descendants). Account lists yield accounts only: the response does not say
 * whose followers they are, nor which status was reblogged.
 */
export async function* readApi(
  entry: SourceEntry,
  context: ImportContext,
): AsyncIterable<ImportUnit> {
  const document = await readCheckedJson(entry, context.limits.maxDocumentBytes);
  const elements = restElements(document);
  if (elements === null) {
    throw new InputError(`${entry.path} is not a Mastodon API response Rapport reads`, entry.path);
  }
  const index = buildRestIndex(elements);
  for (let i = 0; i < elements.length; i++) {
    const element: unknown = elements[i];
    const where = { file: entry.path, line: i + 1 };
    const content = () => elementContent(element);
    if (isTooLarge(content(), context.limits.maxRecordBytes)) {
      yield quarantineUnit(where, 'record too large', content());
    } else if (isRestStatus(element)) {
      yield parseStatus(element, index, where, content);
    } else if (isRestAccount(element)) {
      yield parseRestAccount(element, where, content);
    } else {
      yield quarantineUnit(where, 'not a status or an account', content());
    }
  }
}

/** Indexes a response's statuses and accounts by their instance-local ids. */
export function buildRestIndex(elements: readonly unknown[]): RestIndex {
  const statusesById = new Map<string, RestStatus>();
  const acctById = new Map<string, string>();
  let instance: string | null = null;
  const noteAccount = (raw: unknown) => {
    const account = restAccountSchema.safeParse(raw);
    if (!account.success) return;
    const acct = fullAcct(account.data.acct, account.data.url);
    if (acct) acctById.set(account.data.id, acct);
    if (!instance && !account.data.acct.includes('@')) instance = hostOf(account.data.url);
  };
  for (const element of elements) {
    const statuses = isRestStatus(element)
      ? [element, (element as { reblog?: unknown }).reblog]
      : [];
    for (const raw of statuses) {
      const status = restStatusSchema.safeParse(raw);
      if (!status.success) continue;
      statusesById.set(status.data.id, status.data);
      noteAccount(status.data.account);
      for (const mention of status.data.mentions ?? []) {
        const acct = fullAcct(mention.acct, mention.url);
        if (acct && mention.id) acctById.set(mention.id, acct);
      }
    }
    if (isRestAccount(element)) noteAccount(element);
  }
  return { statusesById, acctById, instance };
}
