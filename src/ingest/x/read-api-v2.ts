import type { ImportUnit, Location, Timestamp } from '../../model/index.js';
import type { ImportContext } from '../importer.js';
import { readEntryBytes } from '../read-bytes.js';
import { readJsonDocument } from '../read-json.js';
import { readLines } from '../read-lines.js';
import type { SourceEntry } from '../source.js';
import { isJsonLines } from './is-json-lines.js';
import { v2TweetItems, v2UserItems, type V2PageIndex } from './parse-tweet-v2.js';
import { schemaReason, v2TweetSchema, v2UserSchema, type V2Tweet, type V2User } from './schemas.js';
import { parseTwitterTime } from './twitter-time.js';
import { elementContent, isTooLarge, quarantineUnit, recordUnit, skippedUnit } from '../units.js';

/**
 * Reads saved API v2 responses: a JSON page `{"data": […], "includes": {…}, "errors": […]}`
 * or JSON Lines of such pages (twarc2's output), line by line. The records of a page are the
 * elements of `data` (tweets, or users for a users lookup / followers page),
 * `includes.users`, `includes.tweets` (the parents, quoted and retweeted tweets: whole tweets,
 * so they are imported too) and `errors` (each skipped as `api error`: usually a referenced
 * tweet that was deleted or protected). Media, polls and places are not records.
 * A page's position is its line; an element's index is named in its quarantine reason.
 */
export async function* readApiV2(
  entry: SourceEntry,
  context: ImportContext,
): AsyncIterable<ImportUnit> {
  if (await isJsonLines(entry)) {
    for await (const event of readLines(readEntryBytes(entry), context.limits.maxRecordBytes)) {
      const where = { file: entry.path, line: event.line };
      if (event.kind === 'bad') {
        yield {
          outcome: 'quarantined',
          where,
          reason: event.reason,
          contentHash: event.contentHash,
        };
        continue;
      }
      let page: unknown;
      try {
        page = JSON.parse(event.text);
      } catch (error) {
        const reason = error instanceof RangeError ? 'nested too deeply' : 'not JSON';
        yield quarantineUnit(where, reason, event.text);
        continue;
      }
      yield* pageUnits(page, where, context, () => event.text);
    }
    return;
  }
  const document = await readJsonDocument(entry, context.limits.maxDocumentBytes);
  const pages = Array.isArray(document) ? document : [document];
  for (let i = 0; i < pages.length; i++) {
    const page: unknown = pages[i];
    const where = Array.isArray(document)
      ? { file: entry.path, line: i + 1 }
      : { file: entry.path };
    yield* pageUnits(page, where, context, () => elementContent(page));
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function array(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Whether a JSON value is an API v2 response page. */
export function isV2Page(value: unknown): value is Record<string, unknown> {
  return (
    isObject(value) &&
    (Array.isArray(value.data) || isObject(value.includes)) &&
    !('statuses' in value) // a v1.1 search response
  );
}

function* pageUnits(
  page: unknown,
  where: Location,
  context: ImportContext,
  pageContent: () => string,
): Generator<ImportUnit> {
  if (!isV2Page(page)) {
    yield quarantineUnit(where, 'not an X API v2 page', pageContent());
    return;
  }
  const twarc = isObject(page.__twarc) ? page.__twarc : null;
  // twarc records when it fetched the page: the only observation time a v2 page carries.
  const observedAt: Timestamp | null =
    typeof twarc?.retrieved_at === 'string' ? parseTwitterTime(twarc.retrieved_at) : null;
  const includes = isObject(page.includes) ? page.includes : {};
  const data = array(page.data);
  const includedUsers = array(includes.users);
  const includedTweets = array(includes.tweets);

  const users = new Map<string, V2User>();
  const idByUsername = new Map<string, string>();
  const tweets = new Map<string, V2Tweet>();
  for (const raw of [...includedUsers, ...data]) {
    const user = isObject(raw) && !('text' in raw) ? v2UserSchema.safeParse(raw) : null;
    if (user?.success) {
      users.set(user.data.id, user.data);
      idByUsername.set(user.data.username.toLowerCase(), user.data.id);
    }
  }
  for (const raw of [...includedTweets, ...data]) {
    const tweet = isObject(raw) && 'text' in raw ? v2TweetSchema.safeParse(raw) : null;
    if (tweet?.success) tweets.set(tweet.data.id, tweet.data);
  }
  const index: V2PageIndex = { users, idByUsername, tweets };

  const groups: [string, readonly unknown[]][] = [
    ['includes.users', includedUsers],
    ['data', data],
    ['includes.tweets', includedTweets],
  ];
  for (const [name, elements] of groups) {
    for (let i = 0; i < elements.length; i++) {
      const raw = elements[i];
      const content = () => elementContent(raw);
      const at = `${name}[${i}]`;
      if (!isObject(raw)) {
        yield quarantineUnit(where, `${at}: not a JSON object`, content());
      } else if (isTooLarge(content(), context.limits.maxRecordBytes)) {
        yield quarantineUnit(where, 'record too large', content());
      } else if ('text' in raw) {
        const tweet = v2TweetSchema.safeParse(raw);
        if (!tweet.success) {
          yield quarantineUnit(where, `${at}: ${schemaReason(tweet.error)}`, content());
          continue;
        }
        const items = v2TweetItems(tweet.data, index);
        yield typeof items === 'string'
          ? quarantineUnit(where, `${at}: ${items}`, content())
          : recordUnit(where, items);
      } else {
        const user = v2UserSchema.safeParse(raw);
        yield user.success
          ? recordUnit(where, v2UserItems(user.data, observedAt))
          : quarantineUnit(where, `${at}: ${schemaReason(user.error)}`, content());
      }
    }
  }
  for (let i = 0; i < array(page.errors).length; i++) yield skippedUnit(where, 'api error');
}
