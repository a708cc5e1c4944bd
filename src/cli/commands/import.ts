import { Option, type Command } from 'commander';
import { DEFAULT_LIMITS, parseByteSize } from '../../ingest/limits.js';
import { ensurePlatform, type Platform } from '../../model/index.js';
import { UsageError } from '../errors.js';
import { action } from '../program.js';
import type { Progress } from '../progress.js';

/** A tar archive at least this large is said to be listed first (it is read through once). */
const TAR_NOTE_BYTES = 32 * 1024 * 1024;

interface ImportOptions {
  subreddits?: string;
  maxRecordBytes: string;
  maxExpanded: string;
}

function parsePlatform(name: string): Platform | 'auto' {
  if (name.trim().toLowerCase() === 'auto') return 'auto';
  try {
    return ensurePlatform(name);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/**
 * `--subreddits a,b`: the names (`r/` optional), for a Reddit import or one whose platform is
 * to be detected. A list of none, or the filter on another platform, would only skip every
 * record or none: a usage error instead.
 */
function parseSubreddits(
  text: string | undefined,
  platform: Platform | 'auto',
): string[] | undefined {
  if (text === undefined) return undefined;
  const names = text
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '' && !/^\/?r\/$/i.test(name));
  if (names.length === 0)
    throw new UsageError(
      '--subreddits: expected subreddit names, comma-separated (depression,anxiety)',
    );
  if (platform !== 'reddit' && platform !== 'auto')
    throw new UsageError(`--subreddits applies to reddit imports only, not ${platform}`);
  return names;
}

function parseSize(text: string, option: string): number {
  try {
    return parseByteSize(text);
  } catch {
    throw new UsageError(`invalid ${option}: ${text}`);
  }
}

export function registerImport(program: Command): void {
  program
    .command('import')
    .summary('import a platform export, dump or saved API responses')
    .description(
      'Import a file, folder or archive (.zip, .tar, .tar.gz) into the store (created if missing).\n' +
        'Re-importing the same data changes nothing; malformed records go to quarantine and are\n' +
        'counted.\n\n' +
        'Platforms: wordpress reddit x (or twitter) instagram facebook tiktok youtube mastodon\n' +
        'bluesky, or auto to detect the format from the content.',
    )
    .argument('<platform>', 'platform key, or auto')
    .argument('<path>', 'file, folder, or .zip or tar archive')
    .option('--subreddits <list>', 'Reddit: keep only these subreddits (comma-separated)')
    .addOption(
      new Option('--max-record-bytes <size>', 'a record larger than this is quarantined').default(
        '4MiB',
      ),
    )
    .addOption(
      new Option('--max-expanded <size>', 'most bytes inflated from an archive in total').default(
        '8GiB',
      ),
    )
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  rapport import wordpress my-blog.WordPress.2024-05-01.xml\n' +
        '  rapport import reddit RS_2015-01.zst --subreddits depression,anxiety\n' +
        '  rapport import auto ./twitter-archive.zip --json',
    )
    .action(
      action(async (out, platformName: string, path: string, options: ImportOptions) => {
        const platform = parsePlatform(platformName);
        const subreddits = parseSubreddits(options.subreddits, platform);
        const limits = {
          ...DEFAULT_LIMITS,
          maxRecordBytes: parseSize(options.maxRecordBytes, '--max-record-bytes'),
          maxExpandedBytes: parseSize(options.maxExpanded, '--max-expanded'),
        };
        // Loaded on use: the importers and DuckDB are heavy, and other verbs should not wait.
        const { importData } = await import('../../report/import-data.js');
        const { createProgress } = await import('../progress.js');
        let progress: Progress | null = null;
        const result = await importData({
          storePath: out.options.store,
          platform,
          path,
          memoryLimit: out.options.memory,
          limits,
          subreddits,
          // listing a large tar takes a while before anything else can be shown
          onTarListing: (bytes) => {
            if (bytes >= TAR_NOTE_BYTES)
              out.note(
                `listing the files of the tar archive ${path} (${(bytes / 1024 / 1024).toFixed(0)} MB)`,
              );
          },
          onDetected: (detected, source) => {
            if (subreddits && detected.importer.platform !== 'reddit')
              throw new UsageError(
                `--subreddits applies to reddit imports only; ${path} is ${detected.importer.platform} (${detected.format})`,
              );
            if (platform === 'auto') {
              out.note(`detected ${detected.importer.platform} (${detected.format}) in ${path}`);
            }
            progress = createProgress(
              out,
              `import ${detected.importer.platform}`,
              source.totalBytes,
            );
          },
          onReaders: (readers) => out.note(`reading ${path} with ${readers} parallel readers`),
          onTick: (bytes, records) => progress?.update(bytes, records),
          onBatch: (records) => progress?.batch(records),
          onReadDone: () => progress?.stop(),
          onMergeStep: (step, index, total, statementProgress) =>
            progress?.merge(step, index, total, statementProgress),
          // how far each merge statement is, for the bar on a terminal
          trackStatements: out.interactive,
        }).finally(() => progress?.finish());
        if (out.options.json) {
          out.json(result);
          return;
        }
        const skipped = Object.entries(result.skipped)
          .map(([reason, n]) => `${n} ${reason}`)
          .join(', ');
        out.print(
          [
            `Imported ${path} as ${result.platform} (${result.format}) in ${result.elapsed_s} s`,
            `  records      ${result.records}`,
            `  new          ${result.imported.accounts} accounts, ${result.imported.posts} posts, ${result.imported.interactions} interactions`,
            `  updated      ${result.updated}`,
            `  duplicates   ${result.duplicates}`,
            `  skipped      ${skipped || 0}`,
            `  quarantined  ${result.quarantined}${result.quarantined ? ' (see the quarantine table in the store)' : ''}`,
          ].join('\n'),
        );
      }),
    );
}
