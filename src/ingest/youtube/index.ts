import type { ImportUnit } from '../../model/index.js';
import type { Importer, ImportContext } from '../importer.js';
import { findEntry, peekText } from '../meta/index.js';
import type { ImportSource } from '../source.js';
import { isApiPageHead, readApiPage } from './read-api.js';
import { isTakeoutCommentsHeader, readTakeoutComments } from './read-takeout.js';

/** Format names `rapport import` reports for YouTube inputs. */
export const YOUTUBE_API = 'youtube-api';
export const YOUTUBE_TAKEOUT = 'youtube-takeout';

async function* readYouTube(
  source: ImportSource,
  context: ImportContext,
): AsyncIterable<ImportUnit> {
  for (const entry of source.entries) {
    const isJson = entry.name.endsWith('.json');
    const isCsv = entry.name.endsWith('.csv');
    if (!isJson && !isCsv) continue;
    const head = await peekText(entry);
    if (isJson && isApiPageHead(head)) yield* readApiPage(entry, context);
    else if (isCsv && isTakeoutCommentsHeader(head)) yield* readTakeoutComments(entry, context);
  }
}

/**
 * Saved YouTube Data API v3 pages (`commentThreads`, `comments`, `videos`, `channels`,
 * `subscriptions`) and Google Takeout's `comments.csv`; a folder or zip may mix them, and is
 * reported as `youtube-takeout` when it holds a Takeout comments file.
 */
export const youtubeImporter: Importer = {
  platform: 'youtube',
  async detect(source) {
    const takeout = await findEntry(
      source,
      (name) => name.endsWith('.csv'),
      (_name, head) => (isTakeoutCommentsHeader(head) ? YOUTUBE_TAKEOUT : null),
    );
    return (
      takeout ??
      findEntry(
        source,
        (name) => name.endsWith('.json'),
        (_name, head) => (isApiPageHead(head) ? YOUTUBE_API : null),
      )
    );
  },
  read: (source, _format, context) => readYouTube(source, context),
};
