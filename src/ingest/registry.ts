import type { Platform } from '../model/index.js';
import { InputError } from './errors.js';
import { blueskyImporter } from './bluesky/index.js';
import type { Importer } from './importer.js';
import { facebookImporter } from './facebook/index.js';
import { instagramImporter } from './instagram/index.js';
import { mastodonImporter } from './mastodon/index.js';
import { redditImporter } from './reddit/index.js';
import type { ImportSource } from './source.js';
import { tiktokImporter } from './tiktok/index.js';
import { youtubeImporter } from './youtube/index.js';
import { wordpressImporter } from './wordpress/index.js';
import { xImporter } from './x/index.js';

/** Every platform importer, one line each (adding a platform = one folder + one line here). */
const IMPORTERS: readonly Importer[] = [
  redditImporter,
  instagramImporter,
  wordpressImporter,
  blueskyImporter,
  facebookImporter,
  xImporter,
  tiktokImporter,
  youtubeImporter,
  mastodonImporter,
];

export function importerFor(platform: Platform): Importer | undefined {
  return IMPORTERS.find((importer) => importer.platform === platform);
}

export interface Detected {
  readonly importer: Importer;
  readonly format: string;
}

/**
 * Finds the importer and format for a source. With a platform named, only that importer is
 * asked; with `auto`, every importer is, and exactly one must recognise the input.
 */
export async function detectFormat(
  source: ImportSource,
  platform: Platform | 'auto',
): Promise<Detected> {
  const candidates =
    platform === 'auto' ? IMPORTERS : IMPORTERS.filter((i) => i.platform === platform);
  if (platform !== 'auto' && candidates.length === 0) {
    throw new InputError(`no importer for ${platform} yet`, source.path);
  }
  const found: Detected[] = [];
  for (const importer of candidates) {
    const format = await importer.detect(source);
    if (format) found.push({ importer, format });
  }
  if (found.length === 0) {
    throw new InputError(
      platform === 'auto'
        ? `not a recognised platform input: ${source.path}`
        : `no ${platform} input Rapport can read in ${source.path}`,
      source.path,
    );
  }
  if (found.length > 1) {
    const names = found.map((d) => `${d.importer.platform} (${d.format})`).join(', ');
    throw new InputError(
      `ambiguous input ${source.path}: could be ${names}; name the platform`,
      source.path,
    );
  }
  return found[0]!;
}
