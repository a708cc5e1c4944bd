import type { Platform } from '../model/index.js';
import { InputError } from './errors.js';
import type { Importer } from './importer.js';
import type { ImportSource } from './source.js';

/**
 * Every platform importer, one line each (adding a platform = one folder + one line here). Each
 * is loaded when first asked for: an import that names its platform loads no other importer
 * (together they take about half a second to load, most of it the atproto libraries).
 */
const IMPORTERS: readonly { platform: Platform; load: () => Promise<Importer> }[] = [
  { platform: 'reddit', load: async () => (await import('./reddit/index.js')).redditImporter },
  {
    platform: 'instagram',
    load: async () => (await import('./instagram/index.js')).instagramImporter,
  },
  {
    platform: 'wordpress',
    load: async () => (await import('./wordpress/index.js')).wordpressImporter,
  },
  { platform: 'bluesky', load: async () => (await import('./bluesky/index.js')).blueskyImporter },
  {
    platform: 'facebook',
    load: async () => (await import('./facebook/index.js')).facebookImporter,
  },
  { platform: 'x', load: async () => (await import('./x/index.js')).xImporter },
  { platform: 'tiktok', load: async () => (await import('./tiktok/index.js')).tiktokImporter },
  { platform: 'youtube', load: async () => (await import('./youtube/index.js')).youtubeImporter },
  {
    platform: 'mastodon',
    load: async () => (await import('./mastodon/index.js')).mastodonImporter,
  },
];

export async function importerFor(platform: Platform): Promise<Importer | undefined> {
  return IMPORTERS.find((entry) => entry.platform === platform)?.load();
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
  for (const candidate of candidates) {
    const importer = await candidate.load();
    const format = await importer.detect(source);
    if (format) found.push({ importer, format });
  }
  if (found.length === 0) {
    // an empty folder or archive holds nothing to recognise: say so rather than "not recognised"
    const empty = source.kind !== 'file' && source.entries.every((e) => e.size === 0);
    const where = source.kind === 'folder' ? 'folder' : 'archive';
    const holds = source.entries.length === 0 ? 'no files' : 'only empty files';
    throw new InputError(
      empty
        ? `the ${where} ${source.path} holds ${holds}: nothing to import`
        : platform === 'auto'
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
