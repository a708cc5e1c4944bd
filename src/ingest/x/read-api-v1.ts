import type { ImportUnit } from '../../model/index.js';
import { InputError } from '../errors.js';
import type { ImportContext } from '../importer.js';
import { peekEntry, readEntryBytes } from '../read-bytes.js';
import { readJsonDocument } from '../read-json.js';
import { readLines } from '../read-lines.js';
import type { SourceEntry } from '../source.js';
import { isJsonLines } from './is-json-lines.js';
import { parseLegacyTweet } from './parse-tweet.js';
import { elementContent, isTooLarge, quarantineUnit } from '../units.js';

const OPTIONS = { origin: 'api-v1', owner: null } as const;

/**
 * Reads saved API v1.1 tweets: a timeline JSON array (`statuses/user_timeline`,
 * `favorites/list`…), a search response `{"statuses": […]}`, or JSON Lines with one tweet per
 * line (twarc 1). Each tweet is one record; its position is its line, or its 1-based index in
 * the array reported as `line`.
 */
export async function* readApiV1(
  entry: SourceEntry,
  context: ImportContext,
): AsyncIterable<ImportUnit> {
  if (await isJsonLines(entry)) {
    const head = (await peekEntry(entry, 256))
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trimStart();
    // A one-line file holding a whole array or search response is a document, not JSON Lines.
    if (!head.startsWith('[') && !/^\{\s*"(statuses|search_metadata)"/.test(head)) {
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
        let tweet: unknown;
        try {
          tweet = JSON.parse(event.text);
        } catch (error) {
          const reason = error instanceof RangeError ? 'nested too deeply' : 'not JSON';
          yield quarantineUnit(where, reason, event.text);
          continue;
        }
        yield parseLegacyTweet(tweet, where, () => event.text, OPTIONS);
      }
      return;
    }
  }
  const document = await readJsonDocument(entry, context.limits.maxDocumentBytes);
  const tweets = Array.isArray(document)
    ? document
    : typeof document === 'object' &&
        document !== null &&
        Array.isArray((document as { statuses?: unknown }).statuses)
      ? (document as { statuses: unknown[] }).statuses
      : null;
  if (tweets === null) {
    throw new InputError(`${entry.path} is not an X API v1.1 tweet list`, entry.path);
  }
  for (let i = 0; i < tweets.length; i++) {
    const raw: unknown = tweets[i];
    const where = { file: entry.path, line: i + 1 };
    const content = () => elementContent(raw);
    if (isTooLarge(content(), context.limits.maxRecordBytes)) {
      yield quarantineUnit(where, 'record too large', content());
    } else yield parseLegacyTweet(raw, where, content, OPTIONS);
  }
}
